import { describe, expect, it } from 'vitest';
import { hashKey } from '../../src/auth/keys.js';
import { loadConfig } from '../../src/config/env.js';
import { spawnEntryPoint } from '../helpers/processes.js';

describe('npm run api-key', () => {
  it('prints a new key once, and entries holding only its hash that the server accepts', async () => {
    const run = spawnEntryPoint('scripts/api-key.ts', {}, ['--name', 'alice', '--role', 'editor']);
    expect((await run.exited).code).toBe(0);
    const output = run.output();
    const key = /^\s+(ckg_[A-Za-z0-9_-]{43})$/m.exec(output)?.[1];
    const entry = /^\s+(alice:editor:[0-9a-f]{64})$/m.exec(output)?.[1];
    expect(key).toBeDefined();
    expect(entry).toBe(`alice:editor:${hashKey(key!)}`);
    expect(output.split(key!)).toHaveLength(2);
    expect(loadConfig({ API_KEYS: entry! }).auth.keys).toEqual([
      { name: 'alice', role: 'editor', sha256: hashKey(key!) },
    ]);
    expect(output).toContain(`sha256: ${hashKey(key!)}`);
  });

  it('refuses a role or name it does not know, with the usage and exit code 2', async () => {
    for (const args of [
      ['--name', 'alice', '--role', 'owner'],
      ['--name', 'al ice', '--role', 'reader'],
      ['--name', 'alice'],
      ['--colour', 'red'],
    ]) {
      const run = spawnEntryPoint('scripts/api-key.ts', {}, args);
      expect((await run.exited).code, args.join(' ')).toBe(2);
      expect(run.output()).toMatch(/Usage: npm run api-key/);
    }
  });
});
