import { alertEmbed } from '../../../src/adapters/discord/alert-sender';
import { deliveryId, editorAlert, type AlertDelivery } from '../../../src/core/alerts';

function delivery(text: string, link?: string): AlertDelivery {
  const alert = editorAlert({ text, link, now: new Date('2026-11-26T12:00:00Z'), by: 'discord:1', audience: 'discord:9' });
  return { id: deliveryId(alert.id, 'discord', '1'), alert, platform: 'discord', channelId: '1', locale: 'en', attempt: 1, maybeSent: false, firstAttemptAt: null };
}

describe('Discord alert embeds escape the editor’s text like every other reply', () => {
  it('[nytimes.com](http://evil…) is shown as text, never a live masked link', () => {
    const embed = alertEmbed(delivery('Read [nytimes.com](http://evil.example/x) and **now** @everyone'));
    expect(embed.description).toBe('Read \\[nytimes.com\\](http://evil.example/x) and \\*\\*now\\*\\* @\u200beveryone');
    expect(JSON.stringify(embed)).not.toMatch(/[^\\]\[nytimes\.com\]\(/);
    expect(embed.url).toBeUndefined();
  });

  it('a link comes only through `link`, https only', () => {
    expect(alertEmbed(delivery('x', 'https://www.example.com/story')).url).toBe('https://www.example.com/story');
    const forged = delivery('x');
    const withHttp = { ...forged, alert: { ...forged.alert, link: 'http://evil.example/', sources: [{ publisher: 'evil', title: '[t](http://e)', url: 'http://evil.example/', date: '2026-11-26' }] } };
    const embed = alertEmbed(withHttp);
    expect(embed.url).toBeUndefined();
    expect(JSON.stringify(embed.fields)).not.toContain('](http://');
  });
});
