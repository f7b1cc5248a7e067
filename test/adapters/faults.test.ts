import { apologize, describeError, scrubSecrets } from '../../src/adapters/faults';
import type { Reply } from '../../src/core/reply';

describe('scrubSecrets: no token reaches a log line', () => {
  it.each([
    ['Slack bot token', 'xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'],
    ['Slack user token', 'xoxp-1234567890-1234567890-1234567890123-0123456789abcdef0123456789abcdef'],
    ['Slack app-level token', 'xapp-1-A0123456789-1234567890123-0123456789abcdef0123456789abcdef'],
    ['Slack refresh token', 'xoxe-1-My0xLTEyMzQ1Njc4OTAtMTIzNDU2Nzg5MA'],
    ['Slack rotating access token', 'xoxe.xoxp-1-Mi0yLTEyMzQ1Njc4OTAtMTIzNDU2Nzg5MA'],
    ['Slack rotating bot token', 'xoxe.xoxb-1-Mi0yLTEyMzQ1Njc4OTAtMTIzNDU2Nzg5MA'],
    ['Slack legacy workspace token', 'xoxa-2-1234567890-abcdef'],
    ['Discord bot token', 'MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs'],
    ['Discord user mfa token', 'mfa.VkO_2G4Qv3T--NO--lWetW_tjND--TOKEN--QFTm6YGtzq9PH--4U--tG0'],
  ])('%s', (_kind, token) => {
    const line = `request failed (${token}) while posting`;
    const out = scrubSecrets(line);
    expect(out).not.toContain(token);
    expect(out).not.toContain(token.slice(-12));
    expect(out).toBe('request failed ([redacted]) while posting');
  });

  it('interaction and webhook tokens in URLs, Authorization headers, token fields and query strings', () => {
    const text = [
      'POST /api/v10/interactions/1234567890/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ/callback',
      'PATCH /webhooks/987654321/aW50ZXJhY3Rpb246dG9rZW4tc2VjcmV0/messages/@original',
      'Authorization: Bot some.discord-token_value',
      'authorization: Bearer abcdefgh12345678',
      '{"token":"verification-secret","team":"T1"}',
      'https://slack.com/api/auth.test?token=query-secret&x=1',
    ].join('\n');
    const out = scrubSecrets(text);
    for (const secret of ['aW50ZXJhY3Rpb246MTIz', 'aW50ZXJhY3Rpb246dG9r', 'some.discord-token_value', 'abcdefgh12345678', 'verification-secret', 'query-secret']) expect(out).not.toContain(secret);
    expect(out).toContain('/interactions/1234567890/[redacted]/callback');
    expect(out).toContain('"team":"T1"');
  });

  it('ordinary text is left alone', () => {
    const text = 'Cate Blanchett, 2025-03-15, https://www.example.com/story?id=3, xoxo hugs';
    expect(scrubSecrets(text)).toBe(text);
  });
});

describe('describeError', () => {
  it('keeps name, code, status and stack, scrubbed', () => {
    const error = Object.assign(new Error('failed with xoxb-111-222-secretsecret'), { code: 50035, status: 400 });
    const described = describeError(error);
    expect(described).toMatchObject({ name: 'Error', message: 'failed with [redacted]', code: 50035, status: 400 });
    expect(JSON.stringify(described)).not.toContain('secretsecret');
  });

  it('a thrown string or object is described too', () => {
    expect(describeError('xapp-1-A1-secret')).toEqual({ message: '[redacted]' });
  });
});

describe('apologize: the one apology', () => {
  const logs = (): { lines: { details: Record<string, unknown>; message: string }[]; error: (d: Record<string, unknown>, m: string) => void } => {
    const lines: { details: Record<string, unknown>; message: string }[] = [];
    return { lines, error: (details, message) => lines.push({ details, message }) };
  };

  it('logs the fault with where it happened, then delivers the core apology in the asker’s language', async () => {
    const logger = logs();
    const delivered: Reply[] = [];
    const result = await apologize({
      logger,
      message: 'slack request failed',
      context: { platform: 'slack', command: 'ask', requestId: 'r1' },
      error: new Error('boom with xoxb-1-2-abcdefabcdef'),
      locale: 'fr',
      deliver: async (apology) => {
        delivered.push(apology);
        return 'response_url';
      },
    });
    expect(result).toBe('response_url');
    expect(delivered[0]!.text).toBe('Un problème est survenu de notre côté et l’équipe est prévenue. Réessayez dans un instant.');
    expect(delivered[0]!.ephemeral).toBe(true);
    expect(logger.lines).toEqual([{ message: 'slack request failed', details: expect.objectContaining({ platform: 'slack', command: 'ask', requestId: 'r1', error: expect.objectContaining({ message: 'boom with [redacted]' }) }) }]);
  });

  it('a failed delivery is logged, never thrown', async () => {
    const logger = logs();
    const result = await apologize({
      logger,
      message: 'discord interaction failed',
      context: { platform: 'discord', requestId: 'i1' },
      error: new Error('first'),
      locale: 'en',
      deliver: async () => {
        throw new Error('Unknown interaction');
      },
    });
    expect(result).toBeUndefined();
    expect(logger.lines.map((l) => l.message)).toEqual(['discord interaction failed', 'discord apology failed']);
  });
});
