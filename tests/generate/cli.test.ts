import { describe, expect, it } from 'vitest';
import { generatedGraphOf, generateGraph } from '../../src/generate/load.js';
import { testDatabase, testNeo4jVariables } from '../helpers/database.js';
import { spawnEntryPoint } from '../helpers/processes.js';
import { graphSnapshot } from '../helpers/seed.js';

function generate(...args: string[]) {
  return spawnEntryPoint('scripts/generate.ts', testNeo4jVariables(), args);
}

describe('npm run generate (the command)', () => {
  it.each([
    [['--statements', 'many'], '--statements must be a whole number'],
    [['--statements', '5000001'], 'must be a whole number from 1,000 to 5,000,000, not 5000001'],
    [['--statements', '2000', '--bogus'], "Unknown option '--bogus'"],
    [['--statements', '2000', '--reset'], '--reset deletes everything in the database: add --yes to confirm'],
  ])('refuses %j with its usage, exit 2', async (args, message) => {
    const run = generate(...args);
    expect((await run.exited).code).toBe(2);
    expect(run.output()).toContain(message);
    if (!args.includes('--reset'))
      expect(run.output()).toContain('Usage: npm run generate -- --statements N');
  });

  it('refuses a database that holds data, and replaces it with --reset --yes', async () => {
    await generateGraph(testDatabase(), { statements: 1000, seed: 3 });
    const before = await graphSnapshot();
    const refused = generate('--statements', '1000', '--seed', '4');
    expect(await refused.exited).toEqual({ code: 1, signal: null });
    expect(refused.output()).toContain(
      'already holds the generated graph of 1,000 statements, seed 3. Nothing was changed. Add --reset --yes',
    );
    expect(refused.output()).not.toMatch(/\n\s+at /);
    expect(await graphSnapshot()).toBe(before);

    const reset = generate('--statements', '1000', '--seed', '4', '--reset', '--yes');
    expect((await reset.exited).code).toBe(0);
    expect(reset.output()).toMatch(/Deleting everything in .* \(--reset\)/);
    expect(reset.output()).toMatch(
      /^Generated 1,000 statements, [\d,]+ attributions and [\d,]+ entities in [\d.]+ s: [\d,]+ statements\/s \(seed 4\)$/m,
    );
    expect(await generatedGraphOf(testDatabase())).toMatchObject({
      statements: 1000,
      seed: 4,
      complete: true,
    });
  });
});
