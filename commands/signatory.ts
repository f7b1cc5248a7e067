import type { CommandContext, CommandDefinition } from '../src/core/command';
import { t } from '../src/core/i18n';
import { makeReply, replyToPlainText, withData, type Reply } from '../src/core/reply';

/** `/signatory <name>`: did this person sign? Never says "did not sign": only "not among the names we have". */
export const signatoryCommand: CommandDefinition = {
  name: 'signatory',
  nameFr: 'signataire',
  description: { en: 'Check whether someone signed the Hollywood AI-copyright letter', fr: 'Vérifier si une personne a signé la lettre d’Hollywood sur l’IA' },
  options: [
    {
      name: 'name',
      nameFr: 'nom',
      type: 'string',
      required: true,
      maxLength: 200,
      autocomplete: true,
      description: { en: 'The person’s name (typos, missing accents and surname only are fine)', fr: 'Le nom de la personne (fautes, accents manquants et nom seul acceptés)' },
    },
  ],
  examples: ['/signatory cate blanchet', '/signatory Ben Affleck', '/signatory Paul', '/signatory Gordon-Levitt'],

  run(input, ctx): Reply {
    return checkSignatory(String(input.name), ctx);
  },

  suggest(option, typed, ctx) {
    if (option !== 'name') return [];
    return ctx.facts.names.suggest(typed, 25).map((c) => ({ label: c.name, value: c.name }));
  },
};

/** The signatory answer for a name, in `ctx.locale`: also used by `/ask` for "did … sign?". */
export function checkSignatory(query: string, ctx: CommandContext): Reply {
  const { facts, locale } = ctx;
  const result = facts.names.match(query);
  const count = facts.signatories.length;
  const reported = facts.letter.reportedSignatories.label;
  const finish = (reply: Reply, data: Record<string, unknown>): Reply => {
    const text = replyToPlainText(reply, t(locale, 'sources'));
    return withData(reply, { query }, data, { text });
  };

  if (result.verdict === 'signed' && result.match) {
    const person = facts.signatory(result.match.id)!;
    const sources = facts.sourceLinks(person.sources);
    const notes = [t(locale, 'signatory.signed.text', { name: person.name, knownFor: inline(person.knownFor[locale]) })];
    if (result.match.method === 'surname') notes.push(t(locale, 'signatory.signed.surname'));
    if (result.match.method === 'fuzzy') notes.push(t(locale, 'signatory.signed.typo', { name: person.name, query }));
    if (person.confidence === 'weak') notes.push(t(locale, 'signatory.signed.weak', { publishers: sources.map((s) => s.publisher).join(', ') }));
    const reply = makeReply({
      // A name only smaller sites report never gets a bare "Yes": the headline itself says so.
      title: t(locale, person.confidence === 'weak' ? 'signatory.signed.weak_title' : 'signatory.signed.title', { name: person.name }),
      text: notes.join('\n\n'),
      fields: [
        { name: t(locale, 'signatory.field.known_for'), value: person.knownFor[locale] },
        { name: t(locale, 'signatory.field.confidence'), value: t(locale, `signatory.confidence.${person.confidence}`) },
      ],
      sources,
      tone: person.confidence === 'weak' ? 'uncertain' : 'positive',
    });
    return finish(reply, {
      verdict: 'signed',
      confidence: person.confidence,
      match: { name: person.name, known_for: person.knownFor.en, confidence: person.confidence, method: result.match.method, score: result.match.score, sources },
      candidates: [],
    });
  }

  // Why "400+" and why the list is partial: the main outlets that reported the count.
  const countSources = facts.sourceLinks(facts.letter.reportedSignatories.sources).slice(0, 3);
  if (result.verdict === 'ambiguous') {
    const people = result.candidates.map((c) => facts.signatory(c.id)!);
    const reply = makeReply({
      title: t(locale, 'signatory.ambiguous.title'),
      text: [
        t(locale, `signatory.ambiguous.${reasonKey(result.reason)}`, { query }),
        people.map((p) => `• ${p.name} (${inline(p.knownFor[locale])})`).join('\n'),
        t(locale, 'signatory.ambiguous.pick'),
      ].join('\n\n'),
      choices: people.map((p) => ({ label: p.name, command: 'signatory', options: { name: p.name }, kind: 'suggestion' as const })),
      sources: facts.sourceLinks(people.flatMap((p) => p.sources)).slice(0, 5),
      tone: 'uncertain',
    });
    return finish(reply, { verdict: 'ambiguous', match: null, candidates: result.candidates.map(({ name, score }) => ({ name, score })) });
  }

  const reply = makeReply({
    title: t(locale, 'signatory.not_listed.title', { count }),
    text: t(locale, 'signatory.not_listed.text', { query, count, reported }),
    sources: countSources,
    tone: 'negative',
  });
  return finish(reply, { verdict: 'not_listed', match: null, candidates: [], known_names: count, reported_signatories: reported });
}

/** "Actress" → "actress" inside a sentence; "TV writer" and proper nouns stay as they are. */
function inline(phrase: string): string {
  return /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
}

function reasonKey(reason: string): 'first_name_only' | 'shared_surname' | 'same_name' | 'typo' | 'extra_names' {
  switch (reason) {
    case 'first_name_only':
    case 'shared_surname':
    case 'same_name':
    case 'extra_names':
      return reason;
    default:
      return 'typo';
  }
}
