import { FreshRead } from '../../src/alerts/fresh-read';

/** A read the test settles by hand, counting how many were started. */
function manualReads(): { read: () => Promise<number>; started: () => number; settle: (value: number | Error) => void } {
  const pending: ((value: number | Error) => void)[] = [];
  let started = 0;
  return {
    started: () => started,
    read: () =>
      new Promise<number>((resolve, reject) => {
        started++;
        pending.push((value) => (value instanceof Error ? reject(value) : resolve(value)));
      }),
    settle: (value) => pending.shift()!(value),
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('FreshRead', () => {
  it('callers within maxAgeMs of a read share it; a later caller waits for a new read, started once the running one settles', async () => {
    let now = 1000;
    const reads = manualReads();
    const fresh = new FreshRead(reads.read, { maxAgeMs: 50, clock: () => now });
    const first = fresh.get();
    now += 50;
    const shared = fresh.get();
    expect(reads.started()).toBe(1);
    now += 1;
    const [late, alsoLate] = [fresh.get(), fresh.get()];
    expect(reads.started()).toBe(1); // the running read started too long ago: wait for the next one
    reads.settle(10);
    expect(await Promise.all([first, shared])).toEqual([10, 10]);
    await tick();
    expect(reads.started()).toBe(2);
    reads.settle(20);
    expect(await Promise.all([late, alsoLate])).toEqual([20, 20]);
    // Settled and still fresh: no new read.
    expect(await fresh.get()).toBe(20);
    expect(reads.started()).toBe(2);
    // Settled and too old: a new read at once.
    now += 51;
    const again = fresh.get();
    expect(reads.started()).toBe(3);
    reads.settle(30);
    expect(await again).toBe(30);
  });

  it('with maxAgeMs 0, no caller is given a read that started before it asked', async () => {
    let now = 0;
    const reads = manualReads();
    const fresh = new FreshRead(reads.read, { maxAgeMs: 0, clock: () => now });
    const first = fresh.get();
    now = 1;
    const second = fresh.get();
    reads.settle(1);
    expect(await first).toBe(1);
    await tick();
    reads.settle(2);
    expect(await second).toBe(2);
    expect(reads.started()).toBe(2);
  });

  it('a failed read fails its own callers only; the next caller reads again', async () => {
    const now = 0;
    const reads = manualReads();
    const fresh = new FreshRead(reads.read, { maxAgeMs: 50, clock: () => now });
    const first = fresh.get();
    reads.settle(new Error('connection reset'));
    await expect(first).rejects.toThrow('connection reset');
    await tick();
    const after = fresh.get();
    expect(reads.started()).toBe(2);
    reads.settle(7);
    expect(await after).toBe(7);
  });
});
