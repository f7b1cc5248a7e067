import {
  ALERT_TOPICS,
  alertMessage,
  deliveryId,
  diffFactBases,
  editorAlert,
  factBaseHash,
  parseAlertLink,
  parseTopics,
  sourceLinksOf,
  stableStringify,
} from '../../src/core/alerts';
import { UserError } from '../../src/core/errors';
import type { FactBaseData } from '../../src/core/schema';
import { realFacts } from '../helpers/core';

const NOW = new Date('2026-11-26T12:00:00Z');
const base = (): FactBaseData => structuredClone(realFacts().data);

function withNewSignatory(data: FactBaseData): FactBaseData {
  const next = structuredClone(data);
  next.signatories.push({
    id: 'jane-doe',
    name: 'Jane Doe',
    aliases: [],
    knownFor: { en: 'Actress', fr: 'Actrice' },
    roles: ['actor'],
    sources: ['hindustantimes-2025-03-18', 'variety-2025-03-17'],
    confidence: 'major',
  });
  return next;
}

describe('diffFactBases', () => {
  it('unchanged data → no alert', () => {
    expect(diffFactBases(base(), base(), { now: NOW })).toEqual([]);
  });

  it('one new signatory → exactly one signatories alert, with its sources and EN/FR text citing the first', () => {
    const before = base();
    const alerts = diffFactBases(before, withNewSignatory(before), { now: NOW });
    expect(alerts).toHaveLength(1);
    const [alert] = alerts;
    const sources = sourceLinksOf(withNewSignatory(before), ['hindustantimes-2025-03-18', 'variety-2025-03-17']);
    expect(alert).toMatchObject({ topic: 'signatories', kind: 'signatory_added', subject: 'jane-doe', sources, createdAt: NOW.toISOString() });
    expect(alert!.text.en).toBe(`New signatory reported: Jane Doe (Actress) — ${sources[0]!.publisher}, ${sources[0]!.date}`);
    expect(alert!.text.fr).toBe(`Nouveau signataire signalé : Jane Doe (Actrice) — ${sources[0]!.publisher}, ${sources[0]!.date}`);
    expect(alert!.title).toEqual({ en: 'New signatory', fr: 'Nouveau signataire' });
  });

  it('ids are deterministic: the same change → the same id; another change → another id', () => {
    const before = base();
    const a = diffFactBases(before, withNewSignatory(before), { now: NOW });
    const b = diffFactBases(base(), withNewSignatory(base()), { now: new Date('2027-01-01T00:00:00Z') });
    expect(a[0]!.id).toMatch(/^[0-9a-f]{20}$/);
    expect(b[0]!.id).toBe(a[0]!.id);
    const other = structuredClone(withNewSignatory(before));
    other.signatories[other.signatories.length - 1]!.name = 'John Doe';
    expect(diffFactBases(before, other, { now: NOW })[0]!.id).not.toBe(a[0]!.id);
  });

  it('the same change from a later snapshot version (undone, then redone) → a new alert id', () => {
    const first = diffFactBases(base(), withNewSignatory(base()), { now: NOW, snapshotVersion: 1 })[0]!;
    const redone = diffFactBases(base(), withNewSignatory(base()), { now: NOW, snapshotVersion: 3 })[0]!;
    expect(redone.kind).toBe('signatory_added');
    expect(redone.id).not.toBe(first.id);
  });

  it('a weak name confirmed by a major outlet → one corrections alert saying so; back to weak → an alert saying smaller sites only', () => {
    const before = base();
    const weak = before.signatories.find((s) => s.confidence === 'weak')!;
    const after = structuredClone(before);
    after.signatories.find((s) => s.id === weak.id)!.confidence = 'major';
    const up = diffFactBases(before, after, { now: NOW });
    expect(up).toHaveLength(1);
    expect(up[0]).toMatchObject({ topic: 'corrections', kind: 'signatory_confidence', subject: weak.id });
    expect(up[0]!.text.en).toMatch(new RegExp(`^Update: ${weak.name} is now confirmed as a signatory by a major outlet — `));
    expect(up[0]!.text.fr).toMatch(/^Mise à jour : .* grand média — /);
    const down = diffFactBases(after, before, { now: NOW });
    expect(down).toHaveLength(1);
    expect(down[0]!.text.en).toMatch(/smaller sites only/);
  });

  it('corrected figure (reported signatory count) → one corrections alert with its sources', () => {
    const before = base();
    const after = structuredClone(before);
    after.letter.reportedSignatories.label = '450+';
    const alerts = diffFactBases(before, after, { now: NOW });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ topic: 'corrections', kind: 'count_corrected' });
    expect(alerts[0]!.text.en).toMatch(/^Correction: the reported number of signatories is now 450\+ \(was 400\+\) — /);
    expect(alerts[0]!.sources.length).toBeGreaterThan(0);
  });

  it('corrected answer and press deviation → corrections; a new dated event → timeline; a changed one → timeline', () => {
    const before = base();
    const after = structuredClone(before);
    after.facts[0]!.answer.en = `${after.facts[0]!.answer.en} (corrected)`;
    after.deviations[0]!.sourcesSay.en = 'The letter gives $229 billion; corrected wording.';
    after.timeline.push({ ...structuredClone(after.timeline[0]!), id: '2026-11-01-new-event', date: '2026-11-01', title: { en: 'Hearing held', fr: 'Audition tenue' } });
    after.timeline[1]!.detail.en = 'Changed detail.';
    const kinds = diffFactBases(before, after, { now: NOW }).map((a) => `${a.topic}/${a.kind}`);
    expect(kinds.sort()).toEqual(['corrections/deviation_noted', 'corrections/fact_corrected', 'timeline/event_added', 'timeline/event_changed']);
    const event = diffFactBases(before, after, { now: NOW }).find((a) => a.kind === 'event_added')!;
    expect(event.text.en).toMatch(/^New in the timeline: 1 November 2026, Hearing held\. /);
    expect(event.text.fr).toMatch(/^Nouveau dans la chronologie : 1 novembre 2026, Audition tenue\. /);
  });

  it('a source added to a known signatory is not news → no alert; a removed signatory → a correction', () => {
    const before = base();
    const after = structuredClone(before);
    after.signatories[0]!.sources.push('latimes-2025-03-18');
    expect(diffFactBases(before, after, { now: NOW })).toEqual([]);
    const removed = structuredClone(before);
    const gone = removed.signatories.pop()!;
    expect(diffFactBases(before, removed, { now: NOW }).map((a) => [a.kind, a.text.en])).toEqual([['signatory_removed', `Correction: ${gone.name} is no longer listed among the signatories`]]);
  });
});

