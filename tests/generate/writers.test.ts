import { describe, expect, it } from 'vitest';
import { writeInTurns } from '../../src/generate/writers.js';

// No database here: the turn-taking of the generator's writes, with writes that settle when told to.

/** A write per item that settles when the test says, recording what was in flight. */
function controlledWrites() {
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  const started: number[] = [];
  const finished: number[] = [];
  let most = 0;
  const write = (item: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(item);
      most = Math.max(most, pending.size + 1);
      pending.set(item, {
        resolve: () => {
          pending.delete(item);
          finished.push(item);
          resolve();
        },
        reject: (error) => {
          pending.delete(item);
          finished.push(item);
          reject(error);
        },
      });
    });
  const settle = async (item: number, error?: Error) => {
    await until(() => pending.has(item));
    const write = pending.get(item)!;
    if (error) write.reject(error);
    else write.resolve();
  };
  return { write, settle, started, finished, pending, most: () => most };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!condition()) throw new Error('timed out waiting');
}

/** Items drawn on demand, as the generator's batches are: records how far the feed was read. */
function* feed(count: number, drawn: number[]) {
  for (let i = 0; i < count; i++) {
    drawn.push(i);
    yield i;
  }
}

describe('writes taken in turns', () => {
  it('writes every item, never more than `writers` at once, drawing the next only when one has room', async () => {
    const w = controlledWrites();
    const drawn: number[] = [];
    const all = writeInTurns(feed(6, drawn), 2, w.write);
    await until(() => w.started.length === 2);
    // Two in flight and the third drawn, waiting for room: the rest of the feed untouched.
    expect(drawn).toEqual([0, 1, 2]);
    await w.settle(1);
    await until(() => w.started.length === 3);
    expect(w.started).toEqual([0, 1, 2]);
    for (const item of [0, 2, 3, 4, 5]) await w.settle(item);
    await all;
    expect(w.finished.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(w.most()).toBe(2);
  });

  it('stops at the first failure and throws it only once the writes in flight have settled', async () => {
    const w = controlledWrites();
    const drawn: number[] = [];
    let outcome: unknown = 'still running';
    const all = writeInTurns(feed(10, drawn), 2, w.write).then(
      () => (outcome = 'resolved'),
      (error: unknown) => (outcome = error),
    );
    await w.settle(0, new Error('batch 0 refused'));
    await new Promise((resolve) => setImmediate(resolve));
    // Item 2 was drawn, waiting for room, but is not written; item 1 is still in flight, so no answer yet.
    expect(w.started).toEqual([0, 1]);
    expect(outcome).toBe('still running');
    await w.settle(1, new Error('batch 1 refused too'));
    await all;
    expect((outcome as Error).message).toBe('batch 0 refused');
    expect(w.started).toEqual([0, 1]);
    expect(w.pending.size).toBe(0);
    expect(drawn).toEqual([0, 1, 2]);
  });

  it('one writer writes in order, one at a time', async () => {
    const order: number[] = [];
    let inFlight = 0;
    await writeInTurns([0, 1, 2, 3], 1, async (item) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(item);
      inFlight -= 1;
    });
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('refuses a number of writers that is not a whole number of at least 1', async () => {
    for (const writers of [0, -1, 1.5, Number.NaN]) {
      await expect(writeInTurns([1], writers, async () => undefined)).rejects.toThrow(
        /writers must be 1 or more/,
      );
    }
  });
});
