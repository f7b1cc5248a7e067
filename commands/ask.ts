import { clarifyChoices, compareText, deviationText, listText } from '../src/core/ask/answer';
import type { CommandContext, CommandDefinition } from '../src/core/command';
import { t } from '../src/core/i18n';
import { makeReply, replyToPlainText, withData, type Locale, type Reply } from '../src/core/reply';
import { checkSignatory } from './signatory';

/**
 * Longest question accepted, in characters: room for a question pasted with its newsroom context (a paragraph), well
 * within Discord's 6,000 for an option; a pasted article is still refused politely.
 */
export const ASK_QUESTION_MAX = 500;

/**
 * `/ask <question>`: a short sourced answer in the question's language; "Did you mean…?" choices when two or
 * three facts are close; an honest "only about the letter" when nothing carries the question. How it decides
 * lives in src/core/ask/ (parse, retrieve, calibrate); this file only words the outcome.
 */
export const askCommand: CommandDefinition = {
  name: 'ask',
  nameFr: 'question',
  description: { en: 'Ask a question about the letter (English or French)', fr: 'Poser une question sur la lettre (en français ou en anglais)' },
  options: [
    { name: 'question', type: 'string', required: true, maxLength: ASK_QUESTION_MAX, description: { en: 'Your question, e.g. how many people signed?', fr: 'Votre question, ex. combien de signataires ?' } },
    { name: 'lang', nameFr: 'langue', type: 'string', choices: ['en', 'fr'], maxLength: 2, description: { en: 'Answer language (default: the question’s)', fr: 'Langue de la réponse (par défaut : celle de la question)' } },
  ],
  examples: ['/ask how many people signed?', '/ask combien de signataires ?', '/ask who organised the letter?', '/ask which directors signed?', '/ask did Google file before or after the letter?'],

  run(input, ctx): Reply {
    const question = String(input.question);
    const { facts } = ctx;
    const outcome = facts.ask.ask(question, ctx.locale, input.lang as Locale | undefined);
    const { lang } = outcome;
    const base = { question, lang, verdict: outcome.verdict, mode: outcome.mode, confidence: round(outcome.confidence) };
    // withData, not spreads: see src/core/reply.ts.
    const finish = (reply: Reply, data: Record<string, unknown>): Reply => withData(reply, base, data, { sources: reply.sources, text: replyToPlainText(reply, t(lang, 'sources')) });

    switch (outcome.mode) {
      case 'signatory': {
        // "phil lord et chris miller ?", "Phil Lord and Tom Hanks?": one verdict for each name, never one for all.
        if (outcome.others && outcome.others.length > 0) return severalSignatories([outcome.person, ...outcome.others], { ...ctx, locale: lang }, base);
        // "Did ruffallo sign it?": the same careful verdicts as /signatory, never a guess.
        const check = checkSignatory(outcome.person, { ...ctx, locale: lang });
        const answer = sentence(check.title, check.text.split('\n\n')[0]!);
        const verdict = check.data?.verdict === 'ambiguous' ? 'clarify' : 'answered';
        return withData(check, base, { verdict, answer, sources: check.sources, signatory: check.data, text: check.data?.text });
      }
      case 'list': {
        const reported = facts.letter.reportedSignatories.label;
        const text = listText(outcome.role, outcome.signatories, facts.signatories.length, reported, lang);
        const sources = facts.sourceLinks(outcome.signatories.flatMap((s) => s.sources)).slice(0, 5);
        const reply = makeReply({ title: t(lang, 'ask.list.title', { role: t(lang, `role.${outcome.role}`) }), text, sources, tone: 'neutral' });
        return finish(reply, { answer: text, role: outcome.role, signatories: outcome.signatories.map((s) => s.id) });
      }
      case 'compare': {
        const text = compareText(outcome.events, lang);
        const sources = facts.sourceLinks(outcome.events.flatMap((e) => e.sources));
        const reply = makeReply({ title: t(lang, 'ask.compare.title'), text, sources, tone: 'neutral' });
        return finish(reply, { answer: text, events: outcome.events.map((e) => e.id) });
      }
      default:
        break;
    }

    const candidates = outcome.candidates.map((c) => ({ fact: c.fact.id, question: c.question }));
    if (outcome.verdict === 'clarify') {
      const choices = clarifyChoices(outcome.candidates, lang);
      const intro = t(lang, outcome.candidates.length > 1 ? 'ask.clarify.text' : 'ask.clarify.one');
      const text = [intro, outcome.candidates.map((c) => `• ${c.question}`).join('\n')].join('\n\n');
      const reply = makeReply({ title: t(lang, 'ask.clarify.title'), text, choices, tone: 'uncertain' });
      return finish(reply, { answer: null, candidates, facts: candidates.map((c) => c.fact) });
    }
    if (outcome.verdict === 'no_answer') {
      const examples = facts.facts.slice(0, 3).map((f) => `• ${f.questions[lang][0]}`);
      const reply = makeReply({ title: t(lang, 'ask.no_answer.title'), text: [t(lang, 'ask.no_answer.text'), examples.join('\n')].join('\n\n'), tone: 'neutral' });
      return finish(reply, { answer: null, candidates: [] });
    }

    const { fact, quote, deviations } = outcome;
    const sources = facts.sourceLinks([...(quote?.sources ?? []), ...fact.sources, ...deviations.flatMap((d) => d.sources)]);
    // "Was it sent to Congress?": a wrong value the question gave is corrected by the fact that holds the true one.
    const parts = [outcome.correction ? `${t(lang, 'ask.correction')} ${fact.answer[lang]}` : fact.answer[lang]];
    if (outcome.mode === 'quote' && quote) parts.unshift(`> ${t(lang, 'ask.quote', { quote: quote.text })}`);
    else if (quote) parts.push(`> ${t(lang, 'ask.quote', { quote: quote.text })}`);
    // Asked for exact words we do not hold (another party's, or a passage we have no quote of): said, then paraphrased.
    else if (outcome.mode === 'quote') parts.unshift(t(lang, 'ask.quote.none'));
    if (deviations.length > 0) parts.push(deviationText(deviations, lang));
    const reply = makeReply({ title: t(lang, 'ask.title'), text: parts.join('\n\n'), sources, tone: 'neutral' });
    const data: Record<string, unknown> = { answer: fact.answer[lang], fact: fact.id, facts: [fact.id] };
    if (quote) data.quote = quote.text;
    if (deviations.length > 0) data.deviations = deviations.map((d) => d.id);
    if (outcome.correction) data.correction = outcome.correction;
    data.candidates = candidates;
    return finish(reply, data);
  },
};

