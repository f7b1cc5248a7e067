import { checkData, formatIssues, type DataCheckOptions, type DataCheckResult, type DataIssue, mirrorHostOf, mirrorHostsSchema, normaliseUrl, trackingParams, type MirrorHost } from '../../src/core/data-check';
import { FactBase } from '../../src/core/fact-base';
import type { FactBaseData, Source } from '../../src/core/schema';
import { readFactFiles, readMirrorHosts } from '../../src/fact-files';

const mirrors = readMirrorHosts();
/** The real data, validated, as a fresh copy each time (tests change it in memory only). */
const fresh = (): FactBaseData => structuredClone(FactBase.fromData(readFactFiles()).data);
const TODAY = '2026-11-30';
const paths = (issues: readonly { path: string }[]): string[] => issues.map((i) => i.path);
const key = (i: DataIssue): string => `${i.path}: ${i.message}`;
/** What a change adds to the check of the real data: the mutation tests do not depend on the data being clean. */
function added(data: FactBaseData, hosts: readonly MirrorHost[], options: DataCheckOptions = {}): DataCheckResult {
  const base = checkData(fresh(), hosts, options);
  const now = checkData(data, hosts, options);
  const had = (list: DataIssue[]) => new Set(list.map(key));
  const errors = had(base.errors);
  const warnings = had(base.warnings);
  return { errors: now.errors.filter((i) => !errors.has(key(i))), warnings: now.warnings.filter((i) => !warnings.has(key(i))) };
}

/** A minor source on a given URL, as an editor would add it. */
function source(id: string, url: string, extra: Partial<Source> = {}): Source {
  return { id, publisher: 'Example', title: 'A story', url, date: '2025-03-18', lang: 'en', tier: 'minor', ...extra };
}

describe('data/mirror-hosts.json', () => {
  it('is valid: lower-case hosts, each once, each with a reason; vuink.com among them', () => {
    expect(mirrorHostsSchema.safeParse(mirrors).success).toBe(true);
    expect(mirrors.map((m) => m.host)).toEqual(expect.arrayContaining(['vuink.com', 'news.heyelya.com', 'www2.publishersweekly.com']));
  });

  it('a duplicate host or an upper-case host is refused', () => {
    expect(mirrorHostsSchema.safeParse([...mirrors, { ...mirrors[0]! }]).success).toBe(false);
    expect(mirrorHostsSchema.safeParse([{ host: 'Vuink.com', reason: 'x' }]).success).toBe(false);
  });
});

describe('the real data passes the data check', () => {
  it('no errors; warnings are listed', () => {
    const result = checkData(fresh(), mirrors, { today: TODAY });
    if (result.warnings.length > 0) process.stderr.write(`data check warnings (not errors):\n${formatIssues(result.warnings).map((l) => `  - ${l}`).join('\n')}\n`);
    expect(formatIssues(result.errors)).toEqual([]);
  });
});

describe('URL helpers', () => {
  it('tracking parameters are found, ordinary ones are not', () => {
    expect(trackingParams('https://a.com/x?utm_source=t&utm_medium=s&id=3')).toEqual(['utm_source', 'utm_medium']);
    expect(trackingParams('https://a.com/x?ref=mrdang.com')).toEqual(['ref']);
    expect(trackingParams('https://a.com/x?fbclid=1&gclid=2&mc_cid=3&ea_src=frontpage')).toEqual(['fbclid', 'gclid', 'mc_cid', 'ea_src']);
    expect(trackingParams('https://a.com/?p=98371')).toEqual([]);
    expect(trackingParams('https://a.com/story/')).toEqual([]);
  });

  it('one page written several ways normalises to one key; different pages do not', () => {
    const key = normaliseUrl('https://www.Example.com/a/b/?utm_source=x#top');
    expect(normaliseUrl('https://example.com/a/b')).toBe(key);
    expect(normaliseUrl('http://example.com/a/b/')).toBe(key);
    expect(normaliseUrl('https://example.com/a/b?p=1&q=2')).toBe(normaliseUrl('https://example.com/a/b?q=2&p=1'));
    expect(normaliseUrl('https://example.com/a/c')).not.toBe(key);
    expect(normaliseUrl('https://example.com/?p=1')).not.toBe(normaliseUrl('https://example.com/?p=2'));
  });

  it('a mirror host matches itself and its subdomains, not a look-alike or the outlet', () => {
    expect(mirrorHostOf('https://vuink.com/post/x', mirrors)?.host).toBe('vuink.com');
    expect(mirrorHostOf('https://test.daily8.com/en/article/1', mirrors)?.host).toBe('daily8.com');
    expect(mirrorHostOf('https://hoi9g9fvrc38iugx5afn15ht7.js.wpenginepowered.com/x', mirrors)?.host).toBe('wpenginepowered.com');
    expect(mirrorHostOf('https://notvuink.com/post/x', mirrors)).toBeUndefined();
    expect(mirrorHostOf('https://www.publishersweekly.com/pw/x.html', mirrors)).toBeUndefined();
    expect(mirrorHostOf('https://variety.com/2025/x', mirrors)).toBeUndefined();
  });
});

