import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tally, expected, type EvalItem, type Scored } from './ask-eval';
import { evaluate, loadSplit } from './eval-ask';
import { CONTROL_PROBES, NEAR_PROBES } from './ask-probes';

/**
 * `node dist/scripts/perturb-ask.js [--show suite,…] [--data dir]`: robustness of /ask on perturbed copies of the
 * DEV split only (the test split is never read here). Each suite rewrites every dev question one way and scores it
 * as `npm run eval:ask` does; what matters most is the WRONG column (a confident answer to another question).
 *
 * - form: lowercase, no accents, no punctuation, two neighbouring letters swapped in the longest word, chatter around.
 * - entity swap: a company, person, outlet, law or signatory the question names is replaced by one of the same kind
 *   that the data never mentions; a fact question must then be declined, "did X sign?" must say not listed.
 * - synonym: common words replaced by a synonym (same expectation).
 * - fragment: the question's opening words dropped, or its last third dropped (declining is fine, another fact is wrong).
 * - near-topic: templates, then hand-written probes (scripts/ask-probes.ts, not from any fixture) about the story's people,
 *   companies, unions and laws asking what no fact covers (another strike or decade, another law, another letter or
 *   thing signed, company news, a private life); every one must be declined.
 * - controls: hand-written on-topic questions whose answer the data holds (same file): a fix that declines more must
 *   keep them answered.
 */
const DEV = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'ask', 'dev.json');

type Suite = { name: string; make: (item: EvalItem) => EvalItem | null };

const variant = (item: EvalItem, q: string, expect: EvalItem['expect'] = item.expect): EvalItem | null =>
  q.trim().length > 0 && q !== item.q ? { ...item, q, expect } : null;

function swapLetters(q: string): string {
  const words = q.split(/(\s+)/);
  let at = -1;
  for (let i = 0; i < words.length; i++) if (/^\p{L}{6,}$/u.test(words[i]!) && (at < 0 || words[i]!.length > words[at]!.length)) at = i;
  if (at < 0) return q;
  const w = words[at]!;
  const k = Math.floor(w.length / 2);
  words[at] = w.slice(0, k - 1) + w[k]! + w[k - 1]! + w.slice(k + 1);
  return words.join('');
}

/** Entities the data mentions, each with stand-ins of the same kind that it never does (checked by grep on data/). */
const SWAPS: [RegExp, string[]][] = [
  [/\b(Natasha Lyonne|Bryn Mooser)\b/gi, ['Emma Stone', 'Tim Cook']],
  [/\b(Scarlett Johansson|Bryan Cranston|Shira Perlmutter|Chris Lehane)\b/gi, ['Meryl Streep', 'Ryan Gosling', 'Sheryl Sandberg']],
  [/\b(Donald Trump|Joe Biden)\b/gi, ['Emmanuel Macron', 'Barack Obama']],
  [/\b(Trump|Biden)\b/gi, ['Macron', 'Obama']],
  [/\b(Lyonne|Mooser|Johansson|Cranston|Perlmutter|Alsup|Chhabria|Lehane)\b/gi, ['Streep', 'Gosling', 'Koh']],
  [/\b(OpenAI|Google|Meta|Disney|Universal|Midjourney|Anthropic|DeepSeek|Nvidia|SoftBank|Oracle|Warner Bros\.?(?: Discovery)?)\b/gi, ['Spotify', 'Samsung', 'Tencent', 'Netflix', 'Sony', 'Mistral']],
  [/\b(Variety|BFMTV|AFP|Wall Street Journal|WSJ|Hindustan Times)\b/gi, ['Le Monde', 'Politico', 'The Guardian']],
  [/\b(NO FAKES Act|Stargate|AI Action Plan)\b/gi, ['CHIPS Act', 'Project Maven', 'EU AI Act']],
  [/\b(14179|14110|14365)\b/g, ['14028', '13960', '14117']],
];
/** Unlisted people of the same kind for "did X sign?" (none is in data/). */
const UNLISTED = ['Keanu Reeves', 'Emma Stone', 'Meryl Streep', 'Ryan Gosling', 'Tom Hanks', 'Steven Spielberg'];

function hash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

