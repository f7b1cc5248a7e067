import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import { dispatcherWith, makeWeak, run } from '../../helpers/core';
import { decodeCustomId, encodeCustomId, labelOf, type ButtonAction } from '../../../src/adapters/discord/custom-id';
import { DISCORD_LIMITS, clip, defuseMentions, disableButtons, escapeMarkdownText, messageEmbedSize, renderNotice, renderReply, sourceLine } from '../../../src/adapters/discord/render';
import { makeReply, type Reply, type SourceLink } from '../../../src/core/reply';

const NOW = Date.UTC(2026, 10, 26, 12);
const OWNER = '1346000000000000004';

function render(reply: Reply) {
  return renderReply(reply, { locale: 'en', owner: OWNER, issuedAt: NOW });
}

function source(i: number, extra: Partial<SourceLink> = {}): SourceLink {
  return { publisher: `Publisher ${i} ${'p'.repeat(150)}`, title: `Title ${i}`, url: `https://example.org/${i}/${'u'.repeat(400)}`, date: '2025-03-18', ...extra };
}

/** Every embed and component limit Discord enforces, in one place. */
function expectWithinLimits(embed: APIEmbed): void {
  expect((embed.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
  expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
  expect((embed.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  }
  expect(messageEmbedSize([embed])).toBeLessThanOrEqual(DISCORD_LIMITS.total);
}

describe('renderReply', () => {
  test('a huge synthetic reply stays inside every Discord limit, keeps the verdict and the sources, counts what it drops', () => {
    const reply = makeReply({
      title: `Verdict ${'T'.repeat(1000)}`,
      text: 'D'.repeat(20_000),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `Field ${i} ${'n'.repeat(500)}`, value: 'v'.repeat(3000) })),
      sources: Array.from({ length: 60 }, (_, i) => source(i)),
      choices: Array.from({ length: 40 }, (_, i) => ({ label: `Name ${i} ${'é'.repeat(70)}`, command: 'signatory', options: { name: `Name ${i} ${'é'.repeat(70)}` }, kind: 'suggestion' as const })),
      tone: 'uncertain',
    });
    const message = render(reply);
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.embeds).toHaveLength(1);
    const embed = message.embeds[0]!;
    expectWithinLimits(embed);
    expect(embed.title).toMatch(/^Verdict T+…$/);
    expect(embed.color).toBe(0xf1c40f);
    const names = embed.fields!.map((f) => f.name);
    expect(names).toContain('Sources');
    expect(names).toContain('…');
    expect(embed.fields!.find((f) => f.name === '…')?.value).toMatch(/^…and \d+ more$/);
    expect(embed.fields!.find((f) => f.name === 'Sources')?.value).toMatch(/\n…and \d+ more sources$/);

    expect(message.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.rows);
    const all = message.components.flatMap((row) => row.components);
    expect(all).toHaveLength(25);
    for (const row of message.components) expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    const ids = all.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(new Set(ids).size).toBe(ids.length);
    all.forEach((b, i) => {
      expect(b.label!.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      expect(b.style).toBe(ButtonStyle.Secondary);
      const id = ids[i]!;
      expect(id.length).toBeLessThanOrEqual(100);
      // Too long to carry inline: the name is the button's own label, read back from the pressed message.
      expect(decodeCustomId(id, labelOf(message.components, id))).toEqual({ status: 'ok', action: expect.objectContaining({ command: 'signatory', index: i, options: reply.choices[i]!.options }) });
    });
  });

  test('a long description alone is cut at 4,096 with "…"; short replies are untouched', () => {
    const long = render(makeReply({ title: 'T', text: 'x'.repeat(5000) })).embeds[0]!;
    expect(long.description).toHaveLength(4096);
    expect(long.description!.endsWith('…')).toBe(true);
    const short = render(makeReply({ title: 'Answer', text: 'Short.', fields: [{ name: 'a', value: 'b' }] })).embeds[0]!;
    expect(short).toEqual({ color: 0x3498db, title: 'Answer', description: 'Short.', fields: [{ name: 'a', value: 'b' }] });
  });

  test('sources become [publisher](url) · date links; odd URLs stay readable and never break the markup', () => {
    expect(sourceLine({ publisher: 'Los Angeles Times', title: 'x', url: 'https://www.latimes.com/a', date: '2025-03-18' }, 'en')).toBe('[Los Angeles Times](https://www.latimes.com/a) · 18 March 2025');
    expect(sourceLine({ publisher: 'Le Monde', title: 'x', url: 'https://www.lemonde.fr/a', date: '2025-03-18' }, 'fr')).toBe('[Le Monde](https://www.lemonde.fr/a) · 18 mars 2025');
    expect(sourceLine({ publisher: 'Wiki [mirror]', title: 'x', url: 'https://en.wikipedia.org/wiki/A_(b)', date: 'n.d.' }, 'en')).toBe('[Wiki mirror](https://en.wikipedia.org/wiki/A_%28b%29) · n.d.');
    expect(sourceLine({ publisher: 'Odd', title: 'x', url: 'javascript:alert(1)', date: '2025' }, 'en')).toBe('Odd · 2025');
    const short = (i: number): SourceLink => ({ publisher: `P${i}`, title: 't', url: `https://example.org/${i}`, date: '2025' });
    const fields = render(makeReply({ title: 'T', text: 'x', sources: [short(1), short(1), short(2)] })).embeds[0]!.fields!;
    expect(fields.filter((f) => f.name === 'Sources')).toHaveLength(1);
    expect(fields[0]!.value.split('\n')).toHaveLength(2); // the duplicate is listed once
  });

  test('mentions in any user- or data-derived text stay readable but inert; markdown links typed by users are shown, not followed', () => {
    const reply = makeReply({
      title: '@everyone look',
      text: 'Hi @here and <@1346000000000000004>, <@!1>, <@&2> in <#3>. [click](https://evil.example)',
      fields: [{ name: '@everyone', value: '<@123>' }],
      sources: [{ publisher: '@here news', title: 't', url: 'https://example.org', date: '2025' }],
      choices: [{ label: '@everyone', command: 'signatory', options: { name: '@everyone' }, kind: 'suggestion' }],
    });
    const message = render(reply);
    const text = JSON.stringify(message.embeds) + JSON.stringify(message.components.map((r) => r.components.map((b) => b.label)));
    expect(text).not.toMatch(/@(everyone|here)|<@!?&?\d|<#\d/);
    expect(message.embeds[0]!.title).toBe('@\u200beveryone look');
    expect(message.embeds[0]!.description).toContain('<@\u200b1346000000000000004>');
    expect(message.embeds[0]!.description).toContain('\\[click\\](https://evil.example)');
    expect(defuseMentions('no mentions here')).toBe('no mentions here');
  });

  test('colour per tone; page choices are blue buttons, suggestions grey', () => {
    const colours = (['positive', 'negative', 'uncertain', 'neutral', 'error'] as const).map((tone) => render(makeReply({ title: 't', text: 'x', tone })).embeds[0]!.color);
    expect(new Set(colours).size).toBe(5);
    const paged = render(makeReply({ title: 't', text: 'x', choices: [{ label: 'Next ▸', command: 'timeline', options: { page: '2' }, kind: 'page' }] }));
    expect(paged.components[0]!.components[0]).toMatchObject({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Next ▸' });
  });

  test('markdown in text is shown literally (linear time), bare URLs and > quotes stay', () => {
    expect(escapeMarkdownText('> From the letter: “we *must* act” ~~x~~ ||s|| `c` a_b')).toBe('> From the letter: “we \\*must\\* act” \\~\\~x\\~\\~ \\|\\|s\\|\\| \\`c\\` a\\_b');
    expect(escapeMarkdownText('# Big\n-# small\nsee https://example.org/a_b_(c)')).toBe('\\# Big\n\\-# small\nsee https://example.org/a_b_(c)');
    const started = performance.now();
    escapeMarkdownText('*_'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(200);
  });

  test('clip never splits a surrogate pair', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('abc', 3)).toBe('abc');
  });

  test('notices (expired, not yours) are plain, localized and never ping', () => {
    expect(renderNotice('expired', 'fr', 'chronologie')).toEqual({ content: 'Ces boutons ont expiré. Relancez /chronologie.', allowedMentions: { parse: [] } });
    expect(renderNotice('expired', 'en', null).content).toBe('These buttons have expired. Run the command again.');
  });

  test('disableButtons keeps the rows and disables every button', () => {
    const rows = render(makeReply({ title: 't', text: 'x', choices: [{ label: 'A', command: 'signatory', options: { name: 'A' }, kind: 'suggestion' }] })).components;
    const disabled = disableButtons(rows);
    expect(disabled).toEqual([{ ...rows[0], components: [{ ...rows[0]!.components[0], disabled: true }] }]);
  });
});

describe('button custom ids', () => {
  const action: ButtonAction = { kind: 'page', index: 1, locale: 'fr', owner: OWNER, issuedAt: NOW, command: 'timeline', options: { from: '2025-01-01', to: '2025-03-31', page: '2' } };

  test('inline when short: round-trips, separators and accents included, with or without the label', () => {
    const odd = { ...action, kind: 'suggestion' as const, options: { name: 'Zoë | A&B = 100%' } };
    for (const a of [action, odd]) {
      const id = encodeCustomId(a, 'Next ▸')!;
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeCustomId(id)).toEqual({ status: 'ok', action: a });
      expect(decodeCustomId(id, 'anything')).toEqual({ status: 'ok', action: a });
    }
  });

  test('too long inline → the option that is the label is read back from the label: no state, any instance decodes it', () => {
    const question = 'depuis quand existe le droit d\'auteur américain selon la lettre';
    const ask: ButtonAction = { ...action, kind: 'suggestion', command: 'ask', options: { question, lang: 'fr' } };
    const id = encodeCustomId(ask, question)!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(id).not.toContain('droit');
    expect(decodeCustomId(id, question)).toEqual({ status: 'ok', action: ask });
    // The pressed message did not come with it: nothing to run, answered as expired.
    expect(decodeCustomId(id)).toEqual({ status: 'gone' });
  });

  test('too long and not the label → no id (the button is not drawn); ids of the old in-memory store → gone', () => {
    const long = { ...action, options: { name: 'x'.repeat(200) } };
    expect(encodeCustomId(long, 'Someone else')).toBeNull();
    const message = render(
      makeReply({
        title: 'T',
        text: 'x',
        choices: [
          { label: 'Cate Blanchett', command: 'signatory', options: { name: 'Cate Blanchett' }, kind: 'suggestion' },
          { label: 'Short label', command: 'signatory', options: { name: 'y'.repeat(200) }, kind: 'suggestion' },
        ],
      }),
    );
    expect(message.components.flatMap((r) => r.components).map((b) => b.label)).toEqual(['Cate Blanchett']);
    expect(decodeCustomId('lb1|#|AbCdEfGhIjKl')).toEqual({ status: 'gone' });
  });

  test('ids that are not ours, or malformed, are foreign', () => {
    for (const id of ['page:2', 'lb1|zz|1|2|x|', 'lb1|p0e|notanid|abc|timeline|', 'lb1|p0e|123|abc|time line|page=2', 'lb1|p0e|123|abc|timeline|=2', 'lb1|#|a|b']) {
      expect(decodeCustomId(id, 'label')).toEqual({ status: 'foreign' });
    }
  });
});

describe('sources with a via copy, and names only smaller sites report', () => {
  const weak = dispatcherWith((data) => {
    makeWeak(data, 'cate-blanchett');
    const first = data.sources.find((s) => s.id === data.signatories.find((p) => p.id === 'cate-blanchett')!.sources[0])!;
    first.via = { url: 'https://mirror.example.net/copy-of-the-story', note: 'read on a mirror' };
  });

  test('the link is the outlet’s own URL, never the via copy; the embed title is the hedged verdict, not "Yes"', async () => {
    const { reply } = await run(weak, 'signatory', { name: 'Cate Blanchett' }, 'fr');
    expect(reply.sources.some((s) => s.via)).toBe(true);
    const message = render(reply);
    const all = JSON.stringify(message);
    expect(all).not.toContain('mirror.example.net');
    for (const s of reply.sources) expect(all).toContain(`(${s.url})`);
    expect(message.embeds[0]!.title).toBe('Petits sites seulement : le nom de Cate Blanchett figure parmi les signataires, sans confirmation d’un grand média');
  });
});
