import type { NameIndex } from '../name-index';
import type { Locale } from '../reply';
import type { ConceptData, Deviation, Fact, FactBaseData, Quote, Role, Signatory, TimelineEvent } from '../schema';
import { decide, DEFAULT_CALIBRATION, type Calibration } from './calibrate';
import { Lexicon, splitWords, type Term } from './lexicon';
import { parseQuestion, readNumbers, type ParsedQuestion } from './parse';
import { Retriever, type Ranked } from './retrieve';

export type AskMode = 'fact' | 'signatory' | 'list' | 'compare' | 'quote' | 'number';

export interface AskCandidate {
  fact: Fact;
  /** The fact's own first question in the asker's language: picking it answers exactly that. */
  question: string;
}

interface Base {
  parsed: ParsedQuestion;
  confidence: number;
}

/** What `/ask` decided, before any wording: commands/ask.ts turns it into a Reply. */
export type AskOutcome =
  | (Base & { verdict: 'answered'; mode: 'signatory'; person: string })
  | (Base & { verdict: 'answered'; mode: 'list'; role: Role; signatories: Signatory[] })
  | (Base & { verdict: 'answered'; mode: 'compare'; events: [TimelineEvent, TimelineEvent] })
  | (Base & { verdict: 'answered'; mode: 'fact' | 'quote' | 'number'; fact: Fact; quote?: Quote; deviations: Deviation[]; candidates: AskCandidate[] })
  | (Base & { verdict: 'clarify'; mode: 'fact' | 'quote' | 'number'; candidates: AskCandidate[] })
  | (Base & { verdict: 'no_answer'; mode: 'fact' | 'quote' | 'number'; candidates: AskCandidate[] });

/** Relative gap within which a figure in a question is "the same" as one in the data (230 vs 229 billion). */
const NUMBER_TOLERANCE = 0.05;
/** Each side of a comparison must carry at least this share of its words to an event. */
const COMPARE_MIN_COVERAGE = 0.5;

/**
 * The /ask engine: question parsing, retrieval (facts and timeline events), calibrated decision and the
 * special modes (did X sign, lists by role, comparisons in time, quotes, number checks). Pure; built once per
 * fact base.
 */
export class AskEngine {
  readonly lexicon: Lexicon;
  private readonly facts: Retriever<Fact>;
  private readonly events: Retriever<TimelineEvent>;
  private readonly quotes: ReadonlyMap<string, Quote>;
  private readonly quotedFacts: ReadonlySet<string>;
  private readonly exact = new Map<string, Fact>();
  private readonly factNumbers = new Map<string, number[]>();

  constructor(
    private readonly data: Pick<FactBaseData, 'facts' | 'timeline' | 'letter' | 'deviations' | 'signatories'> & { concepts: ConceptData },
    private readonly names: NameIndex,
    private readonly calibration: Calibration = DEFAULT_CALIBRATION,
  ) {
    this.lexicon = new Lexicon(data.concepts);
    this.quotes = new Map(data.letter.quotes.map((q) => [q.id, q]));
    this.quotedFacts = new Set(data.facts.filter((f) => f.quote).map((f) => f.id));
    this.facts = new Retriever(
      this.lexicon,
      data.facts.map((f) => {
        const quote = f.quote ? this.quotes.get(f.quote)?.text : undefined;
        return {
          id: f.id,
          item: f,
          phrasings: { en: [f.topic, ...f.questions.en, ...f.keywords.en], fr: [...f.questions.fr, ...f.keywords.fr] },
          body: { en: [f.answer.en, ...(quote ? [quote] : [])], fr: [f.answer.fr] },
        };
      }),
    );
    this.events = new Retriever(
      this.lexicon,
      data.timeline.map((e) => ({ id: e.id, item: e, phrasings: { en: [e.title.en], fr: [e.title.fr] }, body: { en: [e.detail.en], fr: [e.detail.fr] } })),
    );
    for (const f of data.facts) {
      for (const q of [...f.questions.en, ...f.questions.fr]) {
        const key = splitWords(q).join(' ');
        if (!this.exact.has(key)) this.exact.set(key, f);
      }
      const quote = f.quote ? (this.quotes.get(f.quote)?.text ?? '') : '';
      this.factNumbers.set(f.id, readNumbers(`${f.answer.en} ${f.keywords.en.join(' ')} ${quote}`).numbers);
    }
  }

  /** Decide how to answer a question; `lang` forces the answer language (else the question's, else `fallback`). */
  ask(question: string, fallback: Locale, lang?: Locale): AskOutcome & { lang: Locale } {
    const parsed = parseQuestion(question, this.lexicon, this.names, lang);
    const answerLang = lang ?? parsed.lang ?? fallback;
    return { ...this.decideFor(parsed, answerLang), lang: answerLang };
  }

