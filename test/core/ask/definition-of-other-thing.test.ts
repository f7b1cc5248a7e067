import { FactBase } from '../../../src/core/fact-base';
import { realFacts } from '../../helpers/core';

/**
 * "ce qu'est un modèle open-weight", "what's an open-weight model?": a question word, a link and an indefinite article
 * ask what a kind of thing is, a definition only a fact whose topic names that thing gives; a fact that only mentions it
 * (DeepSeek's model "released as open weights") defines nothing: declined. A thing a fact's topic names ("an RFI") is
 * still answered by it, and so is a named thing asked with no article ("c'est quoi DeepSeek ?"). Asked as the examples
 * would be without the dev questions' own wordings (their out-of-fold reading).
 */
describe('/ask engine: a definition of a thing the answering fact only mentions', () => {
  const ask = (q: string, lang: 'en' | 'fr') => realFacts().ask.ask(q, lang);
  let unseen: FactBase | undefined;
  const askUnseen = (q: string, lang: 'en' | 'fr') => {
    const data = realFacts().data;
    const own = new Set(['b171-fr-095', 'b162-en-065']);
    unseen ??= FactBase.fromValidated({ ...data, examples: { ...data.examples, examples: data.examples.examples.filter((e) => !own.has(e.id)) } });
    return unseen.ask.ask(q, lang);
  };

  it.each([
    ["tu peux m'expliquer ce qu'est un modèle open-weight, pour un encadré ?", 'fr'],
    ["c'est quoi un modèle open-weight ?", 'fr'],
    ["what's an open-weight model?", 'en'],
  ] as const)('"%s" → declined', (q, lang) => {
    expect(askUnseen(q, lang).verdict).toBe('no_answer');
  });

  it.each([
    ["what's an RFI in this story who put it out and when", 'en', 'ai-action-plan-rfi'],
    ["c'est quoi DeepSeek ?", 'fr', 'deepseek-china'],
    ['Et le décret IA signé par Biden en 2023, Trump en a fait quoi une fois revenu ?', 'fr', 'executive-order-14179'],
  ] as const)('"%s" → %s', (q, lang, fact) => {
    expect(ask(q, lang)).toMatchObject({ verdict: 'answered', fact: { id: fact } });
  });
});
