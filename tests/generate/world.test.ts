import { describe, expect, it } from 'vitest';
import { Random } from '../../src/generate/prng.js';
import { StatementWriter } from '../../src/generate/statements.js';
import { planSeed } from '../../src/ingest/plan.js';
import {
  buildWorld,
  checkOptions,
  entityCount,
  entityPhases,
  shapeOf,
  worldEntities,
} from '../../src/generate/world.js';

// No database here: the world and its statements are pure functions of N and the seed.

describe('the generated world', () => {
  it.each([1000, 4321, 50_000])('makes exactly N = %i statements, with unique ids', (statements) => {
    const world = buildWorld({ statements, seed: 11 });
    const ids = new Set<string>();
    let attributions = 0;
    for (const { statement, attributions: sources } of new StatementWriter(world).all()) {
      ids.add(statement.id);
      expect(sources.length).toBeGreaterThan(0);
      attributions += sources.length;
    }
    expect(ids.size).toBe(statements);
    expect(attributions).toBeGreaterThanOrEqual(statements);
    const entityIds = new Set([...worldEntities(world)].map((e) => e.id));
    expect(entityIds.size).toBe(entityCount(world));
  });

  it('comes in two phases that can each be written side by side: what names no entity, then the articles', () => {
    const world = buildWorld({ statements: 20_000, seed: 3 });
    const [first, second] = entityPhases(world).map(
      (phase) => planSeed({ entities: phase, statements: [] }).entities,
    );
    expect(first!.length + second!.length).toBe(entityCount(world));
    expect(new Set([...first!, ...second!].map((e) => e.id)).size).toBe(entityCount(world));
    expect(first!.every((e) => e.publisher === null && e.dateline === null)).toBe(true);
    const written = new Set(first!.map((e) => e.id));
    const named = second!.flatMap((e) => [e.publisher, e.dateline]).filter((id) => id !== null);
    expect(named.length).toBeGreaterThan(second!.length);
    expect(named.every((id) => written.has(id))).toBe(true);
    expect(new Set(second!.map((e) => e.label))).toEqual(new Set(['Article']));
  });

  it('scales with N: thousands of towns and hundreds of factions at a million statements', () => {
    const shape = shapeOf(1_000_000);
    expect(shape.towns).toBeGreaterThanOrEqual(10_000);
    expect(shape.factions).toBeGreaterThanOrEqual(200);
    expect(shape.regions).toBeGreaterThan(shape.provinces);
    const small = shapeOf(2000);
    expect(small.towns / small.regions).toBeGreaterThanOrEqual(4);
  });

  it('refuses counts it cannot make a graph of', () => {
    expect(() => checkOptions({ statements: 999, seed: 1 })).toThrow(/1,000 to 5,000,000/);
    expect(() => checkOptions({ statements: 5_000_001, seed: 1 })).toThrow(/1,000 to 5,000,000/);
    expect(() => checkOptions({ statements: 1500.5, seed: 1 })).toThrow();
    expect(() => checkOptions({ statements: 1500, seed: -1 })).toThrow(/seed/);
  });

  it('draws the same numbers from the same seed and key, other numbers from another', () => {
    const draw = (seed: number, key: string) => {
      const rng = new Random(seed).derive(key);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
  });
});
