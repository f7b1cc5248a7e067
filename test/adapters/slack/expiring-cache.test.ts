import { ExpiringCache, HandledRequests, RESPONSE_URL_MAX_USES, RESPONSE_URL_TTL_MS, ResponseUrlBudget } from '../../../src/adapters/slack/expiring-cache';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('ExpiringCache', () => {
  it('forgets entries after their lifetime and never holds more than maxEntries', () => {
    const c = clock();
    const cache = new ExpiringCache<number>({ ttlMs: 1000, maxEntries: 3, now: c.now });
    cache.set('a', 1);
    c.advance(999);
    expect(cache.get('a')).toBe(1);
    c.advance(1);
    expect(cache.get('a')).toBeUndefined();
    for (const k of ['b', 'c', 'd', 'e']) cache.set(k, 0);
    expect(cache.size).toBe(3);
    expect(cache.has('b')).toBe(false);
    expect(cache.has('e')).toBe(true);
  });
});

describe('HandledRequests', () => {
  it('a key is claimed once within ten minutes, then again after', () => {
    const c = clock();
    const handled = new HandledRequests({ now: c.now });
    expect(handled.claim('command:t1')).toBe(true);
    expect(handled.claim('command:t1')).toBe(false);
    c.advance(10 * 60 * 1000);
    expect(handled.claim('command:t1')).toBe(true);
  });
});

describe('ResponseUrlBudget', () => {
  it('5 uses per response_url, none after 30 minutes, none once Slack refused it', () => {
    const c = clock();
    const budget = new ResponseUrlBudget(c.now);
    for (let i = 0; i < RESPONSE_URL_MAX_USES; i++) expect(budget.take('u1')).toBe(true);
    expect(budget.take('u1')).toBe(false);
    expect(budget.take('u2')).toBe(true);
    c.advance(RESPONSE_URL_TTL_MS);
    expect(budget.take('u2')).toBe(false);
    budget.spend('u3');
    expect(budget.take('u3')).toBe(false);
  });
});
