import type { Locale } from './reply';

type Params = Record<string, string | number>;

const en = {
  'sources': 'Sources',
  'error.title': 'Sorry, I could not do that',
  'error.input_empty': 'Please give me something to look up{example}.',
  'error.input_too_long': 'That is {length} characters; please keep it under {max}.',
  'error.input_control': 'That text contains only invisible control characters; please type it again.',
  'error.input_mention': 'Please leave out mentions such as @everyone or <@user>: type just the name or question.',
  'error.input_no_text': 'I could not find any letters or digits in that; please type a name or a question in words.',
  'error.input_choice': '"{value}" is not one of: {choices}.',
  'error.date_invalid': '"{value}" is not a date I understand; use YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-03-15).',
  'error.date_range': 'The start date {from} is after the end date {to}.',
  'error.unknown_command': 'There is no /{command} command. Try /help.',
  'error.unknown_option': '/{command} has no option "{option}".',
  'error.not_allowed': 'Only channel managers can do that.',
  'error.internal': 'Something went wrong on our side and the team has been told. Please try again in a moment.',
  'error.page': 'There is no page {page}; the last page is {pages}.',
  'signatory.signed.title': 'Yes: {name} is among the signatories',
  'signatory.signed.text': '{name} ({knownFor}) is named as a signatory of the March 2025 open letter by the sources below.',
  'signatory.signed.weak': 'Only smaller sites report this name ({publishers}); no major outlet in our sources lists it, so treat it as unconfirmed.',
  'signatory.signed.surname': 'You typed a surname only; it matches one name in our list.',
  'signatory.signed.typo': 'Read as "{name}" (you typed "{query}").',
  'signatory.not_listed.title': 'Not among the {count} names we have from sources',
  'signatory.not_listed.text': '"{query}" is not among the {count} signatories named by our sources. The letter had {reported} signatories and the full list is not public in our sources, so this does not mean they did not sign.',
  'signatory.ambiguous.title': 'Did you mean…?',
  'signatory.ambiguous.first_name_only': 'A first name alone is not enough to be sure. Signatories in our list with that name:',
  'signatory.ambiguous.shared_surname': 'Several signatories in our list share that name:',
  'signatory.ambiguous.same_name': 'Several signatories in our list match that name:',
  'signatory.ambiguous.typo': '"{query}" is not in our list as typed, but it is close to:',
  'signatory.ambiguous.extra_names': '"{query}" has more names than any signatory in our list; it is close to:',
  'signatory.ambiguous.pick': 'Pick a name to check it.',
  'signatory.field.known_for': 'Known for',
  'signatory.field.confidence': 'Confidence',
  'signatory.confidence.major': 'named by at least one major outlet',
  'signatory.confidence.weak': 'reported by smaller sites only',
  'timeline.title': 'Timeline of the story',
  'timeline.title.range': 'Timeline: {from} to {to}',
  'timeline.empty': 'No dated events between {from} and {to} in our timeline (it runs from {first} to {last}).',
  'timeline.page': 'Page {page} of {pages} · {count} events',
  'timeline.previous': '◂ Previous',
  'timeline.next': 'Next ▸',
  'ask.title': 'Answer',
  'ask.quote': 'From the letter: “{quote}”',
  'ask.no_answer.title': 'I can only answer questions about the letter',
  'ask.no_answer.text': 'I answer questions about the March 2025 Hollywood open letter on AI and copyright, from sourced facts only. I found nothing about that. You could ask, for example:',
  'help.title': 'letterbot: the Hollywood AI-copyright letter, sourced',
  'help.text': 'I answer questions about the open letter in which 400+ Hollywood figures asked the White House in March 2025 to uphold copyright against AI companies. Every answer lists its sources.',
  'help.examples': 'Examples',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  'sources': 'Sources',
  'error.title': 'Désolé, je n’ai pas pu faire cela',
  'error.input_empty': 'Donnez-moi quelque chose à chercher{example}.',
  'error.input_too_long': 'Ce texte fait {length} caractères ; merci de rester sous {max}.',
  'error.input_control': 'Ce texte ne contient que des caractères de contrôle invisibles ; merci de le retaper.',
  'error.input_mention': 'Merci de retirer les mentions comme @everyone ou <@utilisateur> : tapez seulement le nom ou la question.',
  'error.input_no_text': 'Je ne trouve ni lettre ni chiffre dans ce texte ; tapez un nom ou une question en toutes lettres.',
  'error.input_choice': '« {value} » ne fait pas partie de : {choices}.',
  'error.date_invalid': '« {value} » n’est pas une date que je comprends ; utilisez AAAA-MM-JJ, AAAA-MM ou AAAA (ex. 2025-03-15).',
  'error.date_range': 'La date de début {from} est postérieure à la date de fin {to}.',
  'error.unknown_command': 'La commande /{command} n’existe pas. Essayez /help.',
  'error.unknown_option': '/{command} n’a pas d’option « {option} ».',
  'error.not_allowed': 'Seuls les gestionnaires du salon peuvent faire cela.',
  'error.internal': 'Un problème est survenu de notre côté et l’équipe est prévenue. Réessayez dans un instant.',
  'error.page': 'Il n’y a pas de page {page} ; la dernière est la page {pages}.',
  'signatory.signed.title': 'Oui : {name} fait partie des signataires',
  'signatory.signed.text': '{name} ({knownFor}) figure parmi les signataires de la lettre ouverte de mars 2025 selon les sources ci-dessous.',
  'signatory.signed.weak': 'Seuls de petits sites citent ce nom ({publishers}) ; aucun grand média de nos sources ne le mentionne : à considérer comme non confirmé.',
  'signatory.signed.surname': 'Vous n’avez tapé qu’un nom de famille ; il correspond à un seul nom de notre liste.',
  'signatory.signed.typo': 'Compris comme « {name} » (vous avez tapé « {query} »).',
  'signatory.not_listed.title': 'Absent des {count} noms que nos sources citent',
  'signatory.not_listed.text': '« {query} » ne figure pas parmi les {count} signataires cités par nos sources. La lettre comptait {reported} signataires et la liste complète n’est pas publique dans nos sources : cela ne veut pas dire que cette personne n’a pas signé.',
  'signatory.ambiguous.title': 'Vouliez-vous dire… ?',
  'signatory.ambiguous.first_name_only': 'Un prénom seul ne suffit pas pour être sûr. Signataires de notre liste portant ce prénom :',
  'signatory.ambiguous.shared_surname': 'Plusieurs signataires de notre liste portent ce nom :',
  'signatory.ambiguous.same_name': 'Plusieurs signataires de notre liste correspondent à ce nom :',
  'signatory.ambiguous.typo': '« {query} » ne figure pas tel quel dans notre liste, mais ressemble à :',
  'signatory.ambiguous.extra_names': '« {query} » comporte plus de noms qu’aucun signataire de notre liste ; il ressemble à :',
  'signatory.ambiguous.pick': 'Choisissez un nom pour le vérifier.',
  'signatory.field.known_for': 'Connu pour',
  'signatory.field.confidence': 'Fiabilité',
  'signatory.confidence.major': 'cité par au moins un grand média',
  'signatory.confidence.weak': 'cité seulement par de petits sites',
  'timeline.title': 'Chronologie de l’affaire',
  'timeline.title.range': 'Chronologie : du {from} au {to}',
  'timeline.empty': 'Aucun événement daté entre le {from} et le {to} dans notre chronologie (elle va du {first} au {last}).',
  'timeline.page': 'Page {page} sur {pages} · {count} événements',
  'timeline.previous': '◂ Précédent',
  'timeline.next': 'Suivant ▸',
  'ask.title': 'Réponse',
  'ask.quote': 'Extrait de la lettre : « {quote} »',
  'ask.no_answer.title': 'Je ne réponds qu’aux questions sur la lettre',
  'ask.no_answer.text': 'Je réponds aux questions sur la lettre ouverte d’Hollywood de mars 2025 sur l’IA et le droit d’auteur, à partir de faits sourcés uniquement. Je n’ai rien trouvé à ce sujet. Vous pouvez demander par exemple :',
  'help.title': 'letterbot : la lettre d’Hollywood sur l’IA et le droit d’auteur, sourcée',
  'help.text': 'Je réponds aux questions sur la lettre ouverte par laquelle plus de 400 personnalités d’Hollywood ont demandé à la Maison Blanche, en mars 2025, de protéger le droit d’auteur face aux entreprises d’IA. Chaque réponse cite ses sources.',
  'help.examples': 'Exemples',
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, fr };

/** A message in the given language, `{name}` placeholders filled from params. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Map a platform locale ("fr", "fr-FR", "en-US", "de") to one we speak; English by default. */
export function toLocale(raw: string | undefined | null): Locale {
  return raw && raw.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Format an ISO day for people: "15 March 2025" / "15 mars 2025". */
export function formatDay(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
