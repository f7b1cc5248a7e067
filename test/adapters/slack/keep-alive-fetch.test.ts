import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SlackAlertSender } from '../../../src/adapters/slack/alert-sender';
import { createKeepAliveFetch } from '../../../src/adapters/slack/keep-alive-fetch';
import { editorAlert } from '../../../src/core/alerts';
import { FakeSlack } from '../../helpers/fake-slack';

/** The Slack alert sender's HTTP (the Web API client's `fetch`): what WebClient relies on, over keep-alive node:http. */
let server: http.Server;
let base: string;
let connections = 0;
const transport = createKeepAliveFetch();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/redirect') {
        res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
        res.end();
      } else if (req.url === '/slow') {
        // The client gives up first (its abort destroys the socket): no answer to wait for after that.
        const timer = setTimeout(() => res.end('late'), 500);
        res.once('close', () => clearTimeout(timer));
      } else if (req.url === '/limited') {
        res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' });
        res.end('{"ok":false,"error":"ratelimited"}');
      } else {
        res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
        res.end(JSON.stringify({ ok: true, method: req.method, type: req.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') }));
      }
    });
  });
  server.on('connection', () => (connections += 1));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  transport.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('keep-alive fetch for the Slack Web API client', () => {
  it('a form POST → status, headers and body as fetch gives them; ten posts in a row share one connection', async () => {
    const before = connections;
    for (let i = 0; i < 10; i++) {
      const res = await transport.fetch(`${base}/api/chat.postMessage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `channel=C1&text=n${i}` });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-oauth-scopes')).toBe('chat:write');
      expect(await res.json()).toEqual({ ok: true, method: 'POST', type: 'application/x-www-form-urlencoded', body: `channel=C1&text=n${i}` });
    }
    expect(connections - before).toBe(1);
  });

  it('a 429 keeps its Retry-After header; a redirect with redirect: error is refused', async () => {
    const limited = await transport.fetch(`${base}/limited`, { method: 'POST', body: '' });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    await expect(transport.fetch(`${base}/redirect`, { method: 'POST', body: '', redirect: 'error' })).rejects.toThrow(TypeError);
  });

  it('the abort signal (the client timeout) ends the request', async () => {
    await expect(transport.fetch(`${base}/slow`, { method: 'POST', body: '', signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('through the alert sender: a post slower than its timeout → retry, uncertain (it may have gone out)', async () => {
    const slack = await FakeSlack.start();
    slack.postLatencyMs = 400;
    const sender = new SlackAlertSender({ botToken: slack.botToken, apiUrl: slack.apiUrl, timeoutMs: 50 });
    try {
      const outcome = await sender.send({ id: 'd-timeout', alert: editorAlert({ text: 'Hello', now: new Date(), by: 't' }), platform: 'slack', channelId: 'C0FAKECHAN', locale: 'en', attempt: 1, maybeSent: false, firstAttemptAt: null, tenant: null });
      expect(outcome).toMatchObject({ kind: 'retry', uncertain: true });
    } finally {
      await sender.close();
      await slack.close();
    }
  });
});
