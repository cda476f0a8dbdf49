import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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

  it('reads a .env file, and a variable set in the environment wins over it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-dotenv-'));
    const file = path.join(dir, '.env');
    await writeFile(file, 'NEO4J_LOCAL_HEAP=huge\nLOG_LEVEL=loud\n');
    const run = spawnEntryPoint('src/main.ts', { DOTENV_CONFIG_PATH: file, LOG_LEVEL: 'info' });
    expect((await run.exited).code).toBe(1);
    expect(run.output()).toContain('NEO4J_LOCAL_HEAP="huge": must be a size such as 512m or 2g');
    expect(run.output()).not.toContain('LOG_LEVEL');
  });
});
