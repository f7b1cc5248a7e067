import { formatDay, t } from '../i18n';
import type { Locale, ReplyChoice } from '../reply';
import type { Deviation, Role, Signatory, TimelineEvent } from '../schema';
import type { AskCandidate } from './engine';

/** The wording of /ask's answers beyond a single fact: lists by role, comparisons, number checks, clarification. */

export function listText(role: Role, people: readonly Signatory[], total: number, reported: string, lang: Locale): string {
  const roleName = t(lang, `role.${role}`);
  if (people.length === 0) return [t(lang, 'ask.list.none', { total, role: roleName }), t(lang, 'ask.list.partial', { reported })].join('\n\n');
  const lines = people.map((p) => `• ${p.name} (${p.knownFor[lang]})${p.confidence === 'weak' ? `: ${t(lang, 'ask.list.weak')}` : ''}`);
  return [t(lang, 'ask.list.text', { count: people.length, total, role: roleName }), lines.join('\n'), t(lang, 'ask.list.partial', { reported })].join('\n\n');
}

/** "A (date) came N days before B (date)", oldest first, whatever order the question named them in. */
export function compareText(events: readonly [TimelineEvent, TimelineEvent], lang: Locale): string {
  const [first, second] = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) as [TimelineEvent, TimelineEvent];
  const days = Math.round((Date.parse(second.date) - Date.parse(first.date)) / 86_400_000);
  const params = { first: first.title[lang], second: second.title[lang], firstDate: formatDay(first.date, lang), secondDate: formatDay(second.date, lang), days };
  const head = t(lang, days === 0 ? 'ask.compare.same_day' : 'ask.compare.before', params);
  return [head, `• ${formatDay(first.date, lang)}: ${first.detail[lang]}`, `• ${formatDay(second.date, lang)}: ${second.detail[lang]}`].join('\n\n');
}

/** What the press reported for a figure and what the sources say. */
export function deviationText(deviations: readonly Deviation[], lang: Locale): string {
  return deviations.map((d) => t(lang, 'ask.number.deviation', { said: d.articleSays, correction: d.sourcesSay[lang] })).join('\n\n');
}

/** "Did you mean…?" choices: each re-asks a fact's own question, which answers exactly that fact. */
export function clarifyChoices(candidates: readonly AskCandidate[], lang: Locale): ReplyChoice[] {
  return candidates.map((c) => ({ label: c.question, command: 'ask', options: { question: c.question, lang }, kind: 'suggestion' as const }));
}
