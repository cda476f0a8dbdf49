import { describe, expect, it } from 'vitest';
import { spawnEntryPoint } from '../helpers/processes.js';

describe('starting with bad configuration', () => {
  it('`npm start` refuses, names the variable and exits non-zero, without a stack trace', async () => {
    const run = spawnEntryPoint('src/main.ts', { PORT: 'abc', LOG_LEVEL: 'loud' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.output()).toContain('Invalid configuration:');
    expect(run.output()).toContain('PORT="abc": must be a whole number');
    expect(run.output()).toContain('LOG_LEVEL="loud"');
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('`npm run neo4j` refuses when NEO4J_URI points elsewhere', async () => {
    const run = spawnEntryPoint('scripts/neo4j.ts', { NEO4J_URI: 'bolt://127.0.0.1:1' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.output()).toContain(
      'NEO4J_URI is set (bolt://127.0.0.1:1), so there is no local Neo4j to run',
    );
  });
});
