import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BATCHES, BATCH_5_PREFIX, BATCH_6_PREFIX, BATCH_7_PREFIX, BATCH_8_PREFIX, BATCH_9_PREFIX, BATCH_10_PREFIX, BATCH_11_PREFIX, BATCH_12_PREFIX, BATCH_13_PREFIX, BATCH_14_PREFIX, BATCH_15_PREFIX, BATCH_16_PREFIX, BATCH_17_PREFIX, BATCH_18_PREFIX, BATCH_19_PREFIX, BATCH_20_PREFIX, BATCH_21_PREFIX, BATCH_22_PREFIX, BATCH_23_PREFIX, BATCH_24_PREFIX, BATCH_25_PREFIX, BATCH_26_PREFIX, BATCH_27_PREFIX, BATCH_28_PREFIX, BATCH_29_PREFIX, BATCH_30_PREFIX, BATCH_31_PREFIX, BATCH_32_PREFIX, BATCH_33_PREFIX, BATCH_34_PREFIX, BATCH_35_PREFIX, BATCH_36_PREFIX, BATCH_37_PREFIX, BATCH_38_PREFIX, BATCH_39_PREFIX, BATCH_40_PREFIX, BATCH_41_PREFIX, BATCH_42_PREFIX, BATCH_43_PREFIX, BATCH_44_PREFIX, BATCH_45_PREFIX, BATCH_46_PREFIX, BATCH_47_PREFIX, BATCH_48_PREFIX, BATCH_49_PREFIX, BATCH_50_PREFIX, BATCH_51_PREFIX, BATCH_52_PREFIX, BATCH_55_PREFIX, BATCH_56_PREFIX, BATCH_57_PREFIX, BATCH_53_PREFIX, BATCH_54_PREFIX, BATCH_60_PREFIX, BATCH_61_PREFIX, BATCH_62_PREFIX, BATCH_63_PREFIX, BATCH_64_PREFIX, BATCH_65_PREFIX, BATCH_66_PREFIX, BATCH_67_PREFIX, BATCH_68_PREFIX, BATCH_69_PREFIX, BATCH_70_PREFIX, BATCH_71_PREFIX, BATCH_72_PREFIX, BATCH_73_PREFIX, BATCH_74_PREFIX, BATCH_75_PREFIX, BATCH_76_PREFIX, BATCH_77_PREFIX, BATCH_78_PREFIX, BATCH_79_PREFIX, BATCH_82_PREFIX, BATCH_83_PREFIX, BATCH_80_PREFIX, BATCH_81_PREFIX, BATCH_86_PREFIX, BATCH_87_PREFIX, BATCH_85_PREFIX, BATCH_84_PREFIX, BATCH_90_PREFIX, BATCH_91_PREFIX, BATCH_89_PREFIX, BATCH_88_PREFIX, BATCH_94_PREFIX, BATCH_95_PREFIX, BATCH_96_PREFIX, BATCH_97_PREFIX, BATCH_98_PREFIX, BATCH_99_PREFIX, BATCH_100_PREFIX, BATCH_101_PREFIX, BATCH_102_PREFIX, BATCH_103_PREFIX, BATCH_104_PREFIX, BATCH_105_PREFIX, BATCH_106_PREFIX, BATCH_107_PREFIX, BATCH_108_PREFIX, BATCH_109_PREFIX, BATCH_110_PREFIX, BATCH_111_PREFIX, BATCH_112_PREFIX, BATCH_113_PREFIX, BATCH_114_PREFIX, BATCH_115_PREFIX, BATCH_116_PREFIX, BATCH_117_PREFIX, BATCH_118_PREFIX, BATCH_119_PREFIX, BATCH_120_PREFIX, BATCH_121_PREFIX, BATCH_122_PREFIX, BATCH_123_PREFIX, BATCH_124_PREFIX, BATCH_125_PREFIX, BATCH_126_PREFIX, BATCH_127_PREFIX, BATCH_128_PREFIX, BATCH_129_PREFIX, BATCH_130_PREFIX, BATCH_131_PREFIX, BATCH_132_PREFIX, BATCH_133_PREFIX, BATCH_134_PREFIX, BATCH_135_PREFIX, BATCH_136_PREFIX, BATCH_137_PREFIX, BATCH_138_PREFIX, BATCH_139_PREFIX, BATCH_140_PREFIX, BATCH_141_PREFIX, BATCH_142_PREFIX, BATCH_143_PREFIX, BATCH_144_PREFIX, BATCH_145_PREFIX, BATCH_146_PREFIX, BATCH_147_PREFIX, BATCH_148_PREFIX, BATCH_149_PREFIX, BATCH_150_PREFIX, BATCH_151_PREFIX, BATCH_152_PREFIX, BATCH_153_PREFIX, BATCH_154_PREFIX, BATCH_155_PREFIX, BATCH_156_PREFIX, BATCH_157_PREFIX, BATCH_158_PREFIX, BATCH_159_PREFIX, BATCH_160_PREFIX, BATCH_161_PREFIX, BATCH_162_PREFIX, BATCH_163_PREFIX, BATCH_164_PREFIX, BATCH_165_PREFIX, BATCH_166_PREFIX, BATCH_167_PREFIX, BATCH_168_PREFIX, BATCH_169_PREFIX, BATCH_170_PREFIX, BATCH_171_PREFIX, BATCH_172_PREFIX, BATCH_173_PREFIX, BATCH_174_PREFIX, BATCH_175_PREFIX, DEV_ONLY_RATIO, DEV_RATIO, SEED, SEED_BATCH_2, TEST_ONLY_RATIO, splitByBatch, splitIds } from '../../scripts/split-ask-eval';
import { ROLES } from '../../src/core/schema';
import { realFacts } from '../helpers/core';

/**
 * The /ask evaluation set (test/fixtures/ask/): well-formed, labelled with ids that exist, split as recorded.
 * It checks the fixtures, not /ask; `npm run eval:ask` scores /ask on them.
 */

const KINDS = ['fact', 'yesno-signed', 'list', 'compare', 'quote', 'number', 'false-premise', 'offtopic', 'thin', 'typo', 'chatter'] as const;
const ids = z.array(z.string().min(1)).min(1);
const expectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fact'), facts: ids }),
  z.strictObject({
    type: z.literal('signatory'),
    id: z.string().min(1).nullable(),
    verdict: z.enum(['signed', 'not_listed']),
    also: z.union([z.strictObject({ id: z.string().min(1), verdict: z.literal('signed') }), z.strictObject({ name: z.string().min(1), verdict: z.literal('not_listed') })]).optional(),
  }),
  z.strictObject({ type: z.literal('list'), role: z.enum(ROLES) }),
  z.strictObject({ type: z.literal('compare'), events: z.array(z.string().min(1)).length(2) }),
  z.strictObject({ type: z.literal('quote'), facts: ids }),
  z.strictObject({ type: z.literal('number'), facts: ids }),
  z.strictObject({ type: z.literal('none') }),
]);
const itemSchema = z.strictObject({
  id: z.string().regex(/^(b([2-9]|1\d|2\d|3\d|4[0-9]|5[0-9]|6[0-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-9]|13[0-9]|14[0-9]|15[0-9]|16[0-9]|17[0-5])-)?(en|fr)-\d{3}$/),
  lang: z.enum(['en', 'fr']),
  q: z.string().trim().min(1).max(500),
  kind: z.enum(KINDS),
  expect: expectSchema,
  note: z.string().min(1),
});
const rawSchema = itemSchema.omit({ expect: true });
type Item = z.infer<typeof itemSchema>;

