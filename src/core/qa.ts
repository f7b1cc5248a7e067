import Fuse from 'fuse.js';
import type { Locale } from './reply';
import type { Fact } from './schema';
import { editDistance, foldText, words } from './text';

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

export interface QaMatch {
  fact: Fact;
  /** 0..1, higher is better: the weighted share of the question's meaningful words found in this fact's phrasings. */
  coverage: number;
  /** Sum of the rarity (IDF) of the matched words: ranks facts with the same coverage. */
  weight: number;
}

/** Minimum share of a question's meaningful words that must match a fact for it to count as an answer. */
const MIN_COVERAGE = 0.5;
/** How many typo look-ups to remember (the vocabulary is fixed, so answers never go stale). */
const TYPO_CACHE_SIZE = 2000;

/**
 * Intent index for `/ask`, built once at load: the words of every fact's EN and FR paraphrases and keywords.
 * A question's meaningful words are matched to the vocabulary (exactly, by stem or prefix, or, for typos, by a
 * fuse.js fuzzy search over the vocabulary confirmed by edit distance); a fact scores the weighted share of the
 * question it covers, rarer words breaking ties.
 */
export class QaIndex {
  private readonly facts: readonly Fact[];
  /** Each fact's words. */
  private readonly factWords: ReadonlySet<string>[];
  /** Every word with the number of facts using it. */
  private readonly documentFrequency = new Map<string, number>();
  private readonly vocabulary: readonly string[];
  private readonly byStem = new Map<string, string[]>();
  private readonly fuzzy: Fuse<string>;
  private readonly typoCache = new Map<string, readonly string[]>();

  constructor(facts: readonly Fact[]) {
    this.facts = facts;
    this.factWords = facts.map((fact) => {
      const phrasings = [...fact.questions.en, ...fact.questions.fr, ...fact.keywords.en, ...fact.keywords.fr];
      return new Set(phrasings.flatMap((p) => contentWords(p)));
    });
    for (const set of this.factWords) for (const w of set) this.documentFrequency.set(w, (this.documentFrequency.get(w) ?? 0) + 1);
    this.vocabulary = [...this.documentFrequency.keys()];
    for (const w of this.vocabulary) {
      const s = stem(w);
      if (s.length >= 3) this.byStem.set(s, [...(this.byStem.get(s) ?? []), w]);
    }
    this.fuzzy = new Fuse(this.vocabulary, { includeScore: true, threshold: 0.3, ignoreLocation: true });
  }

  /** The best fact for a question, or null when nothing matches well enough (off-topic). */
  best(question: string): QaMatch | null {
    const top = this.rank(question)[0];
    return top && top.coverage >= MIN_COVERAGE ? top : null;
  }

  /** Facts ranked for a question, best first (exposed for calibration tests). */
  rank(question: string): QaMatch[] {
    const query = contentWords(question);
    if (query.length === 0) return [];
    const matches = query.map((word) => ({ word, known: this.vocabularyMatches(word) }));
    const ranked: QaMatch[] = [];
    this.facts.forEach((fact, i) => {
      const words = this.factWords[i]!;
      let matched = 0;
      let total = 0;
      let weight = 0;
      for (const { word, known } of matches) {
        const hit = known.find((k) => words.has(k));
        const questionWord = QUESTION_WORDS.has(word);
        if (hit) {
          const w = questionWord ? QUESTION_WORD_WEIGHT : 1;
          matched += w;
          total += w;
          weight += Math.log(1 + this.facts.length / (this.documentFrequency.get(hit) ?? 1));
        } else {
          total += questionWord ? QUESTION_WORD_WEIGHT : known.length > 0 ? 1 : UNKNOWN_WORD_WEIGHT;
        }
      }
      if (matched > 0) ranked.push({ fact, coverage: matched / total, weight });
    });
    return ranked.sort((a, b) => b.coverage - a.coverage || b.weight - a.weight);
  }

