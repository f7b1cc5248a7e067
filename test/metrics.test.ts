import { createDispatcher } from '../src/app';
import { metrics, recordDelivery, recordLease, recordRateLimited, registry, setQueueDepth, type DeliveryState, type LeaseEvent } from '../src/metrics';
import { LogCapture } from './adapters/discord/harness';

const value = async (metric: { get(): Promise<{ values: { labels: Record<string, string | number>; value: number }[] }> }, labels: Record<string, string>): Promise<number> =>
  (await metric.get()).values.find((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x))?.value ?? 0;

describe('metrics', () => {
  test('the dispatcher counts each command by its definition name, platform and outcome; an unknown name is "unknown"', async () => {
    const dispatcher = createDispatcher({ logger: new LogCapture().logger });
    const user = { id: 'U1', isManager: false };
    const before = await value(metrics.commands, { command: 'signatory', platform: 'slack', outcome: 'ok' });
    const unknownBefore = await value(metrics.commands, { command: 'unknown', platform: 'shell', outcome: 'user_error' });
    await dispatcher.dispatch({ command: '/SIGNATORY', options: { name: 'Cate Blanchett' }, locale: 'en', user, channel: { platform: 'slack', id: 'C1' } });
    await dispatcher.dispatch({ command: 'Drop Table Secrets', options: {}, locale: 'en', user, channel: { platform: 'shell', id: 'local' } });
    expect(await value(metrics.commands, { command: 'signatory', platform: 'slack', outcome: 'ok' })).toBe(before + 1);
    expect(await value(metrics.commands, { command: 'unknown', platform: 'shell', outcome: 'user_error' })).toBe(unknownBefore + 1);
    expect(await registry.metrics()).not.toContain('Drop Table');
  });

  test('hooks for the alerts worker keep labels to fixed sets: anything else becomes "other"', async () => {
    recordDelivery('discord', 'sent');
    recordDelivery('xoxb-secret-token', 'C0 channel name' as DeliveryState);
    recordLease('claimed');
    recordLease('user text' as LeaseEvent);
    recordRateLimited('slack');
    setQueueDepth('discord', 42);
    expect(await value(metrics.deliveries, { platform: 'discord', state: 'sent' })).toBeGreaterThanOrEqual(1);
    expect(await value(metrics.deliveries, { platform: 'other', state: 'other' })).toBeGreaterThanOrEqual(1);
    expect(await value(metrics.leases, { event: 'other' })).toBeGreaterThanOrEqual(1);
    expect(await value(metrics.queueDepth, { platform: 'discord' })).toBe(42);
    const text = await registry.metrics();
    expect(text).not.toContain('xoxb');
    expect(text).not.toContain('user text');
    expect(text).not.toContain('C0 channel');
  });
});
