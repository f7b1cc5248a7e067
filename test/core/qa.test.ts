import { contentWords, detectLanguage, namesInQuestion } from '../../src/core/qa';
import { realFacts } from '../helpers/core';

const best = (q: string): string | undefined => realFacts().qa.best(q)?.fact.id;

describe('Q&A intent matching on the real fact base', () => {
  const questions: [string, string][] = [
    ['how many people signed?', 'signatory-count'],
    ['How many signatures did the letter get', 'signatory-count'],
    ['combien de signataires ?', 'signatory-count'],
    ['Combien de personnes ont signé la lettre ?', 'signatory-count'],
    ['who organised the letter?', 'organisers'],
    ['who organized it', 'organisers'],
    ['qui a organisé la lettre ?', 'organisers'],
    ['when was the letter sent?', 'submission-date'],
    ['quand la lettre a-t-elle été envoyée ?', 'submission-date'],
    ['who was the letter addressed to?', 'recipient'],
    ['à qui la lettre était-elle adressée ?', 'recipient'],
    ['what does the letter ask for?', 'demands'],
    ['que demandent les signataires ?', 'demands'],
    ['how much in wages does the industry pay?', 'economic-stakes'],
    ['combien d’emplois dans l’industrie du divertissement ?', 'economic-stakes'],
    ['what did OpenAI argue?', 'openai-argument'],
    ['what did Google propose about fair use?', 'google-argument'],
    ['does the letter mention Trump by name?', 'trump-named'],
    ['what was the January 2025 executive order?', 'executive-order-14179'],
    ['what happened with the 2023 strikes?', 'strikes-2023'],
    ['les grèves de 2023 à Hollywood', 'strikes-2023'],
    ['what did BFMTV get wrong?', 'article-errors'],
    ['where can I read the full list of signatories?', 'full-text-and-list'],
    ['what happened to the AI Action Plan in July?', 'ai-action-plan-outcome'],
    ['how much is Google valued in the letter?', 'tech-valuations'],
  ];

  it.each(questions)('%s → %s', (question, factId) => {
    expect(best(question)).toBe(factId);
  });

  const offTopic = [
    "what's the weather in Paris?",
    'who won the world cup?',
    'quelle heure est-il ?',
    'recommend me a pizza recipe',
    'what is the capital of Australia',
    'asdfgh qwerty',
  ];

  it.each(offTopic)('off-topic "%s" → no answer', (question) => {
    expect(best(question)).toBeUndefined();
  });
});

describe('language detection', () => {
  it.each([
    ['combien de signataires ?', 'fr'],
    ['Qui a signé la lettre', 'fr'],
    ["qu'est-ce que demande la lettre", 'fr'],
    ['how many people signed?', 'en'],
    ['who organised the letter', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null when the words do not tell', () => {
    expect(detectLanguage('Ben Stiller')).toBeNull();
  });

  it('content words drop stop words, keep question words and fold accents', () => {
    expect(contentWords('Qui a signé la lettre ?')).toEqual(['qui', 'signe', 'lettre']);
  });
});

describe('namesInQuestion', () => {
  it.each([
    ['Did Paul McCartney sign?', [{ name: 'Paul McCartney', subject: true }]],
    ['did Ben Affleck sign the letter', [{ name: 'Ben Affleck', subject: true }]],
    ['Is Guillermo del Toro a signatory?', [{ name: 'Guillermo del Toro', subject: true }]],
    ['Est-ce que Cate Blanchett a signé ?', [{ name: 'Cate Blanchett', subject: true }]],
    ['Ben Stiller a-t-il signé la lettre ?', [{ name: 'Ben Stiller', subject: true }]],
    ['Has Stiller signed?', [{ name: 'Stiller', subject: true }]],
    ['Did Trump sign the letter?', [{ name: 'Trump', subject: true }]],
    ['What executive order did Trump sign in January 2025?', [{ name: 'Trump', subject: false }]],
    ['Which order did Trump sign, and when was the letter sent?', [{ name: 'Trump', subject: false }]],
    ['How many Hollywood figures signed the open letter?', []],
    ['Name some famous people who signed', []],
  ])('%s → %j', (question, names) => {
    expect(namesInQuestion(question)).toEqual(names);
  });

  it('nothing when the question is not about signing', () => {
    expect(namesInQuestion('Who is Ben Stiller married to?')).toEqual([]);
    expect(namesInQuestion('how many people signed?')).toEqual([]);
  });
});
