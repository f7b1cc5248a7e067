/**
 * Several instances behind a load balancer (PostgreSQL): Slack retries a slow request (X-Slack-Retry-Num), and the
 * retry may land on another instance than the first try. With the requests seen recorded in the database, only the
 * first instance answers; in memory alone (one instance's own dedupe), the other would answer again.
 */
import { PostgresAlertStore } from '../../../src/alerts/pg-store';
import { blockActionsBody, FakeSlack, slashCommandBody } from '../../helpers/fake-slack';
import { describePg } from '../../helpers/describe-pg';
import { createTestSchema, dropTestSchemas, queryIn } from '../../helpers/pg';
import { buttonsOf, sleep, slash, startTestSlack, type SlackTestApp } from './slack-harness';

let fake: FakeSlack;
const apps: SlackTestApp[] = [];
const stores: PostgresAlertStore[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start();
});

afterAll(async () => {
  await Promise.all(apps.map((a) => a.stop()));
  await Promise.all(stores.map((s) => s.close()));
  await fake.close();
  await dropTestSchemas();
});

/** Two instances on one schema, each with its own pool (as two processes would have). */
async function twoInstances(): Promise<{ a: SlackTestApp; b: SlackTestApp; url: string }> {
  const { url } = await createTestSchema();
  const [storeA, storeB] = [await PostgresAlertStore.open(url, { max: 2 }), await PostgresAlertStore.open(url, { max: 2 })];
  stores.push(storeA, storeB);
  const a = await startTestSlack({ fake, seenRequests: storeA });
  const b = await startTestSlack({ fake, seenRequests: storeB });
  apps.push(a, b);
  return { a, b, url };
}

const retryHeaders = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };

describePg('Slack retries answered once across instances (PostgreSQL)', () => {
  it('a signed slash command retried on another instance → acked there, answered only by the first', async () => {
    const { a, b, url } = await twoInstances();
    const first = await slash(a, '/signatory', 'cate blanchet');
    expect((await a.logs.waitForRequest(first.triggerId)).outcome).toBe('ok');
    const retry = await fake.sendToApp(b.url, first.body, { headers: retryHeaders });
    expect(retry.status).toBe(200);
    expect((await b.logs.waitForRequest(first.triggerId)).outcome).toBe('duplicate');
    await sleep(200);
    expect(fake.responseUrlUses(first.responseUrlId)).toBe(1);
    // The key is stored hashed (it can hold a response_url), never as sent.
    const rows = (await queryIn(url, 'SELECT key FROM seen_requests')) as { key: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toMatch(/^slack:[A-Za-z0-9_-]{43}$/);
    expect(rows[0]!.key).not.toContain(first.triggerId);
  });

  it('the same request reaching both instances at once → exactly one answers', async () => {
    const { a, b } = await twoInstances();
    for (let round = 0; round < 5; round++) {
      const triggerId = `t-race-${round}-${Date.now()}`;
      const responseUrlId = `r-race-${round}-${Date.now()}`;
      const body = slashCommandBody({ command: '/signatory', text: 'cate blanchet', userId: 'U0FAKEUSER', channelId: 'C0FAKECHAN', triggerId, responseUrl: fake.responseUrl(responseUrlId, { channel: 'C0FAKECHAN', user: 'U0FAKEUSER' }) });
      const sent = await Promise.all([fake.sendToApp(a.url, body), fake.sendToApp(b.url, body, { headers: retryHeaders })]);
      expect(sent.map((r) => r.status)).toEqual([200, 200]);
      const outcomes = [(await a.logs.waitForRequest(triggerId)).outcome, (await b.logs.waitForRequest(triggerId)).outcome];
      expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(1);
      await sleep(100);
      expect(fake.responseUrlUses(responseUrlId)).toBe(1);
    }
  });

  it('the store: a key is first seen once within the TTL, and counts as new once older than it', async () => {
    const { url } = await createTestSchema();
    const store = await PostgresAlertStore.open(url, { max: 1 });
    stores.push(store);
    expect(await store.firstSeen('k', 100_000, 1000)).toBe(true);
    expect(await store.firstSeen('k', 100_500, 1000)).toBe(false);
    expect(await store.firstSeen('other', 100_500, 1000)).toBe(true);
    expect(await store.firstSeen('k', 101_000, 1000)).toBe(true);
  });

  it('a retried button click on another instance is not run twice', async () => {
    const { a, b } = await twoInstances();
    const { body } = await (await slash(a, '/timeline', '')).answer();
    const next = buttonsOf(body).find((x) => x.label === 'Next ▸')!;
    const id = `click-retry-${Date.now()}`;
    const payload = blockActionsBody({ actionId: next.action_id, value: next.value, responseUrl: fake.responseUrl(id, { channel: 'C0FAKECHAN' }) });
    await fake.sendToApp(a.url, payload);
    await fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === id);
    await fake.sendToApp(b.url, payload, { headers: { 'x-slack-retry-num': '1' } });
    await sleep(300);
    expect(fake.responseUrlUses(id)).toBe(1);
    expect(b.logs.requests().map((l) => l.outcome)).toContain('duplicate');
  });
});

describe('Slack retries without a shared database', () => {
  it('in memory, each instance dedupes only what it saw itself: a retry on the other instance is answered again', async () => {
    const a = await startTestSlack({ fake });
    const b = await startTestSlack({ fake });
    apps.push(a, b);
    const first = await slash(a, '/signatory', 'cate blanchet');
    await a.logs.waitForRequest(first.triggerId);
    await fake.sendToApp(b.url, first.body, { headers: retryHeaders });
    expect((await b.logs.waitForRequest(first.triggerId)).outcome).toBe('ok');
    // A retry on the same instance stays a duplicate.
    await fake.sendToApp(a.url, first.body, { headers: { 'x-slack-retry-num': '2' } });
    await sleep(200);
    expect(a.logs.requests().filter((l) => l.requestId === first.triggerId).map((l) => l.outcome)).toEqual(['ok', 'duplicate']);
  });
});
