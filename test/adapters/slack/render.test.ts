import type { types } from '@slack/bolt';
import { dispatcherWith, makeWeak, run } from '../../helpers/core';
import { makeReply, type Reply } from '../../../src/core/reply';
import {
  CHOICE_ACTION_PREFIX,
  SHARE_ACTION_ID,
  SLACK_LIMITS,
  escapeSlack,
  renderReply,
  splitEscaped,
  truncateEscaped,
} from '../../../src/adapters/slack/render';

type Block = types.KnownBlock;

const PINGS = ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<#C123>', '<!subteam^S1>', '@everyone', '@here', '@channel'];

/** Every string anywhere in a message. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function texts(blocks: Block[], type: string): string[] {
  return blocks.filter((b) => b.type === type).flatMap((b) => strings(b));
}

/** Every Block Kit limit we promise, checked on a rendered message. */
function expectWithinLimits(message: { text: string; blocks: Block[] }): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    if (block.type === 'section') {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(block.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.fields);
      for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
    }
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const e of block.elements) expect('text' in e ? e.text.length : 0).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
    }
    if (block.type === 'actions') {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      for (const e of block.elements) {
        if (e.type !== 'button') continue;
        expect(e.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        expect((e.value ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        expect((e.action_id ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.actionId);
      }
      const ids = block.elements.map((e) => ('action_id' in e ? e.action_id : undefined));
      expect(new Set(ids).size).toBe(ids.length);
    }
  }
}

const request = { command: 'signatory', options: { name: 'cate blanchet' }, locale: 'en' as const };

describe('escapeSlack', () => {
  it('turns &, < and > into entities and defuses @everyone-style words', () => {
    expect(escapeSlack('Tom & Jerry <!channel> <@U123> a>b')).toBe('Tom &amp; Jerry &lt;!channel&gt; &lt;@U123&gt; a&gt;b');
    expect(escapeSlack('hi @everyone and @Here')).not.toMatch(/@everyone|@here/i);
  });

  it('truncating never cuts an entity or a surrogate pair', () => {
    const escaped = escapeSlack('a'.repeat(8) + '&&&&');
    for (let max = 2; max < escaped.length; max++) {
      const cut = truncateEscaped(escaped, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.replace(/&amp;/g, '')).not.toMatch(/&/);
    }
    expect(truncateEscaped('ab😀cd', 4)).toBe('ab…');
  });

  it('splitting keeps chunks within the limit and loses no words', () => {
    const text = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ') + '\n\n' + 'x'.repeat(7000);
    const chunks = splitEscaped(text, 3000);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(3000);
    expect(chunks.join('').replace(/\s+/g, '') === text.replace(/\s+/g, '')).toBe(true);
    expect(chunks[0]).toMatch(/ word\d+$/); // cut between words, not inside one
  });
});

describe('renderReply', () => {
  const answer: Reply = makeReply({
    title: 'Yes: Cate Blanchett is among the signatories',
    text: 'Cate Blanchett (Actress) is named as a signatory.\n\n> quoted line',
    fields: [
      { name: 'Known for', value: 'Actress' },
      { name: 'Confidence', value: 'named by at least one major outlet' },
    ],
    sources: [
      { publisher: 'Los Angeles Times', title: 'Hollywood creatives…', url: 'https://www.latimes.com/a?b=1&c=2', date: '2025-03-18' },
      { publisher: 'Variety', title: 'Stars sign', url: 'https://variety.com/x', date: '2025-03' },
    ],
    tone: 'positive',
  });

  it('answer → header verdict, mrkdwn section, side-by-side fields, source links with dates, Share button', () => {
    const { blocks, text } = renderReply(answer, { locale: 'en', audience: 'private', request });
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'actions']);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: '✅ Yes: Cate Blanchett is among the signatories' } });
    expect(blocks[1]).toMatchObject({ text: { type: 'mrkdwn', text: expect.stringContaining('\n\n&gt; quoted line') } });
    expect(blocks[2]).toMatchObject({ fields: [{ type: 'mrkdwn', text: '*Known for*\nActress' }, expect.anything()] });
    const context = texts(blocks, 'context').join(' ');
    expect(context).toContain('<https://www.latimes.com/a?b=1&amp;c=2|Los Angeles Times> (18 March 2025)');
    expect(context).toContain('<https://variety.com/x|Variety> (2025-03)');
    const actions = blocks[4] as types.ActionsBlock;
    expect(actions.elements).toEqual([
      expect.objectContaining({ type: 'button', action_id: SHARE_ACTION_ID, text: expect.objectContaining({ text: 'Share in channel' }), value: JSON.stringify(request) }),
    ]);
    expect(text).toContain('Yes: Cate Blanchett');
  });

  it('French locale → French chrome (sources label, share button, dates)', () => {
    const { blocks } = renderReply(answer, { locale: 'fr', audience: 'private', request: { ...request, locale: 'fr' } });
    expect(JSON.stringify(blocks)).toContain('Partager dans le canal');
    expect(texts(blocks, 'context').join(' ')).toContain('(18 mars 2025)');
  });

  it('shared copy → same answer, no buttons', () => {
    const { blocks } = renderReply(answer, { locale: 'en', audience: 'shared', request });
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
  });

  it('did-you-mean → one button per candidate carrying {command, options, locale}, no Share', () => {
    const reply = makeReply({
      title: 'Did you mean…?',
      text: 'Pick a name',
      tone: 'uncertain',
      choices: [
        { label: 'Paul McCartney', command: 'signatory', options: { name: 'Paul McCartney' }, kind: 'suggestion' },
        { label: 'Paul Simon', command: 'signatory', options: { name: 'Paul Simon' }, kind: 'suggestion' },
      ],
    });
    const { blocks } = renderReply(reply, { locale: 'en', audience: 'private', request });
    const actions = blocks.find((b): b is types.ActionsBlock => b.type === 'actions')!;
    expect(actions.elements.map((e) => ('action_id' in e ? e.action_id : ''))).toEqual([`${CHOICE_ACTION_PREFIX}signatory.0`, `${CHOICE_ACTION_PREFIX}signatory.1`]);
    expect(JSON.parse((actions.elements[1] as types.Button).value!)).toEqual({ command: 'signatory', options: { name: 'Paul Simon' }, locale: 'en' });
  });

  it('errors and private replies (help) get no Share button', () => {
    const error = makeReply({ title: 'Sorry', text: 'Too long', tone: 'error', ephemeral: true });
    const help = makeReply({ title: 'letterbot', text: 'Help', ephemeral: true });
    for (const reply of [error, help]) expect(renderReply(reply, { locale: 'en', audience: 'private', request }).blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('mentions in any user- or data-derived string are escaped; only our own link markup remains', () => {
    const evil = PINGS.join(' ') + ' Tom & Jerry';
    const reply = makeReply({
      title: evil,
      text: evil,
      fields: [{ name: evil, value: evil }],
      sources: [{ publisher: `${evil}|x`, title: evil, url: 'https://example.org/a|b<c>', date: '2025-03-18' }, { publisher: 'Bad', title: 't', url: 'javascript:alert(1)', date: '' }],
      choices: [{ label: evil, command: 'signatory', options: { name: evil }, kind: 'page' }],
      tone: 'neutral',
    });
    const message = renderReply(reply, { locale: 'en', audience: 'private', request: { ...request, options: { name: evil } } });
    const shown = strings({ text: message.text, blocks: message.blocks.map((b) => (b.type === 'actions' ? { ...b, elements: b.elements.map((e) => ({ ...e, value: '' })) } : b)) });
    for (const s of shown) for (const ping of PINGS) expect(s).not.toContain(ping);
    const links = shown.join(' ').match(/<[^>]*>/g) ?? [];
    expect(links).toEqual(['<https://example.org/a%7Cb%3Cc%3E|&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;#C123&gt; &lt;!subteam^S1&gt; @\u2060everyone @\u2060here @\u2060channel Tom &amp; Jerry/x>']);
    expect(shown.join(' ')).not.toContain('javascript:');
  });

  it('a huge synthetic reply stays within every Slack limit and says what was left out', () => {
    const long = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    const huge = makeReply({
      title: 'T'.repeat(400) + '&',
      text: long(6000, 'text') + '\n\n' + '&'.repeat(5000) + 'y'.repeat(9000),
      fields: Array.from({ length: 120 }, (_, i) => ({ name: `Field ${i} ${'n'.repeat(300)}`, value: long(800, `v${i}-`) })),
      sources: Array.from({ length: 300 }, (_, i) => ({ publisher: `Publisher ${i}`, title: 't', url: `https://example.org/${i}/${'p'.repeat(100)}`, date: '2025-03-18' })),
      choices: Array.from({ length: 80 }, (_, i) => ({ label: `Choice ${i} ${'l'.repeat(100)}`, command: 'timeline', options: { page: String(i), from: 'x'.repeat(1900 * (i % 2)) }, kind: 'page' as const })),
      tone: 'neutral',
    });
    const message = renderReply(huge, { locale: 'en', audience: 'private', request: { command: 'timeline', options: {}, locale: 'en' } });
    expectWithinLimits(message);
    expect(message.blocks).toHaveLength(50);
    const all = strings(message.blocks).join('\n');
    expect(all).toMatch(/…and \d+ more/);
    expect(all).toMatch(/…and \d+ more sources/);
    // Buttons whose value would exceed 2,000 characters are left out rather than cut.
    for (const b of message.blocks) if (b.type === 'actions') for (const e of b.elements) if (e.type === 'button') expect(() => JSON.parse(e.value ?? '{}') as unknown).not.toThrow();
  });

  it('long fields get a section each; a short reply is left whole', () => {
    const reply = makeReply({ title: 'Timeline', text: 'Page 1 of 5', fields: [{ name: '2 May 2023 · Strike', value: 'd'.repeat(250) }, { name: 'b', value: 'c' }] });
    const { blocks } = renderReply(reply, { locale: 'en', audience: 'private', request });
    expect(blocks.filter((b) => b.type === 'section')).toHaveLength(3);
    expectWithinLimits(renderReply(reply, { locale: 'en', audience: 'private', request }));
  });
});

describe('sources with a via copy, and names only smaller sites report', () => {
  const weak = dispatcherWith((data) => {
    makeWeak(data, 'cate-blanchett');
    const first = data.sources.find((s) => s.id === data.signatories.find((p) => p.id === 'cate-blanchett')!.sources[0])!;
    first.via = { url: 'https://mirror.example.net/copy-of-the-story', note: 'read on a mirror' };
  });

  it('the link is the outlet’s own URL, never the via copy; the header is the hedged verdict, not "Yes"', async () => {
    const { reply } = await run(weak, 'signatory', { name: 'Cate Blanchett' });
    expect(reply.sources.some((s) => s.via)).toBe(true);
    const message = renderReply(reply, { locale: 'en', audience: 'private', request });
    const all = strings(message).join('\n');
    expect(all).not.toContain('mirror.example.net');
    for (const s of reply.sources) expect(all).toContain(`<${s.url}|`);
    expect(texts(message.blocks, 'header').join('')).toMatch(/Smaller sites only: Cate Blanchett is reported as a signatory, not confirmed by a major outlet/);
    expect(message.text).not.toMatch(/Yes:/);
  });
});
