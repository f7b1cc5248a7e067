import { z } from 'zod';

/** A date as precise as the source gives it: `2025`, `2025-03` or `2025-03-17`; `n.d.` when undated. */
const sourceDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/, 'YYYY, YYYY-MM, YYYY-MM-DD or n.d.');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case id with dashes');
const sourceIds = z.array(id).min(1, 'every fact needs at least one source');
const text = z.string().trim().min(1);
/** The same text in both languages the bot speaks. */
const bilingual = z.object({ en: text, fr: text }).strict();

export const sourceSchema = z
  .object({
    id,
    publisher: text,
    title: text,
    url: z.url({ protocol: /^https$/ }),
    date: sourceDate,
    lang: z.enum(['en', 'fr']),
    /** `major`: an outlet's own page or a known outlet; `minor`: a mirror, aggregator or small site. */
    tier: z.enum(['major', 'minor']),
    note: text.optional(),
    /** The copy the text was read from when `url` is the outlet's own page (mirror, repost, archive): never the main link. */
    via: z.object({ url: z.url({ protocol: /^https?$/ }), note: text }).strict().optional(),
  })
  .strict();

/** What a signatory is known for, for list questions ("which directors signed?"). */
export const ROLES = ['actor', 'director', 'writer', 'producer', 'musician', 'comedian', 'showrunner'] as const;
export type Role = (typeof ROLES)[number];

export const signatorySchema = z
  .object({
    id,
    name: text,
    /** Other spellings seen in print (e.g. the article's misspellings) and common short forms. */
    aliases: z.array(text).default([]),
    knownFor: bilingual,
    roles: z.array(z.enum(ROLES)).min(1, 'every signatory needs at least one role'),
    sources: sourceIds,
    /** `weak`: only minor sites name this person; answers say so and never rank it above a major entry. */
    confidence: z.enum(['major', 'weak']),
    note: text.optional(),
  })
  .strict();

export const timelineEventSchema = z
  .object({
    id,
    date: isoDay,
    title: bilingual,
    detail: bilingual,
    /**
     * Other general names of the event, per language ("EO 14179", "décret 14179"): /ask reads them as its title.
     * Never a question's wording; the event's sources back them.
     */
    aliases: z.object({ en: z.array(text), fr: z.array(text) }).strict().optional(),
    sources: sourceIds,
  })
  .strict();

export const quoteSchema = z
  .object({
    id,
    /** Verbatim words of the letter, as printed by the sources. */
    text,
    sources: sourceIds,
  })
  .strict();

/** One answerable fact for `/ask`: the answer in both languages and the ways people ask for it. */
export const factSchema = z
  .object({
    id,
    topic: text,
    answer: bilingual,
    questions: z.object({ en: z.array(text).min(2), fr: z.array(text).min(2) }).strict(),
    keywords: z.object({ en: z.array(text).min(1), fr: z.array(text).min(1) }).strict(),
    quote: id.optional(),
    sources: sourceIds,
  })
  .strict();

export const deviationSchema = z
  .object({
    id,
    articleSays: text,
    sourcesSay: bilingual,
    sources: sourceIds,
  })
  .strict();

export const letterSchema = z
  .object({
    submitted: z.object({ date: isoDay, sources: sourceIds }).strict(),
    /** The signatory count most outlets reported, e.g. "400+". */
    reportedSignatories: z.object({ label: text, sources: sourceIds }).strict(),
    quotes: z.array(quoteSchema).min(1),
  })
  .strict();

/** Words in both languages that mean one thing, for `/ask`: one term list per concept, role or question cue. */
const phrases = z.array(text).min(1);
const phrasesByLanguage = z.object({ en: phrases, fr: phrases }).strict();
export const CUES = ['quote', 'compare', 'check', 'list', 'onList', 'yesno', 'wh', 'between', 'another', 'alike', 'refers', 'private', 'kin', 'according', 'alternative', 'present', 'self', 'within', 'span', 'naming', 'which', 'also', 'relative', 'since', 'among', 'except', 'thatOf', 'someone', 'task', 'help', 'incumbent', 'earlier', 'sameDay', 'howLong', 'hedge'] as const;
export type Cue = (typeof CUES)[number];
/**
 * Named word lists /ask reads a question's grammar with (`data/concepts.json` `wordLists`): folded words (no accents,
 * split at apostrophes as questions are), each list with a short note of what it is for.
 */
