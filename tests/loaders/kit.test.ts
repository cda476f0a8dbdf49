import { describe, expect, it } from 'vitest';
import { batchLoader, inOrder, perArguments } from '../../src/loaders/kit.js';

describe('inOrder', () => {
  it('puts what was found in the order of the keys, with the fallback where nothing was', () => {
    const found = new Map([
      ['b', 2],
      ['a', 1],
    ]);
    expect(inOrder(['a', 'x', 'b', 'a'], found, 0)).toEqual([1, 0, 2, 1]);
  });
});

describe('batchLoader', () => {
  it('reads every key asked in one tick in one batch and answers missing keys with `missing`', async () => {
    const batches: string[][] = [];
    const loader = batchLoader<string, string | null>(async (keys) => {
      batches.push([...keys]);
      return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, k.toUpperCase()]));
    }, null);
    const answers = await Promise.all(['a', 'gone', 'b', 'a'].map((k) => loader.load(k)));
    expect(answers).toEqual(['A', null, 'B', 'A']);
    expect(batches).toEqual([['a', 'gone', 'b']]);
  });

  it('answers what it loaded or was primed with without a promise', async () => {
    const loader = batchLoader<string, string[]>(async (keys) => new Map(keys.map((k) => [k, [k]])), []);
    loader.prime('p', ['primed']);
    expect(loader.get('p')).toEqual(['primed']);
    await loader.load('a');
    expect(loader.peek('a')).toEqual(['a']);
  });
});

describe('perArguments', () => {
  it('makes one loader per argument set and hands the same one back when the set is asked again', () => {
    const made: [string, number][] = [];
    const pageOf = perArguments(
      (link: string, skip: number) => `${link}:${skip}`,
      (link, skip) => {
        made.push([link, skip]);
        return batchLoader<string, number>(async () => new Map(), skip);
      },
    );
    const first = pageOf('children', 0);
    expect(pageOf('children', 0)).toBe(first);
    expect(pageOf('children', 10)).not.toBe(first);
    expect(pageOf('parties', 0)).not.toBe(first);
    expect(made).toEqual([
      ['children', 0],
      ['children', 10],
      ['parties', 0],
    ]);
  });
});
