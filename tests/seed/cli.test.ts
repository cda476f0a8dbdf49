import { describe, expect, it } from 'vitest';
import { testDatabase, testNeo4jVariables } from '../helpers/database.js';
import { spawnEntryPoint } from '../helpers/processes.js';
import { emptyGraph, fixture, graphSnapshot } from '../helpers/seed.js';

function seed(...args: string[]) {
  return spawnEntryPoint('seed/cli.ts', testNeo4jVariables(), args);
}

describe('npm run seed (the command)', () => {
  it('loads, prints the summary per type, and reports 0 created the second time', async () => {
    await emptyGraph();
    const first = seed(fixture('good'));
    expect((await first.exited).code).toBe(0);
    expect(first.output()).toMatch(/^Seeded: 2 files$/m);
    expect(first.output()).toMatch(/^ {2}Place +2 created, 0 updated, 0 unchanged$/m);
    expect(first.output()).toMatch(/^ {2}Statement +3 created, 0 updated, 0 unchanged$/m);

    const second = seed(fixture('good'));
    expect((await second.exited).code).toBe(0);
    expect(second.output()).toMatch(/^ {2}Statement +0 created, 0 updated, 3 unchanged$/m);
    expect(second.output()).toMatch(/^ {2}Attribution +0 created, 0 removed, 3 unchanged$/m);
  });

  it('--dry-run says what would change and writes nothing', async () => {
    await emptyGraph();
    const run = seed(fixture('good'), '--dry-run');
    expect((await run.exited).code).toBe(0);
    expect(run.output()).toMatch(/^Dry run \(nothing written\): 2 files$/m);
    expect(run.output()).toMatch(/^ {2}Faction +2 would be created, 0 would be updated, 0 unchanged$/m);
    const count = await testDatabase().read(async (tx) =>
      (await tx.run('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n'),
    );
    expect(Number(count)).toBe(0);
  });

  it('refuses --reset without --yes, changing nothing', async () => {
    const before = await graphSnapshot();
    const run = seed('--reset', fixture('good'));
    expect(await run.exited).toEqual({ code: 2, signal: null });
    expect(run.output()).toContain(
      '--reset deletes everything in the database: add --yes to confirm. Nothing was changed.',
    );
    expect(await graphSnapshot()).toBe(before);
  });

  it('lists every problem as file:line (field): problem and exits 1, without a stack trace', async () => {
    const before = await graphSnapshot();
    const run = seed(fixture('bad', 'count-not-a-number.yaml'), fixture('bad', 'unknown-field.yaml'));
    expect((await run.exited).code).toBe(1);
    expect(run.output()).toContain('2 problems in the seed files; nothing was written:');
    expect(run.output()).toMatch(
      /count-not-a-number\.yaml:9 \(statements\[0\]\.count\.amount\): "6,000" is not a number/,
    );
    expect(run.output()).toMatch(/unknown-field\.yaml:4 \(entities\[0\]\.nmae\): unknown field "nmae"/);
    expect(run.output()).not.toMatch(/\n\s+at /);
    expect(await graphSnapshot()).toBe(before);
  });

  it('refuses unknown options with its usage', async () => {
    const run = seed('--bogus');
    expect((await run.exited).code).toBe(2);
    expect(run.output()).toContain("Unknown option '--bogus'");
    expect(run.output()).toContain('Usage: npm run seed -- [paths…] [--dry-run] [--reset --yes]');
  });
});
