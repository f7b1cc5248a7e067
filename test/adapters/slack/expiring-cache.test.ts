import { ExpiringCache, HandledRequests, hashKey, RESPONSE_URL_MAX_USES, RESPONSE_URL_TTL_MS, ResponseUrlBudget } from '../../../src/adapters/slack/expiring-cache';

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

describe('compact request ledgers', () => {
  it('HandledRequests keeps at most maxEntries, forgetting the oldest first', () => {
    const c = clock();
    const handled = new HandledRequests({ now: c.now, maxEntries: 3 });
    for (const k of ['a', 'b', 'c', 'd']) expect(handled.claim(k)).toBe(true);
    expect(handled.size).toBe(3);
    expect(handled.claim('d')).toBe(false);
    expect(handled.claim('a')).toBe(true);
  });

  it('HandledRequests drops expired entries as new ones come in', () => {
    const c = clock();
    const handled = new HandledRequests({ now: c.now });
    for (let i = 0; i < 100; i++) handled.claim(`command:${i}`);
    c.advance(10 * 60 * 1000);
    handled.claim('command:new');
    expect(handled.size).toBe(1);
  });

  it('ResponseUrlBudget forgets a url an hour after its first use and keeps at most maxEntries', () => {
    const c = clock();
    const budget = new ResponseUrlBudget(c.now, 2);
    for (let i = 0; i < RESPONSE_URL_MAX_USES; i++) budget.take('u1');
    expect(budget.take('u1')).toBe(false);
    c.advance(2 * RESPONSE_URL_TTL_MS);
    expect(budget.take('u1')).toBe(true);
    budget.take('u2');
    budget.take('u3');
    expect(budget.size).toBe(2);
  });

  it('a spent url stays refused for the whole window, even once its first use is long past', () => {
    const c = clock();
    const budget = new ResponseUrlBudget(c.now);
    expect(budget.take('u1')).toBe(true);
    c.advance(RESPONSE_URL_TTL_MS - 1000);
    budget.spend('u1');
    c.advance(RESPONSE_URL_TTL_MS);
    expect(budget.take('u1')).toBe(false);
  });

  it('hashKey tells apart keys that differ by one character and is stable', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `command:1334522460${i}.738474920.8088930838d88f008e0`);
    expect(new Set(keys.map(hashKey)).size).toBe(keys.length);
    expect(hashKey('command:t1')).toBe(hashKey('command:t1'));
    expect(hashKey('command:t1')).not.toBe(hashKey('command:t2'));
    expect(Number.isSafeInteger(hashKey('x'))).toBe(true);
  });
});
