import type { Ranked } from './retrieve';

export type Verdict = 'answered' | 'clarify' | 'no_answer';

export interface Decision<T> {
  verdict: Verdict;
  /** 0..1: coverage of the best match, discounted when the runner-up is close. */
  confidence: number;
  /** The answer when `answered`; the close matches to offer when `clarify`. */
  picked: Ranked<T>[];
}

/** Thresholds of the decision; tuned on the dev split only (see `npm run eval:ask`). */
export interface Calibration {
  /** Below this coverage nothing carries the question's content: no answer. */
  minCoverage: number;
  /** The matched content must be at least this rare (sum of IDF): "letter" alone is not a question. */
  minSpecificity: number;
  /** Margin to the runner-up (share of the best score) at which the lead counts in full. */
  fullMargin: 0.5,
  /** Confidence needed to answer outright. */
  answerAt: number;
  /** Runners-up within this share of the best score are offered when clarifying. */
  closeShare: number;
  /** Below this coverage an unsure match is declined rather than offered. */
  clarifyAt: number;
  /**
   * A leader that scores at least this many times every rival's score, carries at least `decisiveCoverage` of the
   * question and matches words at least `decisiveSpecificity` rare is answered although some words are unmatched
   * ("why did Meta lose the Kadrey case?": "lose" is no fact's word, but only one fact is about Kadrey).
   */
  decisiveRatio: number;
  decisiveCoverage: number;
  decisiveSpecificity: number;
  /** …and it leaves at most this many of the question's content words unmatched ("lose" in the Kadrey question). */
  decisiveMissing: number;
  /**
   * A leader that carries at least `specificCoverage` of the question and this much more of it than every close
   * rival is answered: a broader fact that scores close but misses the question's distinctive words is no rival.
   */
  coverageLead: number;
  specificCoverage: number;
  specificSpecificity: number;
  /**
   * A leader that contains one of its own phrasings whole (two terms or more) this many times rarer than any close
   * rival's is answered: "what did OpenAI argue in its submission?" is OpenAI's argument, not what the letter answers.
   */
  phrasedLead: number;
  /** The phrased match may carry this much less of the question than the score leader. */
  phrasedSlack: number;
  /**
   * Nearest-question channel (see `AskEngine`): a question not answered otherwise is answered with the fact of the
   * examples it is nearest to when their similarity reaches `learnedAt` and leads any other answer's by `learnedMargin`.
   */
  learnedAt: number;
  learnedMargin: number;
  /** …and, to settle a clarification, the fact retrieval ranked that fact with at least this coverage of the question… */
  learnedCoverage: number;
  /** …and the question has at least this many distinct content terms. */
  learnedClarifyTerms: number;
  /**
   * The nearest-question channel searches its examples for a question the facts declined only when a ranked fact has
   * at least this coverage: below it the examples never settled a dev question out of fold, and searching them was the
   * slowest part of such questions (dev output identical at 0.2; p99 about a fifth lower in the bench).
   */
  learnedSearchCoverage: number;
  /**
   * A question the facts declined is also answered when its `learnedAgree` nearest examples all have one fact, the last
   * of them with similarity `learnedAgreeAt` or more, and that fact leads any other answer's by `learnedAgreeMargin`:
   * several of people's own wordings agreeing is surer than one near wording alone (out of fold on dev: 4,619 → 4,629
   * right, no WRONG added).
   */
  learnedAgree: number;
  learnedAgreeAt: number;
  learnedAgreeMargin: number;
  /**
   * A question whose asking clause stands among clauses of context (`askingSpan`: "hope you're well, we're closing the
   * arts page tonight and I just need one thing — who organised the letter?") is answered by its nearest example only
   * when at least this share of what the two share (weight × rarity) is held by the asking clause: a match that rests
   * on the chatter around it (an example with the same chatter asking the date) says nothing of what is asked.
   */
  learnedAskedShare: number;
  /**
   * A question answered, or offered choices, whose nearest example that no fact answers (an off-topic wording people
   * wrote, of two content terms or more: "did Google respond to the letter?", "les signataires vont-ils porter plainte
   * ?") carries the question and is carried by it at least `learnedVetoAt` each way (the lesser of its coverage and
   * containment), and is nearer by more than `learnedVetoMargin` than any example of the fact answered (of every choice
   * offered), asks what those people asked, which no fact answers: declined. What people asked that no fact covers
   * decides it, not a word list: each batch of off-topic questions learnt (`npm run learn:ask`) widens it.
   */
  learnedVetoAt: number;
  learnedVetoMargin: number;
  /**
   * A choice whose first fact's answer says at least this share (by rarity, in each language) of what every other
   * choice's answer says is no choice: the first answers for all of them ("the DGA strike in 2023": the strikes of 2023
   * say the directors settled without striking, all the Directors Guild's own deal says on it).
   */
  coveredShare: number;
}

