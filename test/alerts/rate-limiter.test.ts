import { PUBLISHED_LIMITS, RateLimiter, scaleLimits } from '../../src/alerts/rate-limiter';

describe('RateLimiter', () => {
  it('Discord: 5 messages per 5 s per channel; the 6th waits for the first to leave the window', () => {
    const limiter = new RateLimiter(PUBLISHED_LIMITS);
    for (let i = 0; i < 5; i++) expect(limiter.take('discord', 'c1', 1000 + i)).toEqual({ ok: true });
    expect(limiter.take('discord', 'c1', 1010)).toEqual({ ok: false, retryAt: 6000, scope: 'channel' });
    expect(limiter.take('discord', 'c2', 1010)).toEqual({ ok: true });
    expect(limiter.take('discord', 'c1', 6000)).toEqual({ ok: true });
  });

  it('Discord: 50 per second across channels', () => {
    const limiter = new RateLimiter(PUBLISHED_LIMITS);
    for (let i = 0; i < 50; i++) expect(limiter.take('discord', `c${i}`, 0).ok).toBe(true);
    expect(limiter.take('discord', 'c99', 500)).toEqual({ ok: false, retryAt: 1000, scope: 'global' });
  });

  it('Slack: 1 message per second per channel', () => {
    const limiter = new RateLimiter(PUBLISHED_LIMITS);
    expect(limiter.take('slack', 'C1', 0).ok).toBe(true);
    expect(limiter.take('slack', 'C1', 999)).toEqual({ ok: false, retryAt: 1000, scope: 'channel' });
    expect(limiter.take('slack', 'C1', 1000).ok).toBe(true);
  });

  it('limits off: anything goes, except what a 429 blocked (channel or whole platform) until its retry time', () => {
    const limiter = new RateLimiter(null);
    for (let i = 0; i < 1000; i++) expect(limiter.take('discord', 'c1', 0).ok).toBe(true);
    limiter.block('discord', 'c1', 300);
    expect(limiter.take('discord', 'c1', 299)).toEqual({ ok: false, retryAt: 300, scope: 'channel' });
    expect(limiter.take('discord', 'c2', 299).ok).toBe(true);
    limiter.block('slack', null, 500);
    expect(limiter.take('slack', 'C9', 100)).toEqual({ ok: false, retryAt: 500, scope: 'global' });
    expect(limiter.take('slack', 'C9', 500).ok).toBe(true);
    limiter.prune(10_000);
    expect(limiter.take('discord', 'c1', 10_000).ok).toBe(true);
  });
});

describe('scaleLimits', () => {
  it('a share of 0.5 allows the same number of messages in twice the time', () => {
    expect(scaleLimits(PUBLISHED_LIMITS, 0.5)).toEqual({
      discord: { perChannel: { limit: 5, windowMs: 10_000 }, global: { limit: 50, windowMs: 2000 } },
      slack: { perChannel: { limit: 1, windowMs: 2000 }, global: { limit: 300, windowMs: 120_000 } },
    });
  });
});
