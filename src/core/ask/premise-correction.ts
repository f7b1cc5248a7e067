import type { Fact } from '../schema';
import type { Decision } from './calibrate';
import type { ParsedQuestion } from './parse';
import type { Premise, PremiseReader } from './premise';
import type { Retriever } from './retrieve';

/** What premise correction reads of the engine's fact base. */
export interface PremiseLookups {
  readonly facts: Retriever<Fact>;
  readonly premises: PremiseReader;
  /** Each fact's texts (topic, answers, questions, keywords) as folded words, one space apart and around. */
  readonly factText: ReadonlyMap<string, string>;
  typedOf(parsed: ParsedQuestion): { opening: ReadonlySet<number>; names: string[] };
  /** Whether the question names another letter than the story's (`TopicGuard`). */
  namesOtherLetter(parsed: ParsedQuestion): boolean;
  /** Verbs of addressing a letter to someone (`addressingWords`): its addressee as the letter names them. */
  readonly addressingWords: ReadonlySet<string>;
  /** The prepositions that, right before "who", ask to whom (`toWhomLinks`: "to whom", « à qui »). */
  readonly toWhomLinks: ReadonlySet<string>;
}

/**
 * The premise (a wrong value of one of the story's slots, see `PremiseReader`) that the fact holding the true value
 * corrects instead of the decision, or null when the decision stands.
 */