describe('ids and hashes', () => {
  it('delivery ids: deterministic per (alert, platform, channel), 24 hex characters (fits Discord’s 25-character nonce)', () => {
    const id = deliveryId('abc', 'discord', '123');
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(deliveryId('abc', 'discord', '123')).toBe(id);
    expect(new Set([id, deliveryId('abc', 'slack', '123'), deliveryId('abc', 'discord', '124'), deliveryId('abd', 'discord', '123')]).size).toBe(4);
  });

  it('fact-base hash ignores key order; stableStringify sorts keys', () => {
    expect(stableStringify({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    const data = base();
    const reordered = Object.fromEntries(Object.entries(data).reverse()) as FactBaseData;
    expect(factBaseHash(reordered)).toBe(factBaseHash(data));
  });
});

describe('topics, links and editor alerts', () => {
  it('no topics → all; English and French words; "all"', () => {
    expect(parseTopics(undefined)).toEqual([...ALERT_TOPICS]);
    expect(parseTopics('timeline signatories')).toEqual(['signatories', 'timeline']);
    expect(parseTopics('chronologie, signataires')).toEqual(['signatories', 'timeline']);
    expect(parseTopics('all')).toEqual([...ALERT_TOPICS]);
  });

  it('an unknown topic → input_choice listing the topics', () => {
    expect(() => parseTopics('weather')).toThrow(UserError);
    try {
      parseTopics('signatories weather');
    } catch (error) {
      expect((error as UserError).params).toEqual({ value: 'weather', choices: 'signatories, timeline, corrections, editor' });
    }
  });

  it('links: full https only', () => {
    expect(parseAlertLink('https://www.example.com/story')).toBe('https://www.example.com/story');
    expect(parseAlertLink('http://www.example.com/')).toBeUndefined();
    expect(parseAlertLink('javascript:alert(1)')).toBeUndefined();
    expect(parseAlertLink('example')).toBeUndefined();
  });

  it('editor alert: same text in both languages, link as its source, message with the delivery reference', () => {
    const alert = editorAlert({ text: 'Call at 5pm', link: 'https://www.example.com/a', now: NOW, by: 'shell:me' });
    expect(alert).toMatchObject({ topic: 'editor', kind: 'editor', text: { en: 'Call at 5pm', fr: 'Call at 5pm' }, link: 'https://www.example.com/a' });
    expect(alert.sources[0]).toMatchObject({ publisher: 'www.example.com', url: 'https://www.example.com/a' });
    const message = alertMessage({ alert, locale: 'fr', id: 'd123' });
    expect(message).toMatchObject({ title: 'Alerte de la rédaction', text: 'Call at 5pm', footer: 'alerte letterbot · réf. d123' });
  });
});