  /** The vocabulary words a question word counts as: itself, same stem, a long shared prefix, or a close typo. */
  private vocabularyMatches(word: string): readonly string[] {
    if (this.documentFrequency.has(word)) return [word, ...(this.byStem.get(stem(word)) ?? [])];
    const found = new Set<string>(stem(word).length >= 3 ? (this.byStem.get(stem(word)) ?? []) : []);
    if (word.length >= 5) for (const v of this.vocabulary) if (v.length >= 5 && (v.startsWith(word) || word.startsWith(v))) found.add(v);
    if (found.size > 0 || word.length < 5) return [...found];
    let typos = this.typoCache.get(word);
    if (!typos) {
      typos = this.fuzzy
        .search(word, { limit: 10 })
        .map((r) => r.item)
        .filter((v) => {
          const shorter = Math.min(v.length, word.length);
          const budget = shorter >= 8 ? 2 : 1;
          return shorter >= 5 && editDistance(word, v, budget) <= budget;
        });
      if (this.typoCache.size >= TYPO_CACHE_SIZE) this.typoCache.delete(this.typoCache.keys().next().value!);
      this.typoCache.set(word, typos);
    }
    return typos;
  }
}

/** A word without its plural, French or English ending: "signataires" → "signatair", "signed" → "sign". */
function stem(word: string): string {
  return word.replace(/(ies|es|s|e|ed|ing|ment|ee|ees)$/, '');
}

/** "sign", "signed", "signé", "signataire"…: the question is about who signed. */
const SIGNING = /\b(sign(s|ed|ing|atory|atories)?|sign(e|ee|es|ees|er|ent|a|ataire|ataires))\b/;

/** Words that open a question asking for something other than yes or no. */
const WH_WORDS = new Set('what which when why how who whom where whose quel quelle quels quelles quand pourquoi comment qui ou combien que quoi'.split(' '));

/** Capitalised words that are not people's names, so "How many Hollywood figures signed?" is not about a person. */
const NOT_NAMES = new Set(
  ('hollywood white house maison blanche ai ia openai google deepseek oscars oscar sag aftra wga ostp congress senate ' +
    'january february march april may june july august september october november december ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'name names tell list give show nom noms liste donne donnez').split(' '),
);

/**
 * Who a question about signing names, for "did Paul McCartney sign?" / "Ben Affleck a-t-il signé ?": runs of
 * capitalised words (with particles such as "del"), longest first; empty when the question is not about signing.
 * The caller decides with the signatory matcher: a run that matches a signatory is answered as /signatory would;
 * a run of two words or more, or one that is the subject of "sign" ("did Trump sign?"), is taken as a person's
 * name; another lone word ("What order did Trump sign in January?") is not.
 */
export function namesInQuestion(question: string): { name: string; subject: boolean }[] {
  if (!SIGNING.test(words(question).join(' '))) return [];
  const tokens = question.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’.-]+$/gu, ''));
  const runs: { words: string[]; next: string; after: string }[] = [];
  let current: string[] = [];
  tokens.forEach((token, i) => {
    const word = words(token)[0] ?? '';
    const capitalised = /^\p{Lu}/u.test(token) && !(i === 0 && STOPWORDS.has(word)) && !QUESTION_WORDS.has(word) && !NOT_NAMES.has(word);
    const particle = current.length > 0 && /^(de|del|della|van|von|da|di|le|la|du|des)$/i.test(token);
    if (capitalised || particle) current.push(token.replace(/[’']s$/, ''));
    else {
      if (current.length > 0) runs.push({ words: current, next: foldText(token), after: foldText(tokens[i + 1] ?? '') });
      current = [];
    }
  });
  if (current.length > 0) runs.push({ words: current, next: '', after: '' });
  // "Did Trump sign…?", "Trump a-t-il signé ?": in a yes/no question the run before "sign" is who signed (or not);
  // in "What order did Trump sign?" it is not.
  const signs = (w: string): boolean => SIGNING.test(w);
  const yesNo = !WH_WORDS.has(foldText(tokens[0] ?? ''));
  return runs
    .filter((r) => !r.words.every((w) => /^(did|does|has|have|est-ce|a-t-il|a-t-elle|i|the|le|la)$/i.test(w)))
    .map((r) => ({ name: r.words.join(' '), subject: yesNo && (signs(r.next) || (/^(a|a-t-il|a-t-elle|ever)$/.test(r.next) && signs(r.after))) }))
    .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
}