const DIR = join(__dirname, '..', 'fixtures', 'ask');
const read = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));
const dev = z.array(itemSchema).parse(read('dev.json'));
const test = z.array(itemSchema).parse(read('test.json'));
const raw = z.array(rawSchema).parse(read('raw.json'));
const all: Item[] = [...dev, ...test];
/** The batch an id belongs to (ids without a prefix are batch 1). */
const batchOf = (id: string): number => Number(/^b(\d+)-/.exec(id)?.[1] ?? 1);
/** The splits as they stood after the sixteenth round (batches 1–63): the per-round counts below were recorded on them. */
const upTo63 = (items: readonly Item[]): Item[] => items.filter((item) => batchOf(item.id) <= 63);

describe('/ask evaluation fixtures', () => {
  it('every item carries its id, language, question, kind, expected outcome and note (schema-checked above), and the id names its language', () => {
    for (const item of all) expect(item.id.replace(/^b\d+-/, '').slice(0, 2)).toBe(item.lang);
  });

  it('ids are unique across dev and test, and the two splits hold exactly the raw questions, unchanged', () => {
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
    const byId = new Map(all.map((item) => [item.id, item]));
    expect([...byId.keys()].sort()).toEqual(raw.map((item) => item.id).sort());
    for (const question of raw) {
      const { id, lang, q, kind, note } = byId.get(question.id)!;
      expect({ id, lang, q, kind, note }).toEqual(question);
    }
  });

  it('every fact, timeline event and signatory referenced exists in data/', () => {
    const data = realFacts();
    const facts = new Set(data.facts.map((f) => f.id));
    const events = new Set(data.timeline.map((e) => e.id));
    const signatories = new Set(data.signatories.map((s) => s.id));
    const unknown: string[] = [];
    for (const { id, expect: e } of all) {
      if (e.type === 'fact' || e.type === 'quote' || e.type === 'number') unknown.push(...e.facts.filter((f) => !facts.has(f)).map((f) => `${id}: fact ${f}`));
      if (e.type === 'compare') unknown.push(...e.events.filter((ev) => !events.has(ev)).map((ev) => `${id}: event ${ev}`));
      if (e.type === 'signatory' && e.id !== null && !signatories.has(e.id)) unknown.push(`${id}: signatory ${e.id}`);
    }
    expect(unknown).toEqual([]);
  });

  it('a "did X sign" label says signed exactly when it names a signatory, and a comparison names two different events', () => {
    for (const { id, expect: e } of all) {
      if (e.type === 'signatory') expect([id, e.verdict]).toEqual([id, e.id === null ? 'not_listed' : 'signed']);
      if (e.type === 'compare') expect([id, e.events[0] !== e.events[1]]).toEqual([id, true]);
    }
  });

  it('a label about both of a namesake pair ("did Jake Gyllenhaal sign, or his sister?") pairs a signer with a namesake who shares the surname', () => {
    const signatories = realFacts().signatories;
    const surname = (name: string): string => name.split(' ').at(-1)!.toLowerCase();
    const paired = all.filter((item) => item.expect.type === 'signatory' && item.expect.also !== undefined);
    expect(paired.length).toBeGreaterThanOrEqual(60);
    for (const { id, q, expect: e } of paired) {
      if (e.type !== 'signatory' || e.also === undefined) continue;
      const signerId = e.verdict === 'signed' ? e.id : 'id' in e.also ? e.also.id : null;
      const signer = signatories.find((s) => s.id === signerId);
      const namesake = 'name' in e.also ? e.also.name : undefined;
      // one signed, one not listed; the namesake is no signatory and shares the signer's surname, which the question types
      expect([id, e.verdict !== e.also.verdict, signer !== undefined]).toEqual([id, true, true]);
      if (namesake !== undefined) expect([id, signatories.some((s) => s.name === namesake), surname(namesake)]).toEqual([id, false, surname(signer!.name)]);
      expect([id, q.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').includes(surname(signer!.name).slice(0, 3))]).toEqual([id, true]);
    }
  });

  it('each kind carries the matching kind of label (off-topic and thin questions are declined)', () => {
    const must: Partial<Record<Item['kind'], Item['expect']['type']>> = {
      'yesno-signed': 'signatory',
      list: 'list',
      compare: 'compare',
      quote: 'quote',
      number: 'number',
      offtopic: 'none',
      thin: 'none',
    };
    const mismatched = all.filter((item) => must[item.kind] !== undefined && must[item.kind] !== item.expect.type).map((item) => item.id);
    expect(mismatched).toEqual([]);
  });

  it('is large and mixed enough: ≥ 250 questions, ≥ 45 % French, ≥ 30 to decline, ≥ 30 off-topic, every kind in both languages', () => {
    expect(all.length).toBeGreaterThanOrEqual(250);
    expect(all.filter((item) => item.lang === 'fr').length / all.length).toBeGreaterThanOrEqual(0.45);
    expect(all.filter((item) => item.expect.type === 'none').length).toBeGreaterThanOrEqual(30);
    expect(all.filter((item) => item.kind === 'offtopic').length).toBeGreaterThanOrEqual(30);
    for (const lang of ['en', 'fr'] as const) {
      expect(new Set(all.filter((item) => item.lang === lang).map((item) => item.kind))).toEqual(new Set(KINDS));
    }
  });

  it('the split is the recorded one: about 60 % of batches 1–2 and of batches 1–4 in dev, exactly what the per-batch split gives', () => {
    const split = all.filter((item) => !/^b([3-9]|[1-9]\d+)-/.test(item.id));
    const ratio = dev.filter((item) => !/^b([3-9]|[1-9]\d+)-/.test(item.id)).length / split.length;
    expect(ratio).toBeGreaterThan(0.57);
    expect(ratio).toBeLessThan(0.63);
    // Batch 3 (dev only) and batch 4 (test only) bring batches 1–4 back to about 60/40; batch 5 (dev only) then tilts
    // the whole set towards dev (898 / 1386), by design: the test split stays as it was.
    const upTo4 = all.filter((item) => !/^b([5-9]|[1-9]\d+)-/.test(item.id));
    const devUpTo4 = dev.filter((item) => !/^b([5-9]|[1-9]\d+)-/.test(item.id));
    expect(devUpTo4.length / upTo4.length).toBeGreaterThan(0.57);
    expect(devUpTo4.length / upTo4.length).toBeLessThan(0.63);
    // The twelfth round's five dev batches tilt it further (6,778 / 9,626); the test split still grows every round.
    expect(dev.length / all.length).toBeLessThan(0.75);
    expect(new Set(dev.map((item) => item.id))).toEqual(splitByBatch(raw));
  });

  it('each batch is split on its own: batch 1 exactly as first recorded (seed 20261130), batch 2 with seed 20261201', () => {
    expect([SEED, SEED_BATCH_2]).toEqual([20261130, 20261201]);
    for (const item of raw) expect([item.id, BATCHES.filter((batch) => batch.has(item.id)).length]).toEqual([item.id, 1]);
    const devIds = new Set(dev.map((item) => item.id));
    const batch1 = raw.filter((item) => !/^b\d+-/.test(item.id));
    const batch2 = raw.filter((item) => item.id.startsWith('b2-'));
    expect(batch1.length).toBe(386);
    expect(batch2.length).toBeGreaterThanOrEqual(240);
    // Batch 1 keeps the membership it had before batch 2 existed: its split ignores every later question.
    expect(new Set(batch1.map((item) => item.id).filter((id) => devIds.has(id)))).toEqual(splitIds(batch1, SEED));
    expect(new Set(batch2.map((item) => item.id).filter((id) => devIds.has(id)))).toEqual(splitIds(batch2, SEED_BATCH_2));
    for (const batch of [batch1, batch2]) {
      const share = batch.filter((item) => devIds.has(item.id)).length / batch.length;
      expect(share).toBeGreaterThan(0.57);
      expect(share).toBeLessThan(0.63);
    }
  });

  it('batch 3 (b3- ids, written for the tuner) goes to dev entirely and adds nothing to test; batches 1–2 keep their split', () => {
    expect(DEV_RATIO).toBe(0.6);
    const batch3 = raw.filter((item) => item.id.startsWith('b3-'));
    expect(batch3.length).toBe(320);
    expect(batch3.filter((item) => item.lang === 'fr').length).toBe(160);
    const devIds = new Set(dev.map((item) => item.id));
    expect(batch3.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(test.filter((item) => item.id.startsWith('b3-')).map((item) => item.id)).toEqual([]);
    // Adding batch 3 moves no earlier question: the split without it is the split with it, minus batch 3.
    const earlier = raw.filter((item) => !item.id.startsWith('b3-'));
    expect(new Set([...splitByBatch(raw)].filter((id) => !id.startsWith('b3-')))).toEqual(splitByBatch(earlier));
  });

  it('batch 4 (b4- ids, written blind as a fresh measure) goes to test entirely and adds nothing to dev; dev is unchanged', () => {
    expect(TEST_ONLY_RATIO).toBe(0);
    const batch4 = raw.filter((item) => item.id.startsWith('b4-'));
    expect(batch4.length).toBe(240);
    expect(batch4.filter((item) => item.lang === 'fr').length).toBe(120);
    const testIds = new Set(test.map((item) => item.id));
    expect(batch4.filter((item) => !testIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(dev.filter((item) => item.id.startsWith('b4-')).map((item) => item.id)).toEqual([]);
    // Adding batch 4 moves no earlier question: dev with it is dev without it (698 questions before batch 5, as before batch 4).
    const earlier = raw.filter((item) => !item.id.startsWith('b4-'));
    expect(splitByBatch(raw)).toEqual(splitByBatch(earlier));
    expect(upTo63(dev).filter((item) => !/^b(5|6|8|10|13|15|16|17|19|2[0-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(698);
  });

  it('batch 5 (b5- ids, written blind for the tuner) goes to dev entirely and adds nothing to test; test is unchanged', () => {
    expect(DEV_ONLY_RATIO).toBe(1);
    const batch5 = raw.filter((item) => item.id.startsWith(BATCH_5_PREFIX));
    expect(batch5.length).toBe(200);
    expect(batch5.filter((item) => item.lang === 'fr').length).toBe(100);
    const devIds = new Set(dev.map((item) => item.id));
    expect(batch5.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(test.filter((item) => item.id.startsWith(BATCH_5_PREFIX)).map((item) => item.id)).toEqual([]);
    // Adding batch 5 moves no earlier question: the split without it is the split with it, minus batch 5, and test
    // keeps its 488 questions (batches 1, 2 and 4).
    const earlier = raw.filter((item) => !item.id.startsWith(BATCH_5_PREFIX));
    expect(new Set([...splitByBatch(raw)].filter((id) => !id.startsWith(BATCH_5_PREFIX)))).toEqual(splitByBatch(earlier));
    expect(upTo63(test).filter((item) => !/^b(7|9|11|12|14|18|2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(488);
  });

  it('batch 6 (b6- ids) goes to dev entirely, batch 7 (b7- ids) to test entirely; neither moves an earlier question', () => {
    const batch6 = raw.filter((item) => item.id.startsWith(BATCH_6_PREFIX));
    const batch7 = raw.filter((item) => item.id.startsWith(BATCH_7_PREFIX));
    expect([batch6.length, batch7.length]).toEqual([240, 160]);
    expect([batch6.filter((item) => item.lang === 'fr').length, batch7.filter((item) => item.lang === 'fr').length]).toEqual([120, 80]);
    const devIds = new Set(dev.map((item) => item.id));
    expect(batch6.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(batch7.filter((item) => devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    const earlier = raw.filter((item) => !item.id.startsWith(BATCH_6_PREFIX) && !item.id.startsWith(BATCH_7_PREFIX));
    expect(new Set([...splitByBatch(raw)].filter((id) => !id.startsWith(BATCH_6_PREFIX)))).toEqual(splitByBatch(earlier));
  });

  it('batch 8 (b8- ids, the second round\'s validation set) goes to dev entirely; test is unchanged', () => {
    const batch8 = raw.filter((item) => item.id.startsWith(BATCH_8_PREFIX));
    expect([batch8.length, batch8.filter((item) => item.lang === 'fr').length]).toEqual([240, 120]);
    const devIds = new Set(dev.map((item) => item.id));
    expect(batch8.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(upTo63(test).filter((item) => !/^b(9|11|12|14|18|2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(648);
  });

  it('batch 9 (b9- ids, a fresh measure after the second round) goes to test entirely; dev is unchanged', () => {
    const batch9 = raw.filter((item) => item.id.startsWith(BATCH_9_PREFIX));
    expect([batch9.length, batch9.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
    const testIds = new Set(test.map((item) => item.id));
    expect(batch9.filter((item) => !testIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(upTo63(dev).filter((item) => !/^b(10|13|15|16|17|19|2[0-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(1378);
  });

  it('batch 10 (b10- ids, the third round\'s validation set) goes to dev entirely; test is unchanged', () => {
    const batch10 = raw.filter((item) => item.id.startsWith(BATCH_10_PREFIX));
    expect([batch10.length, batch10.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
    const devIds = new Set(dev.map((item) => item.id));
    expect(batch10.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(upTo63(dev).filter((item) => !/^b(1[3567]|19|2[0-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(1578);
    expect(upTo63(test).filter((item) => !/^b(1[1248]|2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(848);
  });

  it('batch 11 (b11- ids, a fresh measure after the third round) goes to test entirely; dev is unchanged', () => {
    const batch11 = raw.filter((item) => item.id.startsWith(BATCH_11_PREFIX));
    expect([batch11.length, batch11.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
    const testIds = new Set(test.map((item) => item.id));
    expect(batch11.filter((item) => !testIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(upTo63(dev).filter((item) => !/^b(1[3567]|19|2[0-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(1578);
    expect(upTo63(test).filter((item) => !/^b(1[248]|2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1048);
  });

  it('batch 12 (b12- ids, a fresh measure of the fourth round) goes to test entirely; dev is unchanged', () => {
    const batch12 = raw.filter((item) => item.id.startsWith(BATCH_12_PREFIX));
    expect([batch12.length, batch12.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
    const testIds = new Set(test.map((item) => item.id));
    expect(batch12.filter((item) => !testIds.has(item.id)).map((item) => item.id)).toEqual([]);
    expect(upTo63(dev).filter((item) => !/^b(1[3567]|19|2[0-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(1578);
    expect(upTo63(test).filter((item) => !/^b(1[48]|2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1248);
  });

  it('batches 15 and 16 (b15-, b16- ids, written blind as the fifth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_15_PREFIX, BATCH_16_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(13|17|19|2[0-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(1978);
    expect(upTo63(test).filter((item) => !/^b(1[48]|2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1248);
  });

  it('batch 13 (b13- ids, the fifth round\'s validation set) goes to dev entirely, batch 14 (b14- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_13_PREFIX, devIds], [BATCH_14_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(17|19|2[0-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(2178);
    expect(upTo63(test).filter((item) => !/^b(18|2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1448);
  });

  it('batches 19 and 20 (b19-, b20- ids, written blind as the sixth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_19_PREFIX, BATCH_20_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(17|2[1-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(2578);
    expect(upTo63(test).filter((item) => !/^b(18|2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1448);
  });

  it('batch 17 (b17- ids, the sixth round\'s validation set) goes to dev entirely, batch 18 (b18- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_17_PREFIX, devIds], [BATCH_18_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(2[1-35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(2778);
    expect(upTo63(test).filter((item) => !/^b(2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1648);
  });

  it('batches 21 and 22 (b21-, b22- ids, written blind as the seventh round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_21_PREFIX, BATCH_22_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(2[35-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(3178);
    expect(upTo63(test).filter((item) => !/^b(2[4-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1648);
  });

  it('batch 23 (b23- ids, the seventh round\'s validation set) goes to dev entirely, batch 24 (b24- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_23_PREFIX, devIds], [BATCH_24_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(2[5-9]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(3378);
    expect(upTo63(test).filter((item) => !/^b(2[5-8]|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1848);
  });

  it('batches 25 and 26 (b25-, b26- ids, written blind as the eighth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_25_PREFIX, BATCH_26_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(2[89]|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(3778);
    expect(upTo63(test).filter((item) => !/^b(27|3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(1848);
  });

  it('batch 28 (b28- ids, the eighth round\'s validation set) goes to dev entirely, batch 27 (b27- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_28_PREFIX, devIds], [BATCH_27_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(29|3[013-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(3978);
  });

  it('batches 29 and 30 (b29-, b30- ids, written blind as the ninth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_29_PREFIX, BATCH_30_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(3[13-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(4378);
    expect(upTo63(test).filter((item) => !/^b(3[26]|4[047]|53|62)-/.test(item.id)).length).toBe(2048);
  });

  it('batch 31 (b31- ids, the ninth round\'s validation set) goes to dev entirely, batch 32 (b32- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_31_PREFIX, devIds], [BATCH_32_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(3[3-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(4578);
    expect(upTo63(test).filter((item) => !/^b(36|4[047]|53|62)-/.test(item.id)).length).toBe(2248);
  });

  it('batches 33 and 34 (b33-, b34- ids, written blind as the tenth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_33_PREFIX, BATCH_34_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(3[5-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(4978);
    expect(upTo63(test).filter((item) => !/^b(36|4[047]|53|62)-/.test(item.id)).length).toBe(2248);
  });

  it('batch 35 (b35- ids, the tenth round\'s validation set) goes to dev entirely, batch 36 (b36- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_35_PREFIX, devIds], [BATCH_36_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(3[7-9]|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(5178);
  });

  it('batches 37 and 38 (b37-, b38- ids, written blind as the eleventh round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_37_PREFIX, BATCH_38_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect(upTo63(dev).filter((item) => !/^b(39|4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length).toBe(5578);
    expect(upTo63(test).filter((item) => !/^b(4[047]|53|62)-/.test(item.id)).length).toBe(2448);
  });

  it('batch 39 (b39- ids, the eleventh round\'s validation set) goes to dev entirely, batch 40 (b40- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_39_PREFIX, devIds], [BATCH_40_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect([upTo63(dev).filter((item) => !/^b(4[1-35689]|5[0-7]|6[013])-/.test(item.id)).length, upTo63(test).filter((item) => !/^b(4[47]|53|62)-/.test(item.id)).length]).toEqual([5778, 2648]);
  });

  it('batches 41, 42, 45 and 46 (b41-, b42-, b45-, b46- ids, written blind as the twelfth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_41_PREFIX, BATCH_42_PREFIX, BATCH_45_PREFIX, BATCH_46_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect([upTo63(dev).filter((item) => !/^b(43|4[89]|5[0-7]|6[013])-/.test(item.id)).length, upTo63(test).filter((item) => !/^b(4[47]|53|62)-/.test(item.id)).length]).toEqual([6578, 2648]);
  });

  it('batch 43 (b43- ids, the twelfth round\'s validation set) goes to dev entirely, batch 44 (b44- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_43_PREFIX, devIds], [BATCH_44_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect([upTo63(dev).filter((item) => !/^b(4[89]|5[0-7]|6[013])-/.test(item.id)).length, upTo63(test).filter((item) => !/^b(47|53|62)-/.test(item.id)).length]).toEqual([6778, 2848]);
  });

  it('batches 48, 49, 51 and 52 (b48-, b49-, b51-, b52- ids, written blind as the thirteenth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_48_PREFIX, BATCH_49_PREFIX, BATCH_51_PREFIX, BATCH_52_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect([upTo63(dev).filter((item) => !/^b(5[04-7]|6[013])-/.test(item.id)).length, upTo63(test).filter((item) => !/^b(47|53|62)-/.test(item.id)).length]).toEqual([7578, 2848]);
  });

  it('batch 50 (b50- ids, the thirteenth round\'s validation set) goes to dev entirely, batch 47 (b47- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_50_PREFIX, devIds], [BATCH_47_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect([upTo63(dev).filter((item) => !/^b(5[4-7]|6[013])-/.test(item.id)).length, upTo63(test).filter((item) => !/^b(53|62)-/.test(item.id)).length]).toEqual([7778, 3048]);
  });

  it('batches 55, 56 and 57 (b55-, b56-, b57- ids, written blind as the fourteenth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_55_PREFIX, BATCH_56_PREFIX, BATCH_57_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect([upTo63(dev).filter((item) => !/^b(54|6[013])-/.test(item.id)).length, upTo63(test).filter((item) => !/^b(53|62)-/.test(item.id)).length]).toEqual([8378, 3048]);
  });

  it('batch 54 (b54- ids, the fourteenth round\'s validation set) goes to dev entirely, batch 53 (b53- ids, its fresh measure) to test entirely', () => {
    const devIds = new Set(dev.map((item) => item.id));
    const testIds = new Set(test.map((item) => item.id));
    for (const [prefix, split] of [[BATCH_54_PREFIX, devIds], [BATCH_53_PREFIX, testIds]] as const) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !split.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect([upTo63(dev).filter((item) => !/^b6[013]-/.test(item.id)).length, upTo63(test).filter((item) => !item.id.startsWith(BATCH_62_PREFIX)).length]).toEqual([8578, 3248]);
  });

  it('batches 60 and 61 (b60-, b61- ids, written blind as the fifteenth round began) go to dev entirely; test is unchanged', () => {
    const devIds = new Set(dev.map((item) => item.id));
    for (const prefix of [BATCH_60_PREFIX, BATCH_61_PREFIX]) {
      const batch = raw.filter((item) => item.id.startsWith(prefix));
      expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
      expect(batch.filter((item) => !devIds.has(item.id)).map((item) => item.id)).toEqual([]);
    }
    expect([upTo63(dev).filter((item) => !item.id.startsWith(BATCH_63_PREFIX)).length, upTo63(test).filter((item) => !item.id.startsWith(BATCH_62_PREFIX)).length]).toEqual([8978, 3248]);
  });

  /** Batches 62 on, each all to one split: the splits over batches up to it, as they stood once it joined. */
  const WHOLE_BATCHES: { batch: number; prefix: string; what: string; to: 'dev' | 'test'; after: [number, number] }[] = [
    { batch: 62, prefix: BATCH_62_PREFIX, what: 'written blind as the sixteenth round began, its fresh measure', to: 'test', after: [8978, 3448] },
    { batch: 63, prefix: BATCH_63_PREFIX, what: "the sixteenth round's validation set", to: 'dev', after: [9178, 3448] },
    { batch: 64, prefix: BATCH_64_PREFIX, what: 'written blind as the seventeenth round began, its fresh measure', to: 'test', after: [9178, 3648] },
    { batch: 65, prefix: BATCH_65_PREFIX, what: "the seventeenth round's validation set", to: 'dev', after: [9378, 3648] },
    { batch: 66, prefix: BATCH_66_PREFIX, what: "the eighteenth round's validation set", to: 'dev', after: [9578, 3648] },
    { batch: 67, prefix: BATCH_67_PREFIX, what: 'written blind as the eighteenth round began, its fresh measure', to: 'test', after: [9578, 3848] },
    { batch: 68, prefix: BATCH_68_PREFIX, what: "the eighteenth round's second validation set", to: 'dev', after: [9778, 3848] },
    { batch: 69, prefix: BATCH_69_PREFIX, what: 'written blind as the nineteenth round began, its fresh measure', to: 'test', after: [9778, 4048] },
    { batch: 70, prefix: BATCH_70_PREFIX, what: "the nineteenth round's validation set for declines", to: 'dev', after: [9978, 4048] },
    { batch: 71, prefix: BATCH_71_PREFIX, what: "the nineteenth round's validation set for answers", to: 'dev', after: [10178, 4048] },
    { batch: 72, prefix: BATCH_72_PREFIX, what: 'written blind as the twentieth round began, its fresh measure', to: 'test', after: [10178, 4248] },
    { batch: 73, prefix: BATCH_73_PREFIX, what: "the twentieth round's validation set for declines", to: 'dev', after: [10378, 4248] },
    { batch: 74, prefix: BATCH_74_PREFIX, what: "the twentieth round's validation set for names", to: 'dev', after: [10578, 4248] },
    { batch: 75, prefix: BATCH_75_PREFIX, what: 'near-topic questions written blind as the twentieth round began', to: 'dev', after: [10778, 4248] },
    { batch: 76, prefix: BATCH_76_PREFIX, what: 'near-topic questions written blind with batch 75', to: 'dev', after: [10978, 4248] },
    { batch: 77, prefix: BATCH_77_PREFIX, what: 'draft checks written blind with batch 75', to: 'dev', after: [11178, 4248] },
    { batch: 78, prefix: BATCH_78_PREFIX, what: "a busy day's plain questions written blind with batch 75", to: 'dev', after: [11378, 4248] },
    { batch: 79, prefix: BATCH_79_PREFIX, what: 'near-topic questions about what followed, written blind with batch 75', to: 'dev', after: [11578, 4248] },
    { batch: 82, prefix: BATCH_82_PREFIX, what: 'chat typed in a hurry, written blind as the twenty-first round began', to: 'dev', after: [11978, 4448] },
    { batch: 83, prefix: BATCH_83_PREFIX, what: 'questions to decline beside answerable twins, written blind with batch 82', to: 'dev', after: [12178, 4448] },
    { batch: 80, prefix: BATCH_80_PREFIX, what: "the twenty-first round's validation set for declines", to: 'dev', after: [11778, 4248] },
    { batch: 81, prefix: BATCH_81_PREFIX, what: 'written blind as the twenty-first round began, its fresh measure', to: 'test', after: [11778, 4448] },
    { batch: 86, prefix: BATCH_86_PREFIX, what: 'journalists mid-task, written blind as the twenty-second round began', to: 'dev', after: [12578, 4648] },
    { batch: 87, prefix: BATCH_87_PREFIX, what: 'people and names, written blind with batch 86', to: 'dev', after: [12778, 4648] },
    { batch: 85, prefix: BATCH_85_PREFIX, what: "the twenty-second round's validation set for declines", to: 'dev', after: [12378, 4648] },
    { batch: 84, prefix: BATCH_84_PREFIX, what: 'written blind as the twenty-second round began, its fresh measure', to: 'test', after: [12178, 4648] },
    { batch: 90, prefix: BATCH_90_PREFIX, what: 'the hard kinds, written blind as the twenty-third round began', to: 'dev', after: [13178, 4848] },
    { batch: 91, prefix: BATCH_91_PREFIX, what: 'readers and a newsroom in a hurry, written blind with batch 90', to: 'dev', after: [13378, 4848] },
    { batch: 89, prefix: BATCH_89_PREFIX, what: "the twenty-third round's validation set for declines", to: 'dev', after: [12978, 4848] },
    { batch: 88, prefix: BATCH_88_PREFIX, what: 'written blind as the twenty-third round began, its fresh measure', to: 'test', after: [12778, 4848] },
    { batch: 94, prefix: BATCH_94_PREFIX, what: 'a fact-checking desk checking a draft, written blind as the twenty-fourth round began', to: 'dev', after: [13578, 4848] },
    { batch: 95, prefix: BATCH_95_PREFIX, what: 'questions to decline beside answerable twins, written blind with batch 94', to: 'dev', after: [13778, 4848] },
    { batch: 96, prefix: BATCH_96_PREFIX, what: 'written blind as the twenty-fourth round closed, its fresh measure', to: 'test', after: [13778, 5048] },
    { batch: 97, prefix: BATCH_97_PREFIX, what: 'written blind with batch 96, a second fresh measure', to: 'test', after: [13778, 5248] },
    { batch: 98, prefix: BATCH_98_PREFIX, what: 'a TV morning show and a Québec radio newsroom, written blind as the twenty-fifth round began', to: 'dev', after: [13978, 5248] },
    { batch: 99, prefix: BATCH_99_PREFIX, what: 'a trade reporter and a culture weekly, written blind with batch 98', to: 'dev', after: [14178, 5248] },
    { batch: 100, prefix: BATCH_100_PREFIX, what: 'viral claims checked and a night desk on a phone, written blind with batch 98', to: 'dev', after: [14378, 5248] },
    { batch: 101, prefix: BATCH_101_PREFIX, what: 'written blind with batch 98, the twenty-fifth round\'s fresh measure', to: 'test', after: [14378, 5448] },
    { batch: 102, prefix: BATCH_102_PREFIX, what: 'written blind as the twenty-fifth round closed, a fresh measure of its final engine', to: 'test', after: [14378, 5648] },
    { batch: 103, prefix: BATCH_103_PREFIX, what: 'a wire desk at night, written blind as the twenty-sixth round began', to: 'dev', after: [14578, 5648] },
    { batch: 104, prefix: BATCH_104_PREFIX, what: 'regional fact-checkers, written blind with batch 103', to: 'dev', after: [14778, 5648] },
    { batch: 105, prefix: BATCH_105_PREFIX, what: 'a Discord server of entertainment journalists, written blind with batch 103', to: 'dev', after: [14978, 5648] },
    { batch: 106, prefix: BATCH_106_PREFIX, what: "explainers for TV and social media, written blind with batch 103, the twenty-sixth round's fresh measure", to: 'test', after: [14978, 5848] },
    { batch: 107, prefix: BATCH_107_PREFIX, what: 'a research department and a radio morning team, written blind during the twenty-sixth round', to: 'test', after: [14978, 6048] },
    { batch: 108, prefix: BATCH_108_PREFIX, what: "readers' questions and an African news site, written blind with batch 107", to: 'test', after: [14978, 6248] },
    { batch: 109, prefix: BATCH_109_PREFIX, what: 'a news website at night and a Maghreb culture desk, written blind as the twenty-seventh round began', to: 'dev', after: [15178, 6248] },
    { batch: 110, prefix: BATCH_110_PREFIX, what: 'a British digital team, a Lyon web desk and a business weekly, written blind with batch 109', to: 'dev', after: [15378, 6248] },
    { batch: 111, prefix: BATCH_111_PREFIX, what: "an Australian and an Indian desk, Québec TV and Swiss radio, written blind with batch 109, the twenty-seventh round's fresh measure", to: 'test', after: [15378, 6448] },
    { batch: 112, prefix: BATCH_112_PREFIX, what: 'a standards editor, French public TV and a Belgian radio, written blind with batch 109, a second fresh measure', to: 'test', after: [15378, 6648] },
    { batch: 113, prefix: BATCH_113_PREFIX, what: "a Brussels wire desk and a Montréal arts section, written blind as the twenty-eighth round began", to: 'dev', after: [15578, 6648] },
    { batch: 114, prefix: BATCH_114_PREFIX, what: 'a podcast research producer and a regional night desk, written blind with batch 113', to: 'dev', after: [15778, 6648] },
    { batch: 115, prefix: BATCH_115_PREFIX, what: 'a trade paper copy desk and a journalism school class, written blind with batch 113', to: 'dev', after: [15978, 6648] },
    { batch: 116, prefix: BATCH_116_PREFIX, what: 'a social-media verification team and Swiss and Luxembourg web desks, written blind with batch 113', to: 'dev', after: [16178, 6648] },
    { batch: 117, prefix: BATCH_117_PREFIX, what: "a Miami digital desk and a French wire agency's morning supervisor, written blind during the twenty-eighth round, its fresh measure", to: 'test', after: [16178, 6848] },
    { batch: 118, prefix: BATCH_118_PREFIX, what: "a UK showbiz desk and a French public radio's culture programme, written blind with batch 117, a second fresh measure", to: 'test', after: [16178, 7048] },
    { batch: 119, prefix: BATCH_119_PREFIX, what: 'a tech-policy newsletter and a French documentary researcher, long questions with context, written blind as the twenty-ninth round began', to: 'dev', after: [16378, 7048] },
    { batch: 120, prefix: BATCH_120_PREFIX, what: 'an Irish night desk and an Acadian daily, written blind with batch 119', to: 'dev', after: [16578, 7048] },
    { batch: 121, prefix: BATCH_121_PREFIX, what: "a student paper's arts editor and a Paris weekly's culture department, written blind with batch 119", to: 'dev', after: [16778, 7048] },
    { batch: 122, prefix: BATCH_122_PREFIX, what: 'a legal-affairs reporter and a Geneva correspondent, written blind with batch 119', to: 'dev', after: [16978, 7048] },
    { batch: 123, prefix: BATCH_123_PREFIX, what: "a Singapore tech desk and a French regional TV newsroom, written blind with batch 119, never shown to a tuner, the round's fresh measure", to: 'test', after: [16978, 7248] },
    { batch: 124, prefix: BATCH_124_PREFIX, what: 'a Nairobi entertainment and tech desk and a French financial daily, written blind with batch 119, a second fresh measure', to: 'test', after: [16978, 7448] },
    { batch: 125, prefix: BATCH_125_PREFIX, what: "a Canadian public broadcaster's arts producer and a Quebec daily's culture desk, written blind as the thirtieth round began", to: 'dev', after: [17178, 7448] },
    { batch: 126, prefix: BATCH_126_PREFIX, what: "an Australian breakfast TV producer and a Belgian daily's web desk, written blind with batch 125", to: 'dev', after: [17378, 7448] },
    { batch: 127, prefix: BATCH_127_PREFIX, what: "a US wire's AI business reporter and a French tech news site, written blind with batch 125", to: 'dev', after: [17578, 7448] },
    { batch: 128, prefix: BATCH_128_PREFIX, what: "a British broadsheet's media correspondent and a Dakar or Casablanca culture and tech site, written blind with batch 125", to: 'dev', after: [17778, 7448] },
    { batch: 129, prefix: BATCH_129_PREFIX, what: "an Indian entertainment portal and a western-France regional weekend desk, written blind with batch 125, never shown to a tuner, the round's fresh measure", to: 'test', after: [17778, 7648] },
    { batch: 130, prefix: BATCH_130_PREFIX, what: 'a US local TV digital producer and a French music magazine, written blind with batch 125, a second fresh measure', to: 'test', after: [17778, 7848] },
    { batch: 131, prefix: BATCH_131_PREFIX, what: "a New Zealand entertainment desk and a Swiss French-language radio culture show, written blind as the thirty-first round began", to: 'dev', after: [17978, 7848] },
    { batch: 132, prefix: BATCH_132_PREFIX, what: "a US trade paper's labour reporter and a Paris daily's economics desk, written blind with batch 131", to: 'dev', after: [18178, 7848] },
    { batch: 133, prefix: BATCH_133_PREFIX, what: "an Irish fact-check unit and a French overseas daily, written blind with batch 131", to: 'dev', after: [18378, 7848] },
    { batch: 134, prefix: BATCH_134_PREFIX, what: "a South African tech desk and a Lyon daily's culture pages, written blind with batch 131", to: 'dev', after: [18578, 7848] },
    { batch: 135, prefix: BATCH_135_PREFIX, what: "a US podcast producer and a French agency's fact-checking desk, written blind with batch 131, never shown to a tuner, the round's fresh measure", to: 'test', after: [18578, 8048] },
    { batch: 136, prefix: BATCH_136_PREFIX, what: "a Hong Kong business paper and a Montreal college radio, written blind with batch 131, a second fresh measure", to: 'test', after: [18578, 8248] },
    { batch: 137, prefix: BATCH_137_PREFIX, what: "a German broadcaster's English service and a Belgian radio morning show, written blind as the thirty-third round began", to: 'dev', after: [18778, 8248] },
    { batch: 138, prefix: BATCH_138_PREFIX, what: "a late-night comedy research team and a Marseille culture desk, written blind with batch 137", to: 'dev', after: [18978, 8248] },
    { batch: 139, prefix: BATCH_139_PREFIX, what: "a Lagos entertainment site and an Abidjan radio newsroom, written blind with batch 137", to: 'dev', after: [19178, 8248] },
    { batch: 140, prefix: BATCH_140_PREFIX, what: "an AI-startup newsletter and a Paris parliamentary tech-law reporter, written blind with batch 137", to: 'dev', after: [19378, 8248] },
    { batch: 141, prefix: BATCH_141_PREFIX, what: "a Scottish arts desk and a Toulouse regional TV newsroom, written blind with batch 137, never shown to a tuner, the round's fresh measure", to: 'test', after: [19378, 8448] },
    { batch: 142, prefix: BATCH_142_PREFIX, what: "a Canadian wire and a Lyon student radio, written blind with batch 137, a second fresh measure", to: 'test', after: [19378, 8648] },
    { batch: 143, prefix: BATCH_143_PREFIX, what: "a Spanish agency's English wire and a Geneva daily's culture desk, written blind as the thirty-fourth round began", to: 'dev', after: [19578, 8648] },
    { batch: 144, prefix: BATCH_144_PREFIX, what: "a US magazine's fact-checkers and a French public radio's media show, written blind with batch 143", to: 'dev', after: [19778, 8648] },
    { batch: 145, prefix: BATCH_145_PREFIX, what: "an Australian tech podcast and a Quebec TV arts show, written blind with batch 143, never shown to a tuner, the round's fresh measure", to: 'test', after: [19778, 8848] },
    { batch: 146, prefix: BATCH_146_PREFIX, what: "a British regional arts reviewer and a Brussels EU-affairs site, written blind with batch 143, a second fresh measure", to: 'test', after: [19778, 9048] },
    { batch: 147, prefix: BATCH_147_PREFIX, what: "an Indian English-language entertainment portal and a Casablanca news site's culture section, written blind as the thirty-fifth round began, never shown to a tuner, the round's fresh measure", to: 'test', after: [19778, 9248] },
    { batch: 148, prefix: BATCH_148_PREFIX, what: "an Irish broadcaster's late-night radio desk and a Lyon regional daily's web team, written blind with batch 147, the tuners' validation batch (totals only)", to: 'dev', after: [19978, 9248] },
    { batch: 149, prefix: BATCH_149_PREFIX, what: "a Lagos entertainment news site and a Geneva public radio's culture desk, written blind as the thirty-sixth round began, never shown to a tuner, the round's fresh measure", to: 'test', after: [19978, 9448] },
    { batch: 150, prefix: BATCH_150_PREFIX, what: "an Australian TV network's entertainment producer and a Toulouse daily's web desk, written blind with batch 149, the tuners' validation batch (totals only)", to: 'dev', after: [20178, 9448] },
    { batch: 151, prefix: BATCH_151_PREFIX, what: "a Dublin radio arts producer, a Johannesburg daily's tech desk, a Montreal weekly and a Marseille TV newsroom, written blind as the thirty-seventh round began, never shown to a tuner, the round's fresh measure", to: 'test', after: [20178, 9648] },
    { batch: 152, prefix: BATCH_152_PREFIX, what: "a Toronto daily's entertainment reporter, a Singapore business wire, a Brussels daily's culture desk and a Dakar news site's tech section, written blind as the thirty-eighth round began, never shown to a tuner, the round's fresh measure", to: 'test', after: [20178, 9848] },
    { batch: 153, prefix: BATCH_153_PREFIX, what: "a US public-radio producer, a London film-trade weekly's sub-editor, a Montreal radio newsroom and a Lyon regional daily's fact-check desk, written blind as the thirty-ninth round began, never shown to a tuner, the round's fresh measure", to: 'test', after: [20178, 10048] },
    { batch: 154, prefix: BATCH_154_PREFIX, what: "a Toronto public broadcaster's digital desk, a Sydney wire's night editor, a Brussels public radio's web newsroom and a Geneva daily's fact-checker, written blind as the fortieth round began, never shown to a tuner, the round's fresh measure", to: 'test', after: [20178, 10248] },
    { batch: 155, prefix: BATCH_155_PREFIX, what: "a Mumbai entertainment portal, a Cork local radio, a Paris celebrity weekly and a Dakar/Abidjan news site, written blind with batch 154, the tuners' validation batch (totals only)", to: 'dev', after: [20378, 10248] },
    { batch: 156, prefix: BATCH_156_PREFIX, what: "a New York trade paper's AI-beat reporter, a BBC regional radio researcher, a Paris national radio's morning show and a Québec TV culture desk, written blind as the forty-fifth round began, weighted toward the kinds the test split still gets wrong", to: 'dev', after: [20578, 10248] },
    { batch: 157, prefix: BATCH_157_PREFIX, what: "a Delhi daily's film desk, a US wire fact-check desk, a Lausanne online daily and a Liège regional TV web desk, written blind with batch 156, weighted the same way", to: 'dev', after: [20778, 10248] },
    { batch: 158, prefix: BATCH_158_PREFIX, what: "a Chicago alt-weekly's arts editor, a Johannesburg radio news desk, a Toulouse regional daily's culture desk and an Acadian radio's web desk, written blind as the forty-sixth round began, weighted toward facts, false premises and comparisons", to: 'dev', after: [20978, 10248] },
    { batch: 159, prefix: BATCH_159_PREFIX, what: "a Dublin daily's culture sub-editor, a Los Angeles local TV news producer, a Marseille news site and a Fort-de-France radio newsroom, written blind with batch 158, weighted the same way", to: 'dev', after: [21178, 10248] },
    { batch: 160, prefix: BATCH_160_PREFIX, what: "a Toronto wire service's fact-checking desk and a Brussels public radio culture desk, written blind as the forty-seventh round began, weighted as batches 158-159", to: 'dev', after: [21378, 10248] },
    { batch: 161, prefix: BATCH_161_PREFIX, what: "a Sydney tabloid's entertainment desk and a Geneva daily's web desk with a Lyon regional TV newsroom, written blind with batch 160, weighted the same way", to: 'dev', after: [21578, 10248] },
    { batch: 162, prefix: BATCH_162_PREFIX, what: "an Australian public radio arts desk, a Washington tech-policy newsletter, a Lyon daily's culture desk and a Brussels public TV web desk, written blind as the fiftieth round began, weighted as batches 158-161", to: 'dev', after: [21778, 10248] },
    { batch: 163, prefix: BATCH_163_PREFIX, what: "a Toronto daily's fact-check desk, a London showbiz desk, a Montreal news radio and an Abidjan news site's culture desk, written blind with batch 162, weighted the same way", to: 'dev', after: [21978, 10248] },
    { batch: 164, prefix: BATCH_164_PREFIX, what: "a New York film-business trade paper's legal desk, an Irish national broadcaster's online desk, a Paris national radio's morning show and a Geneva daily's culture desk, written blind as the fifty-first round began, weighted as batches 158-163", to: 'dev', after: [22178, 10248] },
    { batch: 165, prefix: BATCH_165_PREFIX, what: "a Los Angeles local TV station's web desk, a Singapore daily's tech desk, a Marseille regional daily and a Dakar news site's culture desk, written blind with batch 164, weighted the same way", to: 'dev', after: [22378, 10248] },
    { batch: 166, prefix: BATCH_166_PREFIX, what: "a Toronto public broadcaster's arts desk, a Sydney wire service's entertainment desk, a Brussels public broadcaster's online newsroom and a Lyon regional daily's fact-check desk, written blind as the fifty-second round began, weighted as batches 158-165", to: 'dev', after: [22578, 10248] },
    { batch: 167, prefix: BATCH_167_PREFIX, what: "a London tabloid's showbiz desk, a Mumbai business daily's technology desk, a Montreal daily's arts desk and a Paris tech-news site's newsroom, written blind with batch 166, weighted the same way", to: 'dev', after: [22778, 10248] },
    { batch: 168, prefix: BATCH_168_PREFIX, what: "a Chicago public radio station's arts reporter, a Wellington news site's entertainment editor, a Toulouse regional daily's web desk and a Paris news agency's fact-checker, written blind as the fifty-third round began, weighted as batches 158-167", to: 'dev', after: [22978, 10248] },
    { batch: 169, prefix: BATCH_169_PREFIX, what: "a Johannesburg daily's tech-and-culture desk, a Hollywood trade paper's awards-season reporter, a Quebec City public radio's morning show and a Swiss weekly's culture desk, written blind with batch 168, weighted the same way", to: 'dev', after: [23178, 10248] },
    { batch: 170, prefix: BATCH_170_PREFIX, what: "a Toronto business daily's media-and-tech reporter, a London tabloid's showbiz night editor, a Lyon daily's culture journalist and a Belgian public radio's web editor, written blind as the fifty-fourth round began, weighted as batches 158-169", to: 'dev', after: [23378, 10248] },
    { batch: 171, prefix: BATCH_171_PREFIX, what: "a Sydney wire service's sub-editor, a New York podcast network's fact-checker, a Marseille regional TV newsroom's producer and a Dakar news site's tech journalist, written blind with batch 170, weighted the same way", to: 'dev', after: [23578, 10248] },
    { batch: 172, prefix: BATCH_172_PREFIX, what: "a Toronto wire service's night editor, a Los Angeles trade-press intern, a Lyon local radio's culture freelancer and a Belgian regional daily's sub-editor, written blind as the fifty-fifth round began, weighted as batches 158-171", to: 'dev', after: [23778, 10248] },
    { batch: 173, prefix: BATCH_173_PREFIX, what: "a Sydney digital outlet's fact-checker, a Nairobi entertainment blogger, a Québec news site's journalist and a Paris news channel's archivist, written blind with batch 172, weighted the same way", to: 'dev', after: [23978, 10248] },
    { batch: 174, prefix: BATCH_174_PREFIX, what: "a Toronto wire service's fact-checker, a London podcast producer, a Lyon regional daily's sub-editor and a Marseille radio freelancer, written blind as the fifty-sixth round began, weighted as batches 158-173", to: 'dev', after: [24178, 10248] },
    { batch: 175, prefix: BATCH_175_PREFIX, what: "a London wire service's fact-checker, a Los Angeles podcast producer, a Belgian public radio's web editor and a sports-desk trainee moved to culture, written blind as the fifty-seventh round began, weighted as batches 158-174", to: 'dev', after: [24378, 10248] },
  ];
  it.each(WHOLE_BATCHES)('batch $batch ($prefix ids, $what) goes to $to entirely and moves no earlier question', ({ batch: last, prefix, to, after }) => {
    const ids = new Set((to === 'dev' ? dev : test).map((item) => item.id));
    const batch = raw.filter((item) => item.id.startsWith(prefix));
    expect([batch.length, batch.filter((item) => item.lang === 'fr').length]).toEqual([200, 100]);
    expect(batch.filter((item) => !ids.has(item.id)).map((item) => item.id)).toEqual([]);
    const upTo = (items: readonly Item[]): number => items.filter((item) => batchOf(item.id) <= last).length;
    expect([upTo(dev), upTo(test)]).toEqual(after);
  });

  it('the splits hold every batch: dev and test as committed', () => {
    expect([dev.length, test.length]).toEqual([24378, 10248]);
  });
});