export const WORD_LISTS = [
  'purposeOpenings',
  'premiseOpenings',
  'trailingRelatives',
  'questionWordLeads',
  'signedDocuments',
  'timeBeforeDate',
  'perfectAuxiliaries',
  'toWhomLinks',
  'strandedLinks',
  'writingVerbs',
  'merelyWords',
  'addressingWords',
  'addressedTo',
  'addressArticles',
  'added',
  'someone',
  'singularPronouns',
  'oneOf',
  'memberPickers',
  'titleArticles',
  'ofWords',
  'ownerLinks',
  'nameOrigins',
  'kindCopulas',
  'kindArticles',
  'groupArticles',
  'countNameArticles',
  'groupRelatives',
  'cleftCopulas',
  'cleftPronouns',
  'cleftRelatives',
  'cleftAuxiliaries',
  'asideRelatives',
  'objectPronouns',
  'causativeVerbs',
  'gotVerbs',
  'causedSigners',
  'causativeIdiomLeads',
  'signedBy',
  'askingWords',
  'articles',
  'sourceDocuments',
  'headlineWords',
  'judgeTitles',
  'sourceLinks',
  'sourceVerbs',
  'coverageVerbs',
  'promiseWords',
  'outletNames',
  'outletAttributions',
  'narrowingLinks',
  'taskOpeners',
  'letterPronounsAfter',
  'letterPronounsBefore',
  'otherCountries',
  'lawNouns',
  'governmentNouns',
  'inPlaceAsking',
  'askLeadFillers',
  'questionLabels',
  'dottedAbbreviations',
  'questionJoiners',
  'currencyWords',
  'shareWords',
  'shareNouns',
  'partitiveWords',
  'letterTopicWords',
  'letterFollowers',
  'listNouns',
  'demonstratives',
  'pairPointers',
  'consultationBodies',
  'groupNouns',
  'holdingVerbs',
  'futureAuxiliaries',
  'nextWords',
  'claimVerbs',
  'renderingVerbs',
  'claimLinks',
  'askerSubjects',
  'eraWords',
  'remarkCopulas',
  'shortYearLeads',
  'aboutWords',
  'countRounding',
  'countApproximators',
  'signerNouns',
  'signerNounModifiers',
  'letterNouns',
  'planVerbs',
  'beOpeners',
  'phraseAdverbs',
  'nameTailAdverbs',
  'organisationNouns',
  'containVerbs',
  'companyNames',
  'affiliationWords',
  'courtNouns',
  'paymentWords',
  'besidesWords',
  'statementNouns',
  'partNouns',
  'botNames',
  'indefiniteArticles',
  'remarkOn',
  'timeUnits',
  'yearUnits',
  'spanUnits',
  'anyOneWords',
  'pastDatedNext',
  'yesNoAuxiliaries',
  'participleAuxiliaries',
  'progressiveAuxiliaries',
  'negations',
  'lightVerbs',
  'subjectDeterminers',
  'doVerbs',
  'sayingVerbs',
  'nameOnlyWords',
  'pastAuxiliaries',
  'doneAuxiliaries',
  'doneQuestionWords',
  'doneOpenings',
  'invertedSubjects',
  'pluralInvertedSubjects',
  'invertedLinks',
  'possessiveMarks',
  'sinceAuxiliaries',
  'orWords',
  'orNotWords',
  'ruledOutWords',
  'whichOneWords',
  'elseWords',
  'nameParticles',
  'subjectEchoes',
  'objectRelatives',
  'overviewWords',
  'overviewWhat',
  'overviewLinks',
  'definitionWhat',
  'infoRequests',
  'frenchInfoRequests',
  'fieldOpeners',
  'laterWords',
  'laterAfterWords',
  'filingNouns',
  'complementLinks',
  'signParticles',
  'kinLinks',
  'kinArticles',
  'associateWords',
  'playedPartNouns',
  'ordinalEndings',
  'andWords',
  'chatAndWords',
  'inWords',
  'beForms',
  'rangeOpeners',
  'rangeClosers',
  'separatingVerbs',
  'separatingJoiners',
  'frenchSeparatingVerbs',
  'frenchSeparatingJoiners',
  'frenchSeparatingOpeners',
  'stillWords',
  'releasedVerbs',
  'comingVerbs',
  'elapsingVerbs',
  'strikeOpeners',
  'goingVerbs',
  'alreadyWords',
  'doneByOpeners',
  'doneByAuxiliaries',
  'signSlipAuxiliaries',
  'signSlipObjects',
  'signSlipParticles',
  'signSlipArticles',
  'signSlipNouns',
  'signSlipExempt',
  'sungForms',
  'sungPresentForms',
  'sungArticles',
  'sungNouns',
  'signSlipGrammar',
  'afterwardsAdverbs',
  'goingOnVerbs',
  'letterReferents',
  'vagueLetterNouns',
  'pointingPronouns',
  'onWords',
  'elidedObjectAuxiliaries',
  'nearFutureVerbs',
  'askerWords',
  'asideOpenings',
  'asideRequestVerbs',
  'formatUnits',
  'formatLeads',
  'tiedOpenings',
  'deskNouns',
  'outputNouns',
  'runVerbs',
  'runNouns',
  'clockWords',
  'clockLeads',
  'otherTexts',
  'givenNames',
  'soleFirstNames',
  'titledSurnames',
  'honourTitles',
  'signingActs',
  'thenAdverbs',
  'nameNouns',
  'placeOpeners',
  'placeQuestionWords',
  'originWords',
  'timeNouns',
  'indefiniteThings',
  'thanksTails',
  'closingParticles',
  'resumingWords',
  'particleLeads',
  'openingCourtesies',
  'filingPossessives',
  'filingOwnWords',
  'filingParticles',
  'companySides',
  'laughWords',
  'filingObjectPronouns',
] as const;
export type WordList = (typeof WORD_LISTS)[number];
const foldedWord = z.string().regex(/^[a-z0-9]+$/, 'one folded word: lower case, no accents');
const wordList = z.object({ purpose: text, words: z.array(foldedWord).min(1) }).strict();
/**
 * Named endings of words /ask reads a word's kind by (`data/concepts.json` `wordEndings`): a word is of the kind when it
 * is `stem` letters or more followed by one of the `endings` ("passera": a French future; "publicly": an adverb of manner).
 */