  private decideFor(parsed: ParsedQuestion, lang: Locale): AskOutcome {
    // A fact's own question (a picked "Did you mean" choice) answers that fact.
    const own = this.exact.get(parsed.reading.words.join(' '));
    if (own) return this.factAnswer(parsed, own, 'fact', 1, []);

    // "Did X sign?": the signatory matcher decides, as /signatory does.
    const person = parsed.people.find((p) => p.match.verdict === 'signed') ?? parsed.people[0];
    if (parsed.aboutSigning && person && parsed.type !== 'list' && parsed.type !== 'quote') {
      return { verdict: 'answered', mode: 'signatory', person: person.span, parsed, confidence: person.match.verdict === 'signed' ? person.match.match!.score : 0.5 };
    }
    if (parsed.aboutSigning && parsed.subject && parsed.type === 'yes_no') {
      return { verdict: 'answered', mode: 'signatory', person: parsed.subject, parsed, confidence: 1 };
    }
    if (parsed.type === 'list' && parsed.roles.length > 0) {
      const role = parsed.roles[0]!;
      const signatories = this.data.signatories.filter((s) => s.roles.includes(role)).sort((a, b) => (a.confidence === b.confidence ? 0 : a.confidence === 'major' ? -1 : 1));
      return { verdict: 'answered', mode: 'list', role, signatories, parsed, confidence: 1 };
    }
    if (parsed.type === 'compare') {
      const compared = this.compare(parsed);
      if (compared) return compared;
    }

    const terms = parsed.reading.terms;
    const mode: 'fact' | 'quote' | 'number' = parsed.type === 'quote' ? 'quote' : this.isNumberCheck(parsed) ? 'number' : 'fact';
    // In a number check the figure itself is matched by value (230 ≈ 229 billion), not as a word.
    const searchTerms = mode === 'number' ? terms.filter((t) => t.kind !== 'number') : terms;
    let ranked = this.facts.rank(searchTerms, mode === 'quote' ? this.quotedFacts : undefined);
    if (mode === 'number') {
      const near = this.factsWithNumbers(parsed.numbers);
      const narrowed = ranked.filter((r) => near.has(r.id));
      if (narrowed.length > 0) ranked = narrowed;
    }
    const decision = decide(ranked, this.calibration);
    const candidates = decision.picked.map((r) => this.candidate(r, lang));
    if (decision.verdict === 'answered') return this.factAnswer(parsed, decision.picked[0]!.item, mode, decision.confidence, candidates);
    return { verdict: decision.verdict, mode, candidates: decision.verdict === 'clarify' ? candidates : [], parsed, confidence: decision.confidence };
  }

  /** Ranked facts for a question (for calibration tools and the bench). */
  rank(question: string): Ranked<Fact>[] {
    return this.facts.rank(parseQuestion(question, this.lexicon, this.names).reading.terms);
  }

  private factAnswer(parsed: ParsedQuestion, fact: Fact, mode: 'fact' | 'quote' | 'number', confidence: number, candidates: AskCandidate[]): AskOutcome {
    const quote = fact.quote ? this.quotes.get(fact.quote) : undefined;
    const deviations = mode === 'number' ? this.deviationsFor(parsed.numbers) : [];
    return { verdict: 'answered', mode, fact, ...(quote ? { quote } : {}), deviations, candidates, parsed, confidence };
  }

  private candidate(r: Ranked<Fact>, lang: Locale): AskCandidate {
    return { fact: r.item, question: r.item.questions[lang][0]! };
  }

  private isNumberCheck(parsed: ParsedQuestion): boolean {
    return parsed.numbers.length > 0 && (parsed.cues.has('check') || parsed.type === 'yes_no');
  }

  /** Facts whose answer, keywords or quote give a figure close to one asked about. */
  private factsWithNumbers(numbers: readonly number[]): Set<string> {
    const found = new Set<string>();
    for (const [id, values] of this.factNumbers) if (values.some((v) => numbers.some((n) => close(n, v)))) found.add(id);
    return found;
  }

  /** Reported deviations whose reported figure is one asked about ("230 billion" → the $229bn correction). */
  private deviationsFor(numbers: readonly number[]): Deviation[] {
    return this.data.deviations.filter((d) => {
      const said = readNumbers(d.articleSays).numbers;
      return said.some((v) => numbers.some((n) => close(n, v)));
    });
  }

  /** "Did Google file before or after the letter?": the two events either side of "before/after", if both are clear. */
  private compare(parsed: ParsedQuestion): AskOutcome | null {
    const terms = parsed.reading.terms;
    const cue = parsed.reading.cues.find((c) => c.cue === 'compare');
    if (!cue) return null;
    let left = terms.filter((t) => t.at < cue.at);
    let right = terms.filter((t) => t.at >= cue.at + cue.length);
    if (left.length === 0 || right.length === 0) {
      // "Which came first, the WGA strike or the SAG-AFTRA strike?": split at "or".
      const words = parsed.reading.words;
      const or = words.findIndex((w, i) => i > cue.at && (w === 'or' || w === 'ou'));
      if (or < 0) return null;
      const rest = terms.filter((t) => t.at > cue.at + cue.length - 1);
      left = rest.filter((t) => t.at < or);
      right = rest.filter((t) => t.at > or);
    }
    if (left.length === 0 || right.length === 0) return null;
    const best = (side: Term[], other: Term[], exclude?: string): Ranked<TimelineEvent> | undefined => {
      // The other side's words help a little ("did the WGA strike end before SAG-AFTRA's?").
      const own = new Set(side.map((t) => t.term));
      const helped = [...side, ...other.filter((t) => !own.has(t.term) && t.kind !== 'role' && t.weight >= 1).map((t) => ({ ...t, weight: 0.3 }))];
      return this.events.rank(helped).find((r) => r.id !== exclude);
    };
    const a = best(left, right);
    const b = a ? best(right, left, a.id) : undefined;
    if (!a || !b || this.events.rank(left)[0]?.coverage === undefined) return null;
    const coverage = Math.min(this.sideCoverage(left, a.id), this.sideCoverage(right, b.id));
    if (coverage < COMPARE_MIN_COVERAGE) return null;
    return { verdict: 'answered', mode: 'compare', events: [a.item, b.item], parsed, confidence: coverage };
  }

  private sideCoverage(side: Term[], id: string): number {
    return this.events.rank(side).find((r) => r.id === id)?.coverage ?? 0;
  }
}

function close(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.abs(a - b) / Math.max(a, b) <= NUMBER_TOLERANCE;
}
