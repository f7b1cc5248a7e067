import type { CommandDefinition } from '../src/core/command';
import { t } from '../src/core/i18n';
import { detectLanguage, namesInQuestion } from '../src/core/qa';
import { checkSignatory } from './signatory';
import { makeReply, replyToPlainText, type Reply } from '../src/core/reply';

/** `/ask <question>`: a short sourced answer in the question's language, or an honest "only about the letter". */
export const askCommand: CommandDefinition = {
  name: 'ask',
  nameFr: 'question',
  description: { en: 'Ask a question about the letter (English or French)', fr: 'Poser une question sur la lettre (en français ou en anglais)' },
  options: [
    { name: 'question', type: 'string', required: true, maxLength: 200, description: { en: 'Your question, e.g. how many people signed?', fr: 'Votre question, ex. combien de signataires ?' } },
    { name: 'lang', nameFr: 'langue', type: 'string', choices: ['en', 'fr'], maxLength: 2, description: { en: 'Answer language (default: the question’s)', fr: 'Langue de la réponse (par défaut : celle de la question)' } },
  ],
  examples: ['/ask how many people signed?', '/ask combien de signataires ?', '/ask who organised the letter?'],

  run(input, ctx): Reply {
    const question = String(input.question);
    const lang = (input.lang as 'en' | 'fr' | undefined) ?? detectLanguage(question) ?? ctx.locale;
    const { facts } = ctx;
    // "Did Paul McCartney sign?": the same careful answer as /signatory, never a guess. A name that matches a
    // signatory wins; an unknown name of two words or more ("Ben Affleck"), or the subject of "sign" ("did Trump
    // sign?"), is answered "not among our names".
    const names = namesInQuestion(question);
    const person = (names.find((n) => facts.names.match(n.name).verdict === 'signed') ?? names.find((n) => n.subject || n.name.includes(' ')))?.name;
    if (person) {
      const check = checkSignatory(person, { ...ctx, locale: lang });
      const answer = `${check.title}. ${check.text.split('\n\n')[0]}`;
      return { ...check, data: { question, verdict: 'answered', answer, lang, sources: check.sources, signatory: check.data, text: check.data?.text } };
    }
    const found = facts.qa.best(question);
    if (!found) {
      const examples = facts.facts.slice(0, 3).map((f) => `• ${f.questions[lang][0]}`);
      const reply = makeReply({ title: t(lang, 'ask.no_answer.title'), text: [t(lang, 'ask.no_answer.text'), examples.join('\n')].join('\n\n'), tone: 'neutral' });
      return { ...reply, data: { question, verdict: 'no_answer', answer: null, lang, sources: [], text: replyToPlainText(reply, t(lang, 'sources')) } };
    }
    const { fact } = found;
    const quote = fact.quote ? facts.letter.quotes.find((q) => q.id === fact.quote) : undefined;
    const sources = facts.sourceLinks([...fact.sources, ...(quote?.sources ?? [])]);
    const text = quote ? `${fact.answer[lang]}\n\n> ${t(lang, 'ask.quote', { quote: quote.text })}` : fact.answer[lang];
    const reply = makeReply({ title: t(lang, 'ask.title'), text, sources, tone: 'neutral' });
    return {
      ...reply,
      data: { question, verdict: 'answered', answer: fact.answer[lang], lang, fact: fact.id, ...(quote ? { quote: quote.text } : {}), sources, text: replyToPlainText(reply, t(lang, 'sources')) },
    };
  },
};