describe('the data check fails on', () => {
  const only: MirrorHost[] = [{ host: 'vuink.com', reason: 'ROT13 mirror' }];

  it('a mirror URL added without a note → error naming the source and the host', () => {
    const data = fresh();
    data.sources.push(source('mirror-copy', 'https://vuink.com/post/inevrgl-d-dpbz/2025/a-new-story'));
    const { errors } = added(data, mirrors);
    expect(errors).toContainEqual({ path: 'sources.mirror-copy.url', message: expect.stringContaining('vuink.com is a mirror/aggregator host') });
  });

  it('the same mirror URL with a note saying whose story it relays → no error', () => {
    const data = fresh();
    data.sources.push(source('mirror-copy', 'https://vuink.com/post/inevrgl-d-dpbz/2025/a-new-story', { note: 'Copy of a Variety story; original URL unknown.' }));
    expect(paths(added(data, mirrors).errors)).not.toContain('sources.mirror-copy.url');
  });

  it('a mirror URL rated major → error on the tier', () => {
    const data = fresh();
    data.sources.push(source('mirror-copy', 'https://vuink.com/post/x', { note: 'Copy of Variety.', tier: 'major' }));
    expect(paths(added(data, only).errors)).toEqual(['sources.mirror-copy.tier']);
  });

  it('the outlet URL with the mirror as via → no error', () => {
    const data = fresh();
    data.sources.push(source('own-url', 'https://variety.com/2025/a-new-story/', { tier: 'major', via: { url: 'https://vuink.com/post/inevrgl-d-dpbz/2025/a-new-story', note: 'read on a mirror' } }));
    expect(added(data, only).errors.filter((e) => e.path.startsWith('sources.own-url'))).toEqual([]);
  });

  it('a URL already cited (written differently) → duplicate error', () => {
    const data = fresh();
    const existing = data.sources.find((s) => s.url.includes('latimes.com'))!;
    data.sources.push(source('dup', `${existing.url.replace('https://www.', 'https://')}/?utm_source=newsletter`.replace('//?', '/?')));
    const dup = added(data, mirrors).errors.filter((e) => e.path === 'sources.dup.url');
    expect(dup.map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringContaining(`already cited at sources.${existing.id}.url`)]));
  });

  it('a via URL equal to another source’s URL → duplicate error', () => {
    const data = fresh();
    const existing = data.sources[5]!;
    data.sources.push(source('other', 'https://example.org/story', { via: { url: existing.url, note: 'copy' } }));
    expect(paths(added(data, only).errors)).toContain('sources.other.via.url');
  });

  it.each([
    ['utm_source', 'https://example.org/story?utm_source=twitter'],
    ['ref', 'https://example.org/story?ref=mrdang.com'],
    ['fbclid', 'https://example.org/story?fbclid=IwAR0'],
  ])('a %s tracking parameter → error', (param, url) => {
    const data = fresh();
    data.sources.push(source('tracked', url));
    const errors = added(data, only).errors.filter((e) => e.path === 'sources.tracked.url');
    expect(errors).toEqual([{ path: 'sources.tracked.url', message: expect.stringContaining(`tracking parameter ${param}`) }]);
  });

  it('a tracking parameter in via → error', () => {
    const data = fresh();
    data.sources.push(source('tracked', 'https://example.org/story', { via: { url: 'https://copy.example.net/story?utm_medium=social', note: 'copy' } }));
    expect(paths(added(data, only).errors)).toEqual(['sources.tracked.via.url']);
  });

  it('a date after today, when today is given', () => {
    const data = fresh();
    data.sources.push(source('future', 'https://example.org/story', { date: '2026-12' }));
    data.timeline.push({ ...data.timeline[0]!, id: '2027-01-01-future', date: '2027-01-01' });
    expect(paths(added(data, only, { today: TODAY }).errors)).toEqual(['sources.future.date', 'timeline.2027-01-01-future.date']);
    expect(paths(added(data, only, { today: '2026-12-05' }).errors)).toEqual(['timeline.2027-01-01-future.date']);
  });
});

describe('the data check warns on', () => {
  const only: MirrorHost[] = [];

  it('a timeline event and the submission date cited only to undated sources', () => {
    const data = fresh();
    data.sources.push(source('undated-a', 'https://example.org/a', { date: 'n.d.' }), source('undated-b', 'https://example.org/b', { date: 'n.d.' }));
    data.timeline[0]!.sources = ['undated-a', 'undated-b'];
    data.letter.submitted.sources = ['undated-a'];
    expect(paths(added(data, only).warnings)).toEqual([`timeline.${data.timeline[0]!.id}`, 'letter.submitted']);
  });

  it('no warning once one dated source backs the event', () => {
    const data = fresh();
    data.sources.push(source('undated-a', 'https://example.org/a', { date: 'n.d.' }));
    data.timeline[0]!.sources = ['undated-a', data.timeline[1]!.sources[0]!];
    expect(paths(added(data, only).warnings)).not.toContain(`timeline.${data.timeline[0]!.id}`);
  });

  it('a signatory rated major with only minor sources', () => {
    const data = fresh();
    const minor = data.sources.find((s) => s.tier === 'minor')!;
    const person = data.signatories.find((s) => s.confidence === 'major')!;
    person.sources = [minor.id];
    expect(added(data, only).warnings).toContainEqual({ path: `signatories.${person.id}.confidence`, message: 'rated major but cited only to minor sources' });
  });
});