export const DEFAULT_CALIBRATION: Calibration = {
  minCoverage: 0.35,
  minSpecificity: 0.8,
  fullMargin: 0.5,
  answerAt: 0.7,
  closeShare: 0.7,
  clarifyAt: 0.6,
  decisiveRatio: 2.5,
  decisiveCoverage: 0.5,
  decisiveSpecificity: 4,
  decisiveMissing: 1,
  coverageLead: 0.1,
  specificCoverage: 0.75,
  specificSpecificity: 5,
  phrasedLead: 1.4,
  phrasedSlack: 0.05,
  learnedAt: 0.55,
  learnedMargin: 0.25,
  learnedCoverage: 0.5,
  learnedClarifyTerms: 2,
  learnedSearchCoverage: 0.2,
  learnedAgree: 2,
  learnedAgreeAt: 0.4,
  learnedAgreeMargin: 0.2,
  learnedAskedShare: 0.3,
  learnedVetoAt: 0.6,
  learnedVetoMargin: 0,
  coveredShare: 0.5,
};

const MAX_CHOICES = 3;

/**
 * Answer, clarify or decline from ranked matches. Confidence = coverage^0.75 × lead, where lead is the margin
 * to the runner-up relative to `fullMargin` (capped at 1): a match that carries the question but has a close
 * rival is offered as a choice with that rival ("Did you mean…?"), never guessed. Tuned on the dev split.
 */
export function decide<T>(ranked: readonly Ranked<T>[], calibration: Calibration = DEFAULT_CALIBRATION): Decision<T> {
  const [top, second] = ranked;
  if (!top || top.coverage < calibration.minCoverage || top.matchedWeight < calibration.minSpecificity) {
    return { verdict: 'no_answer', confidence: top ? Math.min(top.coverage, 0.3) : 0, picked: [] };
  }
  const margin = second ? (top.score - second.score) / top.score : 1;
  const lead = Math.min(1, Math.max(0, margin) / calibration.fullMargin);
  const confidence = top.coverage ** 0.75 * lead;
  if (confidence >= calibration.answerAt) return { verdict: 'answered', confidence, picked: [top] };
  const rivals = ranked.slice(1).filter((r) => r.score >= top.score * calibration.closeShare);
  const decisive =
    (!second || top.score >= second.score * calibration.decisiveRatio) &&
    top.coverage >= calibration.decisiveCoverage &&
    top.matchedWeight >= calibration.decisiveSpecificity &&
    top.missing <= calibration.decisiveMissing;
  const specific =
    top.coverage >= calibration.specificCoverage &&
    top.matchedWeight >= calibration.specificSpecificity &&
    [...rivals, ...(second ? [second] : [])].every((r) => top.coverage - r.coverage >= calibration.coverageLead);
  // Among the close matches, the one whose own phrasing the question contains, if no other's is nearly as rare,
  // and that carries about as much of the question as the leader.
  const close = [top, ...rivals];
  const phrasedBest = close.reduce((a, b) => (b.phrased > a.phrased ? b : a));
  const phrased =
    phrasedBest.phrased > 0 &&
    phrasedBest.coverage >= Math.max(calibration.clarifyAt, top.coverage - calibration.phrasedSlack) &&
    close.every((r) => r === phrasedBest || phrasedBest.phrased >= r.phrased * calibration.phrasedLead);
  if (phrased && phrasedBest !== top) return { verdict: 'answered', confidence: calibration.answerAt, picked: [phrasedBest] };
  if (decisive || specific || phrased) return { verdict: 'answered', confidence: Math.max(confidence, calibration.answerAt), picked: [top] };
  if (top.coverage < calibration.clarifyAt) return { verdict: 'no_answer', confidence, picked: [] };
  const offered = ranked.filter((r) => r.score >= top.score * calibration.closeShare && r.coverage >= calibration.minCoverage * 0.8).slice(0, MAX_CHOICES);
  return { verdict: 'clarify', confidence, picked: offered.length > 0 ? offered : [top] };
}