function entitySwap(item: EvalItem, signatories: readonly string[]): EvalItem | null {
  if (item.expect.type === 'none' || item.expect.type === 'list' || item.kind === 'false-premise') return null;
  const pick = <T>(list: readonly T[]): T => list[hash(item.id) % list.length]!;
  if (item.expect.type === 'signatory') {
    for (const name of signatories) {
      const surname = name.split(' ').slice(-1)[0]!;
      const full = new RegExp(`\\b${name}\\b`, 'i');
      const last = new RegExp(`\\b${surname}\\b`, 'i');
      const who = pick(UNLISTED);
      if (full.test(item.q)) return variant(item, item.q.replace(full, who), { type: 'signatory', id: null, verdict: 'not_listed' });
      if (last.test(item.q)) return variant(item, item.q.replace(last, who.split(' ')[1]!), { type: 'signatory', id: null, verdict: 'not_listed' });
    }
    return null;
  }
  for (const [pattern, stand] of SWAPS) {
    if (new RegExp(pattern.source, pattern.flags).test(item.q)) return variant(item, item.q.replace(pattern, pick(stand)), { type: 'none' });
  }
  for (const name of signatories) {
    const full = new RegExp(`\\b${name}\\b`, 'i');
    if (full.test(item.q)) return variant(item, item.q.replace(full, pick(UNLISTED)), { type: 'none' });
  }
  return null;
}

/** Plain-word synonyms (EN and FR): the question means the same. */
const SYNONYMS: [RegExp, string][] = [
  [/\borgani[sz]ed\b/gi, 'set up'],
  [/\borgani[sz]e\b/gi, 'set up'],
  [/\bcompanies\b/gi, 'firms'],
  [/\bsignatories\b/gi, 'signers'],
  [/\bsubmitted\b/gi, 'handed in'],
  [/\bsent\b/gi, 'delivered'],
  [/\bmovies?\b/gi, 'films'],
  [/\bgovernment\b/gi, 'administration'],
  [/\bfamous\b/gi, 'well-known'],
  [/\bsued\b/gi, 'took to court'],
  [/\blawsuits?\b/gi, 'court cases'],
  [/\bwhen\b/gi, 'on what date'],
  [/\bhow many\b/gi, 'what number of'],
  [/\borganisé(e?s?)\b/gi, 'monté$1'],
  [/\blettre\b/gi, 'tribune'],
  [/\bentreprises\b/gi, 'sociétés'],
  [/\benvoyée\b/gi, 'adressée'],
  [/\bquand\b/gi, 'à quelle date'],
  [/\bprocès\b/gi, 'poursuites'],
  [/\bfilms\b/gi, 'longs-métrages'],
  [/\bgouvernement\b/gi, 'exécutif'],
  [/\bdemande(nt)?\b/gi, 'réclame$1'],
];

function synonym(item: EvalItem): EvalItem | null {
  let q = item.q;
  for (const [pattern, to] of SYNONYMS) {
    const next = q.replace(pattern, to);
    if (next !== q) {
      q = next;
      break;
    }
  }
  return variant(item, q);
}

/**
 * Near-topic questions: an entity the story knows with an attribute no fact is about (age, films, CEO, box office…).
 * Written by hand from templates, not from dev's wording: every one must be declined.
 */
const NEAR_PEOPLE = ['Natasha Lyonne', 'Cate Blanchett', 'Mark Ruffalo', 'Donald Trump', 'Scarlett Johansson'];
const NEAR_COMPANIES = ['Disney', 'Midjourney', 'Anthropic', 'Nvidia', 'Warner Bros'];
const NEAR_TEMPLATES: { lang: 'en' | 'fr'; q: string }[] = [
  { lang: 'en', q: 'How old is {p}?' },
  { lang: 'en', q: 'Which films has {p} starred in?' },
  { lang: 'en', q: 'Where does {p} live?' },
  { lang: 'en', q: 'Is {p} married?' },
  { lang: 'en', q: "What is {p}'s next movie?" },
  { lang: 'en', q: 'Who is the CEO of {c}?' },
  { lang: 'en', q: "What was {c}'s box office last year?" },
  { lang: 'en', q: 'How many employees does {c} have?' },
  { lang: 'en', q: 'Where is {c} headquartered?' },
  { lang: 'fr', q: 'Quel âge a {p} ?' },
  { lang: 'fr', q: 'Dans quels films a joué {p} ?' },
  { lang: 'fr', q: 'Où habite {p} ?' },
  { lang: 'fr', q: '{p} est marié ?' },
  { lang: 'fr', q: 'Qui dirige {c} ?' },
  { lang: 'fr', q: 'Combien de salariés chez {c} ?' },
  { lang: 'fr', q: "C'est quoi le chiffre d'affaires de {c} ?" },
];
export const nearTopic = (): EvalItem[] => [
  ...NEAR_TEMPLATES.flatMap((t, i) =>
    (t.q.includes('{p}') ? NEAR_PEOPLE : NEAR_COMPANIES).map((name, k) => ({ id: `near-${i}-${k}`, lang: t.lang, kind: 'offtopic', q: t.q.replace(/\{[pc]\}/, name), expect: { type: 'none' as const } })),
  ),
  ...NEAR_PROBES.map((p, i) => ({ id: `near-probe-${i}`, lang: p.lang, kind: 'offtopic', q: p.q, expect: { type: 'none' as const } })),
];