export const WORD_ENDINGS = ['futureInverted', 'infinitive', 'agentNouns', 'mannerAdverbs'] as const;
export type WordEnding = (typeof WORD_ENDINGS)[number];
const wordEnding = z.object({ purpose: text, stem: z.number().int().min(0).max(8), endings: z.array(foldedWord).min(1) }).strict();

export const conceptsSchema = z
  .object({
    /** Stop words on top of the `stopword` package's English and French lists (chatter, contractions). */
    stopwords: z.object({ en: z.array(text), fr: z.array(text) }).strict(),
    /** Synonyms and EN↔FR equivalents that count as one search term; `weight` < 1 for question words. */
    concepts: z.array(z.object({ id, weight: z.number().gt(0).max(1).optional(), en: phrases, fr: phrases }).strict()).min(1),
    /** What people call each signatory role (filmmaker → director, chanteuse → musician). */
    roles: z.object(Object.fromEntries(ROLES.map((r) => [r, phrasesByLanguage])) as Record<Role, typeof phrasesByLanguage>).strict(),
    /**
     * The field a role works in, named in a question about signing instead of the role ("côté musique, qui a signé ?",
     * "in music, who signed?"): folded words, only for a field that one role alone works in (film is actors' and
     * directors' both).
     */
    roleFields: z.object(Object.fromEntries(ROLES.map((r) => [r, z.array(foldedWord).min(1)])) as Record<Role, z.ZodArray<typeof foldedWord>>).partial().strict(),
    /** Words that tell what kind of question it is (a quote, a comparison, a check, a list, yes/no). */
    cues: z.object(Object.fromEntries(CUES.map((c) => [c, phrasesByLanguage])) as Record<Cue, typeof phrasesByLanguage>).strict(),
    /**
     * Phrases of asking that lead into the question inside a longer message ("I'd like to know", "pourriez-vous me
     * rappeler"): what follows the last of them is the question, read first.
     */
    askLeads: phrasesByLanguage.optional(),
    /**
     * Phrases that open a claim to check ("Claim:", "a reader says that", "vrai ou faux :", "un lecteur affirme que") and
     * phrases that close one ("true?", "is that right?", "c'est juste ?"): what they frame is read as the question.
     */
    claimLeads: phrasesByLanguage.optional(),
    claimTags: phrasesByLanguage.optional(),
    /**
     * What only names the slot asked for, never what it is asked about: question-word concepts ("who", "when"), what
     * happened next ("then", "ensuite") and slot words ("date", "total"). A question of these alone ("the date, then?",
     * "et ensuite ?", "ça date de quand ?") is a follow-up to something said before, which /ask never sees: declined.
     */
    followUps: z
      .object({
        concepts: z.array(id),
        en: z.array(text),
        fr: z.array(text),
        /**
         * Words that open a reply of thanks ("thanks", "merci beaucoup"): such a message that asks nothing (no question
         * mark, no question word, no yes/no verb) answers what /ask said before ("merci, ça m'aide pour la vérif"): no question.
         */
        thanks: phrasesByLanguage.optional(),
      })
      .strict()
      .optional(),
    /**
     * Chat shorthand typed as a figure, read as the word it stands for ("sent 2 the White House": "to"): only between a
     * word of letters (no stop word, no month) and a stop word of its language, where no figure stands.
     */
    shorthand: z.object({ en: z.record(z.string().regex(/^\d+$/), text), fr: z.record(z.string().regex(/^\d+$/), text) }).strict().optional(),
    /**
     * Newsroom abbreviations and nicknames, read as what they stand for before a question is parsed ("OAI" → "OpenAI",
     * "WH" → "White House", "macca" → "McCartney"). A key typed with a capital matches only as typed ("CO" is the Copyright
     * Office, "co" no word of it); a key in lower case matches in any case. Whole words only: never inside a hyphenated
     * word ("co-founder") nor a longer word. A key of several words (one space between them) is a name as heard and
     * typed by its sounds ("goo gull" → "Google"): its words in a row, with any spaces between them.
     */
    abbreviations: z.record(z.string().regex(/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u), text).optional(),
    /**
     * Premises /ask corrects: slots of the story (to whom the letter went, when, who organised it, whom it answers…)
     * that a question about the letter may give a wrong value for ("sent to Congress", "filed in April"). When the
     * question is about `subject` (any of these concepts), asserts the slot (one of the `asserts` concepts, or a value
     * within `near` words of the subject) and gives a value of the slot's class that `fact` does not hold, that fact
     * answers, as a correction. Values: dates, figures, people the signatory matcher knows, or names of a class.
     */
    premises: z
      .array(
        z
          .object({
            id,
            fact: id,
            subject: z.array(id).min(1),
            asserts: z.array(id),
            near: z.number().int().min(1).max(6).optional(),
            /** The only words (folded) that may stand between the subject and a value by it, besides other values: "la lettre de janvier" dates the letter, "answered the letter in April" the answering. */
            nearVia: z.array(z.string().regex(/^[a-z]+$/)).optional(),
            /** The question type that asks for the slot's value ("who" for who organised it): such a question asserts none. */
            asks: z.enum(['who', 'when', 'how_many', 'which', 'yes_no', 'compare', 'list', 'quote', 'other']).optional(),
            /** The value must come within this many words after an `asserts` concept (the object of "sent to", "adressée à"). */
            after: z.number().int().min(1).max(8).optional(),
            /** …or within this many words before one: the subject of its verb ("Congress received the letter", "quand Biden l'a reçue"). */
            before: z.number().int().min(1).max(8).optional(),
            /** The slot's fact says its values are not so ("the letter never names Trump"): a value it names is wrong though the fact holds it. */
            denies: z.boolean().optional(),
            /** Words one of which the question must hold: whom the slot is about ("Lyonne's company": the organisers'). */
            with: z.array(text).optional(),
            /**
             * Another fact holds the true value when the question dates what it says in a month (1 for January): "Disney
             * sued OpenAI in December" mistakes Disney's deal with OpenAI that month for a lawsuit; in June, the lawsuit
             * Disney did file that month (against Midjourney), which `fact` gives.
             */
            byMonth: z.record(z.string().regex(/^(?:[1-9]|1[0-2])$/), id).optional(),
            /**
             * Facts about other things the subject may name (a later executive order beside the one the letter's
             * consultation came from): a value one of them holds is no wrong value of the slot ("the December 2025 order"
             * names that order rightly).
             */
            others: z.array(id).optional(),
            /**
             * The subject counts only when no indefinite article stands right before it: "did Trump sign an order on AI in
             * 2026?" asks whether some order exists, and claims nothing of the story's own ("his order", "the decree").
             */
            definite: z.boolean().optional(),
            values: z
              .object({
                dates: z.boolean().optional(),
                figures: z.boolean().optional(),
                /** A count typed right before a word of the `years` concept ("300 years", "plus de 100 ans"): a span of time, no figure. */
                spans: z.boolean().optional(),
                people: z.boolean().optional(),
                names: z.boolean().optional(),
                en: z.array(text).optional(),
                fr: z.array(text).optional(),
              })
              .strict(),
          })
          .strict(),
      )
      .optional(),
    /**
     * What a question may ask of an event, a body or a person that only a fact saying it answers: an appeal, a trial,
     * a vote, a cost, who runs it, how a party answered in court. A question holding one of an entry's phrases is
     * answered (or offered a choice) only by a fact whose texts hold one of them too, in either language, or one of its
     * `says` phrases (what says it in other words: "paid" for a cost); else it is declined. Its `except` phrases hold
     * an asking phrase without asking it ("now that…", "maintenant que…": a clause of context, not the time asked about).
     * `signing: false`: never asked of a signing ("did the creator of lost sign?" asks whether he signed, not of a loss).
     * `counted: true`: said only by a figure right before one of its phrases ("200 million users"), never the word alone.
     * `countAsked: true`: asked in a count ("how many writers voted?"), said only by a figure right before one of its
     * phrases, as `counted` is: the word alone ("its members ratified the contract") says it happened, not how many.
     * `countOnly: true`: asked only by a count, its phrase after a word of counting or right before one ("how much did
     * the studios lose", « ils ont perdu combien »: an amount lost); a loss that only sets the scene of another count
     * ("after Meta lost…, how much did it pay?") asks nothing.
     * `afterLetter: true`: said too by any fact whose own event (its answer's first date) falls after the letter's filing (a new order, a later
     * campaign: what it tells is newer than the story's start, whatever its words).
     * `othersOnly: true`: a fact that never says it still answers (it may correct the premise: "did Disney sue OpenAI?"
     * by their deal); only one that says it of others than the question's names is set aside ("carla hayden a-t-elle
     * porté plainte ?" and a fact where Perlmutter sued).
     * `premiseAside: true`: asked, a premise the question states is not corrected by a fact that does not say it (who
     * spoke of the letter asserts nothing of what the letter names: "macron a-t-il évoqué la lettre avec trump ?").
     */
    attributes: z
      .array(z.object({ id, en: phrases, fr: phrases, says: z.array(text).optional(), except: z.array(text).optional(), signing: z.boolean().optional(), counted: z.boolean().optional(), countAsked: z.boolean().optional(), countOnly: z.boolean().optional(), afterLetter: z.boolean().optional(), othersOnly: z.boolean().optional(), premiseAside: z.boolean().optional() }).strict())
      .optional(),
    /** Word lists of a question's grammar, read by name (see `WORD_LISTS`): what the parser asks of the words around a term. */
    wordLists: z.object(Object.fromEntries(WORD_LISTS.map((l) => [l, wordList])) as Record<WordList, typeof wordList>).strict(),
    wordEndings: z.object(Object.fromEntries(WORD_ENDINGS.map((l) => [l, wordEnding])) as Record<WordEnding, typeof wordEnding>).strict(),
    /**
     * Words that join two things in time as "at the time of" ("had A ended when B began?", "A était finie quand B a
     * commencé ?"): whether one had ended, or was still going on, when the other happened is their order in time.
     */
    overlapJoints: phrasesByLanguage,
  })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.concepts.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `duplicate concept id ${c.id}` });
      seen.add(c.id);
    });
    (data.followUps?.concepts ?? []).forEach((c, k) => {
      if (!seen.has(c)) ctx.addIssue({ code: 'custom', path: ['followUps', 'concepts', k], message: `unknown concept id ${c}` });
    });
    (data.premises ?? []).forEach((p, i) => {
      for (const key of ['subject', 'asserts'] as const) {
        p[key].forEach((c, k) => {
          if (!seen.has(c)) ctx.addIssue({ code: 'custom', path: ['premises', i, key, k], message: `unknown concept id ${c}` });
        });
      }
    });
  });
