import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { createContext, type Context } from '../../src/context.js';
import { disagreementPage } from '../../src/disagreement/queries.js';
import { disagreementResolvers } from '../../src/disagreement/resolvers.js';
import { linkedEntity } from '../../src/entity/require.js';
import { PeekableLoader } from '../../src/loaders/peekableLoader.js';
import { newScope } from '../../src/request/scope.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { statementPages } from '../../src/statement/queries.js';
import { linkedStatement } from '../../src/statement/resolvers.js';
import type { StatementRow } from '../../src/statement/rows.js';
import { testDatabase } from '../helpers/database.js';
import { NO_FILTER } from '../helpers/statementFilter.js';

const isPromise = (value: unknown) => value instanceof Promise;

describe('PeekableLoader', () => {
  /** A loader over `values` that records every batch it is asked for. */
  function loaderOver(values: Record<string, string | null>) {
    const batches: string[][] = [];
    const loader = new PeekableLoader<string, string | null>(async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => (k in values ? values[k]! : new Error(`no ${k}`)));
    });
    return { loader, batches };
  }

  it('holds nothing before a key is primed or loaded', () => {
    const { loader } = loaderOver({ a: 'A' });
    expect(loader.peek('a')).toBeUndefined();
    expect(isPromise(loader.get('a'))).toBe(true);
  });

  it('answers a primed key with the value itself, and loads nothing for it', async () => {
    const { loader, batches } = loaderOver({ a: 'A' });
    loader.prime('a', 'primed');
    expect(loader.peek('a')).toBe('primed');
    expect(loader.get('a')).toBe('primed');
    expect(await loader.load('a')).toBe('primed');
    expect(batches).toEqual([]);
  });

  it('holds what a batch loaded, nulls included, and never an error', async () => {
    const { loader, batches } = loaderOver({ a: 'A', n: null });
    await expect(Promise.all([loader.load('a'), loader.load('n')])).resolves.toEqual(['A', null]);
    await expect(loader.load('missing')).rejects.toThrow('no missing');
    expect(batches).toEqual([['a', 'n'], ['missing']]);
    expect(loader.get('a')).toBe('A');
    expect(loader.get('n')).toBeNull();
    expect(loader.peek('missing')).toBeUndefined();
  });

  it('keeps the first value, as priming never replaces what the loader holds', async () => {
    const { loader } = loaderOver({ a: 'A' });
    await loader.load('a');
    loader.prime('a', 'later');
    expect(loader.peek('a')).toBe('A');
    expect(await loader.load('a')).toBe('A');
  });

  it('does not hold primed errors or promises', async () => {
    const { loader } = loaderOver({ a: 'A' });
    loader.prime('e', new Error('primed error'));
    loader.prime('p', Promise.resolve('P'));
    expect(loader.peek('e')).toBeUndefined();
    expect(loader.peek('p')).toBeUndefined();
    await expect(loader.load('e')).rejects.toThrow('primed error');
    expect(await loader.load('p')).toBe('P');
  });

  it('forgets what is cleared, so the next read loads it again', async () => {
    const { loader, batches } = loaderOver({ a: 'A', b: 'B' });
    await Promise.all([loader.load('a'), loader.load('b')]);
    loader.clear('a');
    expect(loader.peek('a')).toBeUndefined();
    expect(loader.peek('b')).toBe('B');
    loader.clearAll();
    expect(loader.peek('b')).toBeUndefined();
    await loader.load('b');
    expect(batches).toEqual([['a', 'b'], ['b']]);
  });
});

describe('the fields below a page of statements', () => {
  let ctx: Context;
  let page: StatementRow[];

  beforeAll(async () => {
    const db = testDatabase();
    await runSeed(db, { paths: [SEED_DIR] });
    ctx = createContext(db, newScope());
    const pages = await db.read((tx) =>
      statementPages(tx, 'all', [null], NO_FILTER, 0, 20, ctx.loaders.keep),
    );
    page = pages.get(null)!.page;
  });

  it('answer from what the page brought, without a promise', () => {
    expect(page.length).toBe(20);
    for (const row of page) {
      expect(isPromise(linkedStatement(ctx, row.id))).toBe(false);
      const subject = linkedEntity(ctx, row.subject);
      expect(isPromise(subject)).toBe(false);
      expect(subject).toMatchObject({ id: row.subject });
      if (row.object) expect(linkedEntity(ctx, row.object)).toMatchObject({ id: row.object });
      const attributions = ctx.loaders.attributionsByStatement.get(row.id);
      expect(Array.isArray(attributions)).toBe(true);
      for (const a of attributions as { reporter: string; carriedBy: string }[]) {
        expect(linkedEntity(ctx, a.reporter)).toMatchObject({ id: a.reporter });
        expect(linkedEntity(ctx, a.carriedBy)).toMatchObject({ id: a.carriedBy });
      }
    }
  });

  it('load what the request does not hold yet, and call a link to nothing a broken graph', async () => {
    const fresh = createContext(testDatabase(), newScope());
    const entity = linkedEntity(fresh, page[0]!.subject);
    expect(isPromise(entity)).toBe(true);
    expect(await entity).toMatchObject({ id: page[0]!.subject });
    expect(isPromise(linkedEntity(fresh, page[0]!.subject))).toBe(false);
    await expect(linkedEntity(fresh, 'place:nowhere-at-all')).rejects.toThrow(
      'The graph links to entity "place:nowhere-at-all", which does not exist',
    );
    await expect(linkedStatement(fresh, 'stmt:none')).rejects.toThrow(
      'The graph links to statement "stmt:none", which does not exist',
    );
  });
});

describe('the reporters of a page of disagreements', () => {
  it('come from what the page brought, without a promise, sorted by id', async () => {
    const db = testDatabase();
    await runSeed(db, { paths: [SEED_DIR] });
    const ctx = createContext(db, newScope());
    const found = await db.read((tx) => disagreementPage(tx, null, 0, 20, ctx.loaders.keep));
    expect(found!.groups.length).toBeGreaterThan(0);
    const resolve = disagreementResolvers.Disagreement!.reporters as (
      ...args: [unknown, unknown, Context, GraphQLResolveInfo]
    ) => unknown;
    for (const group of found!.groups) {
      const reporters = resolve(group, {}, ctx, {} as GraphQLResolveInfo) as { id: string }[];
      expect(Array.isArray(reporters)).toBe(true);
      expect(reporters.every((r) => !isPromise(r))).toBe(true);
      const ids = reporters.map((r) => r.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual([...new Set(ids)].sort());
    }
  });
});
