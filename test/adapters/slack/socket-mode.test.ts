/**
 * Socket Mode (the default for newsrooms behind firewalls): the same listeners over the WebSocket that
 * FakeSlack serves after `apps.connections.open` with the app-level token.
 */
import { slashCommandBody } from '../../helpers/fake-slack';
import { headerOf, sleep, startTestSlack, type SlackTestApp } from './slack-harness';

let app: SlackTestApp;

beforeAll(async () => {
  app = await startTestSlack({ mode: 'socket' });
  await app.fake.socketConnected();
});

afterAll(async () => {
  await app.stop();
});

function envelope(text: string, responseUrlId: string, triggerId: string): Record<string, string> {
  const body = slashCommandBody({ command: '/signatory', text, triggerId, responseUrl: app.fake.responseUrl(responseUrlId, { channel: 'C0FAKECHAN', user: 'U0FAKEUSER' }) });
  return Object.fromEntries(new URLSearchParams(body));
}

it('connects with the app token, acks a slash command envelope empty, then answers through response_url', async () => {
  expect(app.handle.port).toBeUndefined();
  expect(app.fake.callsTo('apps.connections.open')[0]?.headers.authorization).toBe(`Bearer ${app.fake.appToken}`);
  const ack = await app.fake.sendEnvelope('slash_commands', envelope('cate blanchet', 'sock-1', 'trig-sock-1'));
  expect(ack).toEqual({});
  const { body } = await app.fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === 'sock-1');
  expect(headerOf(body)).toBe('✅ Yes: Cate Blanchett is among the signatories');
});

it('a redelivered envelope (retry_attempt 1) is acked but not answered twice', async () => {
  const payload = envelope('Ben Affleck', 'sock-2', 'trig-sock-2');
  await app.fake.sendEnvelope('slash_commands', payload);
  await app.fake.waitForCall((c) => c.method === 'response_url' && c.responseUrlId === 'sock-2');
  expect(await app.fake.sendEnvelope('slash_commands', payload, { retryAttempt: 1 })).toEqual({});
  await sleep(200);
  expect(app.fake.responseUrlUses('sock-2')).toBe(1);
});