export type ConceptData = z.infer<typeof conceptsSchema>;

/**
 * `data/examples.json`: questions people asked, each with the fact that answers it (null: none does), that /ask
 * learns from (its nearest-question channel). Generated from the evaluation's dev split by `npm run learn:ask`,
 * never from the test split; no source of their own: they are questions, not facts.
 */
export const examplesSchema = z
  .object({
    about: z.string().min(1),
    examples: z.array(z.object({ id: z.string().min(1), lang: z.enum(['en', 'fr']), q: z.string().min(1), fact: z.string().min(1).nullable() }).strict()),
  })
  .strict();
export type ExampleData = z.infer<typeof examplesSchema>;

export const factBaseSchema = z
  .object({
    sources: z.array(sourceSchema).min(1),
    letter: letterSchema,
    signatories: z.array(signatorySchema).min(1),
    timeline: z.array(timelineEventSchema).min(1),
    facts: z.array(factSchema).min(1),
    deviations: z.array(deviationSchema),
    concepts: conceptsSchema,
    examples: examplesSchema,
  })
  .strict()
  .superRefine((base, ctx) => {
    const known = new Set<string>();
    base.sources.forEach((s, i) => {
      if (known.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id ${s.id}` });
      known.add(s.id);
    });
    const quoteIds = new Set(base.letter.quotes.map((q) => q.id));
    const checkRefs = (path: (string | number)[], refs: readonly string[]): void => {
      refs.forEach((ref, i) => {
        if (!known.has(ref)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown source id ${ref}` });
      });
    };
    const unique = (section: string, items: readonly { id: string }[]): void => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [section, i, 'id'], message: `duplicate id ${item.id}` });
        seen.add(item.id);
      });
    };
    checkRefs(['letter', 'submitted', 'sources'], base.letter.submitted.sources);
    checkRefs(['letter', 'reportedSignatories', 'sources'], base.letter.reportedSignatories.sources);
    base.letter.quotes.forEach((q, i) => checkRefs(['letter', 'quotes', i, 'sources'], q.sources));
    for (const section of ['signatories', 'timeline', 'facts', 'deviations'] as const) {
      unique(section, base[section]);
      base[section].forEach((item, i) => checkRefs([section, i, 'sources'], item.sources));
    }
    base.facts.forEach((f, i) => {
      if (f.quote && !quoteIds.has(f.quote)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'quote'], message: `unknown quote id ${f.quote}` });
    });
    const factIds = new Set(base.facts.map((f) => f.id));
    (base.concepts.premises ?? []).forEach((p, i) => {
      if (!factIds.has(p.fact)) ctx.addIssue({ code: 'custom', path: ['concepts', 'premises', i, 'fact'], message: `unknown fact id ${p.fact}` });
      (p.others ?? []).forEach((fact, k) => {
        if (!factIds.has(fact)) ctx.addIssue({ code: 'custom', path: ['concepts', 'premises', i, 'others', k], message: `unknown fact id ${fact}` });
      });
      for (const [month, fact] of Object.entries(p.byMonth ?? {})) {
        if (!factIds.has(fact)) ctx.addIssue({ code: 'custom', path: ['concepts', 'premises', i, 'byMonth', month], message: `unknown fact id ${fact}` });
      }
    });
    unique('examples', base.examples.examples);
    base.examples.examples.forEach((x, i) => {
      if (x.fact !== null && !factIds.has(x.fact)) ctx.addIssue({ code: 'custom', path: ['examples', 'examples', i, 'fact'], message: `unknown fact id ${x.fact}` });
    });
  });

export type Source = z.infer<typeof sourceSchema>;
export type Signatory = z.infer<typeof signatorySchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Deviation = z.infer<typeof deviationSchema>;
export type FactBaseData = z.infer<typeof factBaseSchema>;
