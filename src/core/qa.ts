import Fuse from 'fuse.js';
import type { Locale } from './reply';
import type { Fact } from './schema';
import { editDistance, words } from './text';

const STOPWORDS = new Set(
  (
    'a an the of to in on at by for and or but is are was were be been being do does did done has have had it its this that these those ' +
    'what whats which whom whose there their they them he she his her i me my we our you your can could ' +
    'would should will shall may might about any some with from as into than then so not no yes please tell know s d ll re ve ' +
    'le la les l un une des du de d et ou mais est sont etait ete a ont avait que quoi quel quelle quels quelles ' +
    'comment ce cet cette ces c il elle ils elles on en y au aux pour par sur dans avec sans se sa son ses leur leurs je j me m ' +
    'nous vous tu te t moi toi ne n pas plus est-ce qu s estce svp dis dites moi sait savoir ' +
    'fait faire font dit dire avoir etre peut peux veut sais get got make made tell say'
  ).split(/\s+/),
);

/** Question words: they tell what is asked (a date, a person, a number) but weigh less than the subject. */
const QUESTION_WORDS = new Set(['who', 'when', 'where', 'why', 'how', 'many', 'much', 'qui', 'quand', 'pourquoi', 'combien']);
const QUESTION_WORD_WEIGHT = 0.5;
/** A word no fact uses at all ("weather", "Paris") is a sign the question is about something else. */
const UNKNOWN_WORD_WEIGHT = 1.5;

/** Words that mark French when they appear; "les", "des", accents… */
const FRENCH_MARKERS = new Set(
  'le la les des du un une est sont qui que quoi quel quelle quels quelles quand pourquoi comment combien lettre signataires signe signee ont avait etait cette ces aux pour par dans avec sans leur leurs je nous vous estce cest quest droit auteur quoi ete faits pourquoi'.split(' '),
);
const ENGLISH_MARKERS = new Set(
  'the what who when where why how many much did does do is are was were signed sign letter which of to and about with for this that it its copyright'.split(' '),
);