export function premiseToCorrect(lookups: PremiseLookups, parsed: ParsedQuestion, decision: Decision<Fact>, ranked: readonly { id: string }[] = []): Premise | null {
  const read = parsed.otherLetter || lookups.namesOtherLetter(parsed) ? [] : lookups.premises.read(parsed, lookups.typedOf(parsed).opening);
  // "I'm writing that the letter demanded an outright ban on AI. Could you point me to the sentence?", « citez-moi le
  // passage où Trump est nommé »: a quotation asked for a claim the letter does not make has no passage to quote; the
  // slot's fact corrects the claim. Only a value asserted by a verb of the slot outside quotation marks, and one that is
  // either a common word ("ban") or a value some fact holds ("Trump", "Meta"): a name no fact holds ("Mistral") may be
  // another topic, declined as before.
  const quotable = (p: Premise): boolean =>
    p.values.length > 0 && p.asserts.length > 0 && !p.quoted && p.values.some((v) => lookups.premises.commonWord(v) || [...lookups.factText.values()].some((text) => lookups.premises.heldBy(text, v)));
  const premises = parsed.type === 'quote' ? read.filter(quotable) : read;
  // Whether a fact's words hold one of the wrong values a premise names, as a thing of its own (`heldBy`).
  const holds = (p: Premise, id: string): boolean => p.values.some((v) => lookups.premises.heldBy(lookups.factText.get(id) ?? '', v));
  // Two wrong slots ("sent to Congress in April?"): the one whose fact the retriever found is corrected ("why did the
  // stars address Trump by name?" names a wrong recipient too, but the fact found is whether the letter names him);
  // else the first whose values no other fact found holds (see below); else the first in the data's order.
  const premise =
    premises.find((p) => decision.picked.some((r) => r.id === p.fact)) ??
    premises.find((p) => !decision.picked.some((r) => r.id !== p.fact && holds(p, r.id))) ??
    premises[0] ??
    null;
  // An answer from a fact that neither is the premise's nor holds a value it names ("la lettre répondait à une
  // consultation lancée par Biden" answered with whom the letter responds to) leaves the premise standing: it is corrected.
  // Of a slot of the letter's story, a fact that holds the value but carries none of the slot's subjects ("la lettre
  // visait Meta et Apple ?": the authors' suit against Meta names Meta, not the letter) says something else of it: no
  // answer to what the question asserts of the letter. A slot of another subject (a lawsuit) keeps any fact holding its
  // value ("Disney sued OpenAI?": Disney's deal with OpenAI, no lawsuit, is what the two did).
  const ofLetter = premise !== null && premise.subjects.has(LETTER);
  const carriesSubject = (id: string): boolean => {
    for (const t of premise!.subjects) if (lookups.facts.carries(id, t)) return true;
    return false;
  };
  const holdsValue = (id: string): boolean => premise !== null && holds(premise, id) && (!ofLetter || carriesSubject(id));
  // A date or figure (no value to look for in a fact) said of the slot with another event to place it ("sent in late
  // January, right after the order?"): the "after" places the slot's wrong value, and the fact found for what came after
  // answers another question; the premise stands too.
  // So does one that a word of order after the slot's verb places in a question asking something else ("why did they send
  // it in January, before Trump signed his order?": the order's fact answers what came after, not when it was sent).
  // A date read by the subject alone, no verb of the slot asserting it, is placed so by a word of order after it ("cette
  // lettre date de février, juste après l'appel à commentaires ?": the consultation's fact answers what came before).
  const placedAfter =
    premise !== null &&
    premise.values.length === 0 &&
    (premise.asserts.length > 0
      ? parsed.type === 'compare' || (premise.assertedAt >= 0 && parsed.reading.cues.some((c) => c.cue === 'compare' && c.at > premise.assertedAt))
      : parsed.reading.cues.some((c) => c.cue === 'compare' && c.at > premise.nearAt));
  // A value the slot's fact denies ("OpenAI and Google both signed the letter, right?": the companies signed nothing) is
  // answered by another fact that holds it only when that fact is about what the question asserts of it too: the fact
  // that values both companies names them but says nothing of signing, so the premise stands and is corrected.
  // Whether a fact carries a concept that asserted the slot in the question (also read for clarifications below).
  const asserting = (id: string): boolean => premise!.asserts.some((t) => lookups.facts.carries(id, t));
  const answersValue = (id: string): boolean => holdsValue(id) && (!premise!.denies || premise!.asserts.length === 0 || asserting(id));
  const standing = premise !== null && (premise.values.length > 0 || placedAfter) && decision.verdict === 'answered' && decision.picked[0]!.id !== premise.fact && !answersValue(decision.picked[0]!.id);
  // Answered by the premise's own fact ("the writers' strike lasted 90 days, right?": the words find the strikes, the
  // figure is wrong): that answer corrects it, and says so.
  const own = premise !== null && decision.verdict === 'answered' && decision.picked[0]!.id === premise.fact;
  if (decision.verdict === 'answered') return premise && (standing || own) ? premise : null;
  // "Was the letter sent to Congress?", "la lettre de janvier 2025…": a wrong value of one of the story's slots, which the
  // guards above decline as another topic (or answer from a fact that does not hold it: see `standing`), is a premise
  // the fact holding the true value corrects. A clarification offers what the question may ask: not when one of its
  // choices holds the value to correct ("why did the stars address Trump by name?" may ask about the fact that names him).
  // When another choice carries a concept that asserted the slot, a choice that holds the value but none of those
  // concepts ("Biden's call for comments": an order that names Biden but is no consultation, beside the fact about the
  // consultation the letter answered) is not what the value was said of: no other reading of the question.
  const aboutSlot = premise !== null && decision.picked.some((r) => !holdsValue(r.id) && asserting(r.id));
  const rival = (id: string): boolean => id !== premise!.fact && holdsValue(id) && (!aboutSlot || asserting(id));
  // A choice between the slot's own fact and others, for a value the question said of the slot ("why did the letter go to
  // Congress?": the recipient or what followed, which names Congress): the value was said of the slot; it is corrected.
  const offered = premise !== null && premise.asserts.length > 0 && decision.verdict === 'clarify' && decision.picked.some((r) => r.id === premise.fact);
  // Declined, a value another fact denies ("addressed to Trump personally?", beside whether the letter names Trump) is not
  // corrected as the slot's value: that would answer another question. Another premise the question gives besides it
  // ("remise à Trump le 19 mars ?") is corrected instead; else the denying fact corrects it ("it never names him", and says
  // where the letter went), unless the question asks a slot by its own question word ("adressée à qui, à Trump ?", "qui a
  // monté la lettre ?"), which the denial does not answer, or the value stands merely by the letter, with no verb of the
  // slot ("une lettre à Trump. Adressée à quel bureau ?": the background of a question about the slot): declined.
  if (premise && decision.verdict === 'no_answer' && lookups.premises.deniedElsewhere(premise)) {
    const besides = premises.find((p) => p !== premise && !lookups.premises.deniedElsewhere(p));
    if (besides) return besides;
    // Not when the value was said of the slot by a verb of sending, handing or receiving alone ("la lettre a été remise en
    // main propre à Trump ?", "sent to Trump himself… which office got it?") and the retriever ranks the slot's own fact
    // first: what is asked is where the letter went, which that fact says (correcting the value). Addressed to him
    // ("s'adresse à Trump en personne ?") is how the letter names its addressee, which the denial answers.
    if (premise.asserts.length > 0 && ranked[0]?.id === premise.fact && !lookups.premises.asksSlot(parsed) && !parsed.reading.words.some((w) => lookups.addressingWords.has(w))) return premise;
    // Nor when "who" asks to whom ("la lettre était adressée à qui ? à Trump en personne ?", "to whom was it sent, Trump?"):
    // the slot is asked by its own question word, which its fact answers, correcting the value the asker offers.
    if (premise.asserts.length > 0 && toWhomAsked(parsed, lookups.toWhomLinks)) return premise;
    return premise.asserts.length === 0 || lookups.premises.asksSlot(parsed) ? null : lookups.premises.denier(premise);
  }
  if (premise && (decision.verdict === 'no_answer' || offered || !decision.picked.some((r) => rival(r.id)))) return premise;
  return null;
}

/** Whether "who" right after a word of `links` ("à qui", "to whom") asks to whom the letter went. */
function toWhomAsked(parsed: ParsedQuestion, links: ReadonlySet<string>): boolean {
  const { terms, words } = parsed.reading;
  return terms.some((t) => t.kind === 'concept' && t.term === 'c:who' && t.at > 0 && links.has(words[t.at - 1] ?? ''));
}

/** The letter's concept as a search term: the subject of the slots of its own story. */
const LETTER = 'c:letter';

/** The slot `slippedYear` corrects, as `AskOutcome.correction` names it. */
export const YEAR_SLIP = 'year';

/**
 * "What did OpenAI argue in 2024?", "qu'a demandé Google en 2024 ?": a year the question gives that no fact gives (a
 * year near the story's, wrongly remembered: the retriever drops it from the words to find) is a premise. A fact that
 * gives a date of its own (`dated`) answers it with the true one: the answer says it corrects, never silently moves the
 * year. A fact without a date says nothing of when: its answer stands as it is.
 */
export function slippedYear(parsed: ParsedQuestion, factId: string, knows: (term: string) => boolean, dated: ReadonlySet<string>): boolean {
  return dated.has(factId) && parsed.years.some((y) => !knows(String(y)));
}
