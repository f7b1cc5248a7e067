import path from 'node:path';
import { tally } from '../../scripts/ask-eval';
import { evaluate, loadSplit } from '../../scripts/eval-ask';

/**
 * The held-out test split (never tuned on; written blind from the sources, batches 1 and 2). Issue 9's bar is
 * ≥ 90 % right, ≤ 1 % wrong and every off-topic question declined; it is NOT met yet. Until it is, these
 * bounds guard what /ask reaches against regressions (measured after the third dev-only tuning round, branch
 * ask-tune2: 195/248 right = 78.6 %, 6 wrong = 2.4 %, 24/26 off-topic declined; before it 191, 7, 24) and are
 * tightened as it improves: RIGHT_FLOOR is the right share rounded down to the whole percent, WRONG_CEILING the
 * wrong share rounded up to the next half percent, OFF_TOPIC_DECLINED the measured count.
 */
const RIGHT_FLOOR = 0.78;
const WRONG_CEILING = 0.025;
const OFF_TOPIC_DECLINED = 24;

describe('/ask on the held-out test split', () => {
  it('wrong ≤ the ceiling, right ≥ the floor, off-topic declined ≥ the measured count', async () => {
    const scored = await evaluate(loadSplit(path.join(__dirname, '..', 'fixtures', 'ask', 'test.json')));
    const t = tally(scored);
    const offTopic = scored.filter((s) => s.item.kind === 'offtopic');
    const summary = { right: t.right / t.total, wrong: t.wrong / t.total, offTopicDeclined: offTopic.filter((s) => s.outcome === 'right').length };
    expect(t.total).toBeGreaterThanOrEqual(100);
    expect(offTopic.length).toBeGreaterThanOrEqual(20);
    expect(summary.offTopicDeclined).toBeGreaterThanOrEqual(OFF_TOPIC_DECLINED);
    expect(summary.wrong).toBeLessThanOrEqual(WRONG_CEILING);
    expect(summary.right).toBeGreaterThanOrEqual(RIGHT_FLOOR);
  });
});