/** French or English, from the words of a question; null when the words do not tell. */
export function detectLanguage(text: string): Locale | null {
  if (/[éèêàçùâîôûœ]/i.test(text) || /\b(qu|l|d|c|n|j)['’]/i.test(text)) return 'fr';
  let fr = 0;
  let en = 0;
  for (const w of words(text)) {
    if (FRENCH_MARKERS.has(w)) fr += 1;
    if (ENGLISH_MARKERS.has(w)) en += 1;
  }
  return fr > en ? 'fr' : en > fr ? 'en' : null;
}

/** The words of a question that carry meaning (no stop words), folded. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w) && w.length > 1);
}

interface IntentRecord {
  factId: string;
  text: string;
}

export interface QaMatch {
  fact: Fact;
  /** 0..1, higher is better: the share of the question's meaningful words found in this fact's phrasings. */
  coverage: number;
  /** fuse.js token-search score of the best phrasing (lower is better). */
  fuseScore: number;
}

/** Minimum share of a question's meaningful words that must match a fact for it to count as an answer. */
const MIN_COVERAGE = 0.5;

/**
 * Intent index for `/ask`: every fact's EN and FR paraphrases and keywords, searched with fuse.js token
 * search (per-word fuzzy match, BM25-style weights). Built once at load.
 */
export class QaIndex {
  private readonly fuse: Fuse<IntentRecord>;
  private readonly facts = new Map<string, Fact>();
  /** Each fact's vocabulary (folded words of its phrasings) for the coverage check. */
  private readonly vocabulary = new Map<string, string[]>();
  /** Every word of every phrasing. */
  private readonly allWords: string[];

  constructor(facts: readonly Fact[]) {
    const records: IntentRecord[] = [];
    for (const fact of facts) {
      this.facts.set(fact.id, fact);
      const phrasings = [...fact.questions.en, ...fact.questions.fr, ...fact.keywords.en, ...fact.keywords.fr];
      for (const p of phrasings) records.push({ factId: fact.id, text: contentWords(p).join(' ') });
      this.vocabulary.set(fact.id, [...new Set(phrasings.flatMap((p) => contentWords(p)))]);
    }
    this.allWords = [...new Set([...this.vocabulary.values()].flat())];
    this.fuse = new Fuse(records, { keys: ['text'], useTokenSearch: true, includeScore: true, threshold: 0.3, ignoreLocation: true });
  }

  /** The best fact for a question, or null when nothing matches well enough (off-topic). */
  best(question: string): QaMatch | null {
    const ranked = this.rank(question);
    const top = ranked[0];
    return top && top.coverage >= MIN_COVERAGE ? top : null;
  }

  /** Facts ranked for a question, best first (exposed for calibration tests). */
  rank(question: string): QaMatch[] {
    const query = contentWords(question);
    if (query.length === 0) return [];
    const results = this.fuse.search(query.join(' '), { limit: 40 });
    const byFact = new Map<string, QaMatch>();
    for (const r of results) {
      if (byFact.has(r.item.factId)) continue;
      const fact = this.facts.get(r.item.factId)!;
      byFact.set(fact.id, { fact, coverage: this.coverage(query, fact.id), fuseScore: r.score ?? 1 });
    }
    return [...byFact.values()].sort((a, b) => b.coverage - a.coverage || a.fuseScore - b.fuseScore);
  }

  private coverage(query: readonly string[], factId: string): number {
    const vocabulary = this.vocabulary.get(factId) ?? [];
    let matched = 0;
    let total = 0;
    for (const word of query) {
      if (vocabulary.some((v) => sameWord(word, v))) {
        const weight = QUESTION_WORDS.has(word) ? QUESTION_WORD_WEIGHT : 1;
        matched += weight;
        total += weight;
      } else {
        total += QUESTION_WORDS.has(word) ? QUESTION_WORD_WEIGHT : this.allWords.some((v) => sameWord(word, v)) ? 1 : UNKNOWN_WORD_WEIGHT;
      }
    }
    return total === 0 ? 0 : matched / total;
  }
}

/** Same word give or take a plural, a French ending or a typo. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = (w: string): string => w.replace(/(ies|es|s|e|ed|ing|ment|ee|ees)$/, '');
  const sa = stem(a);
  const sb = stem(b);
  if (sa.length >= 3 && sa === sb) return true;
  if (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a))) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  const budget = shorter >= 8 ? 2 : 1;
  return editDistance(a, b, budget) <= budget;
}

/** "sign", "signed", "signé", "signataire"…: the question is about who signed. */
const SIGNING = /\b(sign(s|ed|ing|atory|atories)?|sign(e|ee|es|ees|er|ent|a|ataire|ataires))\b/;

/**
 * The person a question asks about, for "did Paul McCartney sign?" / "Ben Affleck a-t-il signé ?": a run of
 * capitalised words (not the first word of the sentence unless it is clearly a name), or null when the question
 * is not about signing or names no one. The caller checks the name with the signatory matcher.
 */
export function personInQuestion(question: string): string | null {
  if (!SIGNING.test(words(question).join(' '))) return null;
  const tokens = question.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’.-]+$/gu, ''));
  const runs: string[][] = [];
  let current: string[] = [];
  tokens.forEach((token, i) => {
    const capitalised = /^\p{Lu}/u.test(token) && !(i === 0 && STOPWORDS.has(words(token)[0] ?? '')) && !QUESTION_WORDS.has(words(token)[0] ?? '');
    const particle = current.length > 0 && /^(de|del|della|van|von|da|di|le|la|du|des)$/i.test(token);
    if (capitalised || particle) current.push(token);
    else {
      if (current.length > 0) runs.push(current);
      current = [];
    }
  });
  if (current.length > 0) runs.push(current);
  const names = runs.filter((r) => !r.every((w) => /^(did|does|has|have|est-ce|a-t-il|a-t-elle|i|the|le|la)$/i.test(w)));
  const best = names.sort((a, b) => b.length - a.length)[0];
  return best ? best.join(' ').replace(/[’']s$/, '') : null;
}
