import { z } from 'zod';
import { ROLES } from '../src/core/schema';
import { foldText } from '../src/core/text';

/** One evaluation question (test/fixtures/ask/*.json), written from the sources without looking at data/facts.json. */
export const evalItemSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['en', 'fr']),
    q: z.string().min(1),
    kind: z.string().min(1),
    expect: z.discriminatedUnion('type', [
      z.object({ type: z.literal('fact'), facts: z.array(z.string()).min(1) }),
      z.object({
        type: z.literal('signatory'),
        id: z.string().nullable(),
        verdict: z.enum(['signed', 'not_listed']),
        // "Did Jake Gyllenhaal sign, or was it his sister?", "which Wachowski signed, Lana or Lilly?": the question asks
        // about both of a namesake pair; `also` is the other one's verdict (see the fixtures README, labelling rules).
        also: z
          .union([
            z.object({ id: z.string(), verdict: z.literal('signed') }).strict(),
            z.object({ name: z.string().min(1), verdict: z.literal('not_listed') }).strict(),
          ])
          .optional(),
      }),
      z.object({ type: z.literal('list'), role: z.enum(ROLES) }),
      z.object({ type: z.literal('compare'), events: z.array(z.string()).length(2) }),
      z.object({ type: z.literal('quote'), facts: z.array(z.string()).min(1) }),
      z.object({ type: z.literal('number'), facts: z.array(z.string()).min(1) }),
      z.object({ type: z.literal('none') }),
    ]),
  })
  .loose();
export type EvalItem = z.infer<typeof evalItemSchema>;
export const evalSetSchema = z.array(evalItemSchema);

export type Outcome = 'right' | 'clarify' | 'no_answer' | 'wrong';

/** The /ask reply's data as the CLI's --json prints it (only what the scorer reads). */
export interface AskData {
  verdict?: unknown;
  mode?: unknown;
  fact?: unknown;
  role?: unknown;
  events?: unknown;
  quote?: unknown;
  signatory?: SignatoryData | undefined;
  /** Every person's verdict when the question names several (the first is `signatory`). */
  signatories?: readonly SignatoryData[] | undefined;
  candidates?: unknown;
}
type SignatoryData = { query?: unknown; verdict?: unknown; match?: { id?: unknown; name?: unknown } | null };
type SignatoryExpect = Extract<EvalItem['expect'], { type: 'signatory' }>;

const folded = (text: unknown): string => (typeof text === 'string' ? foldText(text).trim() : '');

/**
 * A question about both of a namesake pair (label with `also`) is answered right, whichever of the two comes first,
 * when the reply gives each its verdict: the signer's "signed" with the right name, the other's "not among the names"
 * (under the name the label gives, when it gives one), and no other "signed".
 */
function answersPair(e: SignatoryExpect, data: AskData, signatoryIdOf: (name: string) => string | undefined): boolean {
  if (e.also === undefined) return false;
  const said = data.signatories ?? (data.signatory ? [data.signatory] : []);
  const signedId = (s: SignatoryData): string | undefined => (s.verdict === 'signed' && typeof s.match?.name === 'string' ? signatoryIdOf(s.match.name) : undefined);
  const signer = e.verdict === 'signed' ? e.id : 'id' in e.also ? e.also.id : null;
  const namesake = 'name' in e.also ? folded(e.also.name) : undefined;
  const signs = said.filter((s) => s.verdict === 'signed');
  return (
    signs.length === 1 && signer !== null && signedId(signs[0]!) === signer &&
    said.some((s) => s.verdict === 'not_listed' && (namesake === undefined || folded(s.query) === namesake))
  );
}

/**
 * Score one reply against its expectation. right = the expected outcome; clarify = "did you mean" (neither);
 * no_answer = declined although an answer was expected; wrong = answered with something else, or answered when
 * nothing should be.
 */
export function score(item: EvalItem, data: AskData, signatoryIdOf: (name: string) => string | undefined, hasQuote: (factId: string) => boolean = () => true): Outcome {
  const verdict = data.verdict;
  const e = item.expect;
  if (e.type === 'none') return verdict === 'answered' ? 'wrong' : verdict === 'clarify' ? 'clarify' : 'right';
  if (verdict === 'clarify') return 'clarify';
  if (verdict !== 'answered') return 'no_answer';
  switch (e.type) {
    case 'fact':
      return data.mode !== 'signatory' && data.mode !== 'list' && data.mode !== 'compare' && e.facts.includes(String(data.fact)) ? 'right' : 'wrong';
    case 'quote':
      // The letter's words in quotation marks; a fact the letter has no words for (OpenAI's argument) is answered as it is.
      return e.facts.includes(String(data.fact)) && (typeof data.quote === 'string' || !hasQuote(String(data.fact))) ? 'right' : 'wrong';
    case 'number':
      return e.facts.includes(String(data.fact)) ? 'right' : 'wrong';
    case 'list':
      return data.mode === 'list' && data.role === e.role ? 'right' : 'wrong';
    case 'compare': {
      const got = Array.isArray(data.events) ? data.events.map(String) : [];
      return data.mode === 'compare' && got.length === 2 && e.events.every((id) => got.includes(id)) ? 'right' : 'wrong';
    }
    case 'signatory': {
      if (data.mode !== 'signatory') return 'wrong';
      if (answersPair(e, data, signatoryIdOf)) return 'right';
      const v = data.signatory?.verdict;
      if (v !== e.verdict) return 'wrong';
      if (e.verdict === 'not_listed') return 'right';
      const name = data.signatory?.match?.name;
      return typeof name === 'string' && signatoryIdOf(name) === e.id ? 'right' : 'wrong';
    }
  }
}

export interface Tally {
  total: number;
  right: number;
  clarify: number;
  no_answer: number;
  wrong: number;
}

export interface Scored {
  item: EvalItem;
  outcome: Outcome;
  got: string;
}

export function tally(scored: readonly Scored[]): Tally {
  const t: Tally = { total: scored.length, right: 0, clarify: 0, no_answer: 0, wrong: 0 };
  for (const s of scored) t[s.outcome] += 1;
  return t;
}

/** What a reply answered, in one short label for the confusion list. */
export function describe(data: AskData): string {
  const sig = data.signatory;
  const what =
    data.mode === 'signatory' ? `signatory:${String(sig?.verdict)}${sig?.match?.name ? `:${String(sig.match.name)}` : ''}` :
    data.mode === 'list' ? `list:${String(data.role)}` :
    data.mode === 'compare' ? `compare:${Array.isArray(data.events) ? data.events.join('+') : ''}` :
    `${String(data.mode)}:${String(data.fact ?? '-')}`;
  const offered = Array.isArray(data.candidates) && data.verdict === 'clarify' ? ` [${data.candidates.map((c: { fact?: unknown }) => String(c.fact)).join(', ')}]` : '';
  return `${String(data.verdict)} ${what}${offered}`;
}

export function expected(item: EvalItem): string {
  const e = item.expect;
  switch (e.type) {
    case 'fact':
    case 'quote':
    case 'number':
      return `${e.type}:${e.facts.join('|')}`;
    case 'signatory':
      return `signatory:${e.verdict}${e.id ? `:${e.id}` : ''}`;
    case 'list':
      return `list:${e.role}`;
    case 'compare':
      return `compare:${e.events.join('+')}`;
    case 'none':
      return 'none';
  }
}

export function percent(n: number, total: number): string {
  return total === 0 ? '-' : `${((100 * n) / total).toFixed(1)}%`;
}
