/**
 * Latency floor for the Slack benchmark: a bare Bolt app (default HTTPReceiver) with a
 * single `/ping` command that acks a fixed string. Anything our adapter adds on top of
 * this is our own overhead.
 */
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { captureLogger, type FakeSlack } from './fake-slack';

export async function startFloorSlackApp(fake: FakeSlack): Promise<{ url: string; stop(): Promise<void> }> {
  const app = new App({
    token: fake.botToken,
    signingSecret: fake.signingSecret,
    logger: captureLogger(),
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    // Run auth.test inside `await app.init()` (errors surface here) instead of as a
    // floating promise in the constructor.
    deferInitialization: true,
  });
  app.command('/ping', async ({ ack }) => {
    await ack('pong');
  });
  await app.init();
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.stop();
    },
  };
}