/** On-topic controls beside the near-topic probes: a fix that declines more must not decline these. */
export const controls = (): EvalItem[] =>
  CONTROL_PROBES.map((p, i) => ({ id: `control-${i}`, lang: p.lang, kind: 'fact', q: p.q, expect: { type: 'fact' as const, facts: p.facts } }));

const words = (q: string): string[] => q.split(/\s+/).filter((w) => w.length > 0);

export const SUITES = (signatories: readonly string[]): Suite[] => [
  { name: 'lowercase', make: (i) => variant(i, i.q.toLowerCase()) },
  { name: 'no-accents', make: (i) => variant(i, i.q.normalize('NFD').replace(/\p{M}/gu, '')) },
  { name: 'no-punct', make: (i) => variant(i, i.q.replace(/[?!.,;:]/g, '')) },
  { name: 'swapped', make: (i) => variant(i, swapLetters(i.q)) },
  { name: 'chatter', make: (i) => variant(i, i.lang === 'fr' ? `salut, petite question pour mon papier : ${i.q} merci !` : `hey, quick one for my piece: ${i.q} thanks!`) },
  { name: 'entity-swap', make: (i) => entitySwap(i, signatories) },
  { name: 'entity-lower', make: (i) => { const v = entitySwap(i, signatories); return v ? variant(v, v.q.toLowerCase(), v.expect) : null; } },
  { name: 'synonym', make: synonym },
  { name: 'fragment-head', make: (i) => (words(i.q).length >= 5 ? variant(i, words(i.q).slice(2).join(' ')) : null) },
  { name: 'fragment-tail', make: (i) => (words(i.q).length >= 6 ? variant(i, words(i.q).slice(0, Math.ceil((words(i.q).length * 2) / 3)).join(' ')) : null) },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const show = new Set(showAt >= 0 ? (args[showAt + 1] ?? '').split(',') : []);
  const dataAt = args.indexOf('--data');
  const dataDir = dataAt >= 0 ? args[dataAt + 1] : undefined;
  const dev = loadSplit(DEV);
  const data = dataDir ?? path.resolve(__dirname, '..', '..', 'data');
  const signatories = (JSON.parse(readFileSync(path.join(data, 'signatories.json'), 'utf8')) as { name: string }[]).map((s) => s.name);
  const print = (s: string): void => void process.stdout.write(`${s}\n`);
  print('suite          n     right  clarify  no_ans  WRONG');
  let wrongs = 0;
  for (const suite of SUITES(signatories)) {
    const items = dev.map(suite.make).filter((i): i is EvalItem => i !== null);
    const scored: Scored[] = await evaluate(items, dataDir);
    const t = tally(scored);
    wrongs += t.wrong;
    print(`${suite.name.padEnd(14)} ${String(t.total).padEnd(5)} ${String(t.right).padStart(5)}  ${String(t.clarify).padStart(7)}  ${String(t.no_answer).padStart(6)}  ${String(t.wrong).padStart(5)}`);
    if (show.has(suite.name) || show.has('all')) {
      for (const s of scored.filter((x) => x.outcome === 'wrong')) print(`    WRONG ${s.item.id.padEnd(10)} ${s.item.q}\n          ${expected(s.item)} → ${s.got}`);
    }
  }
  const near = await evaluate(nearTopic(), dataDir);
  const tn = tally(near);
  wrongs += tn.wrong;
  print(`${'near-topic'.padEnd(14)} ${String(tn.total).padEnd(5)} ${String(tn.right).padStart(5)}  ${String(tn.clarify).padStart(7)}  ${String(tn.no_answer).padStart(6)}  ${String(tn.wrong).padStart(5)}`);
  if (show.has('near-topic') || show.has('all')) for (const s of near.filter((x) => x.outcome !== 'right')) print(`    ${s.outcome.toUpperCase()} ${s.item.q}\n          → ${s.got}`);
  const ctl = await evaluate(controls(), dataDir);
  const tc = tally(ctl);
  wrongs += tc.wrong;
  print(`${'controls'.padEnd(14)} ${String(tc.total).padEnd(5)} ${String(tc.right).padStart(5)}  ${String(tc.clarify).padStart(7)}  ${String(tc.no_answer).padStart(6)}  ${String(tc.wrong).padStart(5)}`);
  if (show.has('controls') || show.has('all')) for (const s of ctl.filter((x) => x.outcome !== 'right')) print(`    ${s.outcome.toUpperCase()} ${s.item.q}\n          ${expected(s.item)} → ${s.got}`);
  print(`total WRONG over the suites: ${wrongs}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`perturb-ask failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