/**
 * The signatory verdicts for several names asked about at once: a line and a field for each name, each its own
 * verdict as /signatory words it (a signatory and someone the sources do not name are never both "signed"); the first
 * name's verdict is the reply's `signatory`, every name's in `signatories`. Sources and "did you mean" choices of all.
 */
function severalSignatories(names: readonly string[], ctx: CommandContext, base: Record<string, unknown>): Reply {
  const lang = ctx.locale;
  const checks = names.map((name) => checkSignatory(name, ctx));
  const label = (k: number): string => {
    const match = checks[k]!.data?.match as { name?: unknown } | null | undefined;
    return typeof match?.name === 'string' ? match.name : names[k]!;
  };
  // Each name's own words (who they are, or that the sources do not name them); why a name we do not have is no "did
  // not sign", said once.
  const count = ctx.facts.signatories.length;
  const notes = checks.map((c, k) => (c.data?.verdict === 'not_listed' ? t(lang, 'ask.signatories.not_listed', { query: names[k]!, count }) : c.text.split('\n\n')[0]!));
  const missing = checks.some((c) => c.data?.verdict === 'not_listed');
  const partial = t(lang, 'ask.signatories.partial', { reported: ctx.facts.letter.reportedSignatories.label });
  const text = [...notes, ...(missing ? [partial] : [])].join('\n\n');
  const verdicts = new Set(checks.map((c) => c.tone));
  const sources = [...new Map(checks.flatMap((c) => c.sources).map((s) => [s.url, s])).values()].slice(0, 5);
  const reply = makeReply({
    title: t(lang, 'ask.signatories.title', { count: checks.length }),
    text,
    fields: checks.map((c, k) => ({ name: label(k), value: c.title })),
    sources,
    choices: checks.flatMap((c) => c.choices),
    tone: verdicts.size === 1 ? checks[0]!.tone : 'uncertain',
  });
  const verdict = checks[0]!.data?.verdict === 'ambiguous' ? 'clarify' : 'answered';
  return withData(reply, base, { verdict, answer: text, sources, signatory: checks[0]!.data, signatories: checks.map((c) => c.data), text: replyToPlainText(reply, t(lang, 'sources')) });
}

/** A title and the text after it as one line: a full stop between them unless the title ends a sentence ("Did you mean…?"). */
function sentence(title: string, text: string): string {
  return /[.!?…]\s*$/u.test(title) ? `${title} ${text}` : `${title}. ${text}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
