import { readFileSync } from 'fs';
import path from 'path';
import { Lexicon } from '../../../src/core/ask/lexicon';
import { readNumbers } from '../../../src/core/ask/parse';
import { conceptsSchema } from '../../../src/core/schema';
import { realFacts } from '../../helpers/core';

/** The lexicon of data/concepts.json as the data gives it (schema-checked), built once on first use. */
let built: Lexicon | undefined;
const lexicon = (): Lexicon => (built ??= new Lexicon(conceptsSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../../data/concepts.json'), 'utf8')))));

describe('readNumbers: a time of the clock in a question is no figure of the story', () => {
  it.each(['before the 10 a.m. editorial meeting', 'the portal closed at 11:59 p.m.', 'le journal de 19 h 30', "the show at 4 o'clock", 'rendez-vous à 18 heures 45', 'the 21:15 recap'])(
    '"%s", as a question is read (`clockTimes`) → no figure',
    (text) => {
      expect(readNumbers(lexicon().clockTimes(text)).numbers).toEqual([]);
    },
  );

  it('a figure beside a time still counts: "420 names by 9 a.m." → 420', () => {
    expect(readNumbers('420 names by 9 a.m.').numbers).toEqual([420]);
  });
});

describe('Lexicon: the hour of the asker\'s day is no term', () => {
  const figures = (text: string): string[] =>
    lexicon()
      .read(lexicon().clockTimes(text), 'en')
      .terms.filter((t) => t.kind === 'number')
      .map((t) => t.term);

  it.each(['writing up the 5pm bulletin', 'pour le flash de 7h15', 'le journal de 20 h 30', 'live at 7.40 tonight', 'the 23:15 recap', "the nine o'clock news"])(
    '"%s" → no figure read, nor its minutes',
    (text) => {
      expect(figures(text)).toEqual([]);
    },
  );

  it('a figure that is no hour stays one: "420 signers", "at 2.30 million" (a scale after it), "dans 20 min" (a span)', () => {
    expect(figures('420 signers')).toEqual(['420']);
    expect(figures('at 2.30 million')).toEqual(['230']);
    expect(figures('dans 20 min')).toEqual(['20']);
  });
});

describe('/ask engine: a question framed by the hour of a newsroom deadline', () => {
  const ask = (q: string) => realFacts().ask.ask(q, 'en');

  it('"pour mon papier de 20 h 15, c\'était quand la lettre ?" asks the date, no figure to check → the submission date', () => {
    expect(ask("Pour mon papier de 20 h 15, c'était quand la lettre, au juste ?")).toMatchObject({ verdict: 'answered', fact: { id: 'submission-date' } });
  });

  it('a question whose only figure is the hour of a rundown is no number check', () => {
    expect(ask('before the 11:30 rundown, the letter went to which office exactly?').mode).not.toBe('number');
  });
});
