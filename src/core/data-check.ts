import { z } from 'zod';
import type { FactBaseData, Source } from './schema';

/**
 * The data check: what the schema cannot see about citations. Pure: the caller reads `data/` and
 * `data/mirror-hosts.json` and passes them in.
 *
 * Errors (the data must not ship): a `url` on a known mirror, aggregator or repost host without a `note`
 * saying what it is; a mirror `url` rated `major`; the same URL cited twice (after normalisation); tracking
 * parameters in a URL; a date after today (when `today` is given).
 * Warnings (worth a look, not blocking): a dated claim (a timeline event, the letter's submission) that rests
 * only on undated (`n.d.`) sources; a signatory whose confidence disagrees with the tiers of its sources.
 */

/** A host known to mirror, aggregate or repost other outlets' stories; `host` also covers its subdomains. */
export const mirrorHostSchema = z
  .object({
    host: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a lower-case host name such as vuink.com'),
    reason: z.string().trim().min(1),
  })
  .strict();
export const mirrorHostsSchema = z.array(mirrorHostSchema).superRefine((hosts, ctx) => {
  const seen = new Set<string>();
  hosts.forEach((h, i) => {
    if (seen.has(h.host)) ctx.addIssue({ code: 'custom', path: [i, 'host'], message: `duplicate host ${h.host}` });
    seen.add(h.host);
  });
});
export type MirrorHost = z.infer<typeof mirrorHostSchema>;

export interface DataIssue {
  /** Where: `sources.<id>.url`, `timeline.<id>`, `letter.submitted`… */
  path: string;
  message: string;
}

export interface DataCheckResult {
  errors: DataIssue[];
  warnings: DataIssue[];
}

export interface DataCheckOptions {
  /** Today as YYYY-MM-DD: dates after it are errors. Left out, dates are not compared with the clock. */
  today?: string;
}

/** Query parameters that only track a click or a referrer: `utm_*`, `ref`, `fbclid`… (lower-case). */
const TRACKING_PARAMS = new Set([
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'cmpid',
  'ocid',
  'smid',
  'sr_share',
  's_cid',
  'spm',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);
/** Parameter families: `utm_source`, `utm_medium`…; Epoch Times' `ea_src`, `ea_med`, `ea_cnt`. */
const TRACKING_PREFIXES = ['utm_', 'ea_', 'pk_', 'mtm_', 'hsa_', 'vero_'];

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/** The tracking parameters in a URL, as written (empty when none, or when it is not a URL). */
export function trackingParams(url: string): string[] {
  const parsed = parseUrl(url);
  return parsed ? [...new Set([...parsed.searchParams.keys()].filter(isTrackingParam))] : [];
}

/**
 * A URL reduced to what identifies the page: scheme and `www.` dropped, host lower-cased, no fragment, no
 * tracking parameters, other parameters sorted, no trailing slash. Two citations of one page normalise equal.
 */
export function normaliseUrl(url: string): string {
  const parsed = parseUrl(url);
  if (!parsed) return url.trim().toLowerCase();
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...parsed.searchParams.entries()].filter(([k]) => !isTrackingParam(k)).sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${port}${path}${query}`;
}

/** The mirror entry whose host is the URL's host or a parent of it; undefined for an outlet's own host. */
export function mirrorHostOf(url: string, mirrors: readonly MirrorHost[]): MirrorHost | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return mirrors.find((m) => host === m.host || host.endsWith(`.${m.host}`));
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** "2025-03" is after "2025-02-28"; a partial date is compared at its own precision. */
function isAfter(date: string, today: string): boolean {
  return date !== 'n.d.' && date > today.slice(0, date.length);
}

export function checkData(data: FactBaseData, mirrors: readonly MirrorHost[], options: DataCheckOptions = {}): DataCheckResult {
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const seenUrls = new Map<string, string>();

  const checkUrl = (path: string, url: string): void => {
    const tracking = trackingParams(url);
    if (tracking.length > 0) errors.push({ path, message: `tracking parameter${tracking.length > 1 ? 's' : ''} ${tracking.join(', ')} in ${url}: cite the URL without ${tracking.length > 1 ? 'them' : 'it'}` });
    const key = normaliseUrl(url);
    const first = seenUrls.get(key);
    if (first) errors.push({ path, message: `duplicate URL, already cited at ${first}: ${url}` });
    else seenUrls.set(key, path);
  };

  for (const source of data.sources) {
    const at = `sources.${source.id}`;
    checkUrl(`${at}.url`, source.url);
    const mirror = mirrorHostOf(source.url, mirrors);
    if (mirror) {
      if (!source.note) {
        errors.push({ path: `${at}.url`, message: `${hostOf(source.url)} is a mirror/aggregator host (${mirror.reason}): use the outlet's own URL (the copy goes in via), or add a note saying whose story it relays` });
      }
      if (source.tier === 'major') errors.push({ path: `${at}.tier`, message: `a copy on ${hostOf(source.url)} cannot be tier major: only an outlet's own page is` });
    }
    if (source.via) checkUrl(`${at}.via.url`, source.via.url);
    if (options.today && isAfter(source.date, options.today)) errors.push({ path: `${at}.date`, message: `date ${source.date} is after today (${options.today})` });
  }

  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const undatedOnly = (ids: readonly string[]): boolean => ids.every((id) => sources.get(id)?.date === 'n.d.');
  for (const event of data.timeline) {
    if (undatedOnly(event.sources)) warnings.push({ path: `timeline.${event.id}`, message: `dated ${event.date} but cited only to undated sources (${event.sources.join(', ')})` });
    if (options.today && isAfter(event.date, options.today)) errors.push({ path: `timeline.${event.id}.date`, message: `date ${event.date} is after today (${options.today})` });
  }
  const submitted = data.letter.submitted;
  if (undatedOnly(submitted.sources)) warnings.push({ path: 'letter.submitted', message: `dated ${submitted.date} but cited only to undated sources (${submitted.sources.join(', ')})` });

  for (const person of data.signatories) {
    const tiers = person.sources.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined).map((s) => s.tier);
    if (person.confidence === 'major' && !tiers.includes('major')) warnings.push({ path: `signatories.${person.id}.confidence`, message: 'rated major but cited only to minor sources' });
    if (person.confidence === 'weak' && tiers.includes('major')) warnings.push({ path: `signatories.${person.id}.confidence`, message: 'rated weak although a major source names them' });
  }
  return { errors, warnings };
}

function hostOf(url: string): string {
  return parseUrl(url)?.hostname ?? url;
}

/** One line per issue: `path: message`. */
export function formatIssues(issues: readonly DataIssue[]): string[] {
  return issues.map((i) => `${i.path}: ${i.message}`);
}
