import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashKey, newKey } from '../../src/auth/keys.js';
import { loadConfig } from '../../src/config/env.js';
import { problemsOf } from '../helpers/config.js';

const hash = hashKey(newKey());

describe('API_KEYS', () => {
  it('reads name:role:sha256 entries', () => {
    const config = loadConfig({ API_KEYS: `alice:editor:${hash}, nightly:admin:${hashKey('other')}` });
    expect(config.auth.keys).toEqual([
      { name: 'alice', role: 'editor', sha256: hash },
      { name: 'nightly', role: 'admin', sha256: hashKey('other') },
    ]);
    expect(config.auth.queryAccess).toBe('open');
  });

  it('names the bad entry and what is wrong with it', () => {
    expect(problemsOf({ API_KEYS: `alice:owner:${hash}` })).toEqual([
      expect.stringMatching(
        /^API_KEYS=.*entry 1 \("alice:\.\.\."\) must be name:role:sha256; role must be one of reader, editor, admin/,
      ),
    ]);
    expect(problemsOf({ API_KEYS: `alice:editor:${hash},bob:reader:not-a-hash` })[0]).toMatch(
      /entry 2 .*sha256 must be the SHA-256 of the key/,
    );
    expect(problemsOf({ API_KEYS: `alice:editor:${hash},alice:reader:${hashKey('x')}` })[0]).toMatch(
      /the key name alice is given twice/,
    );
    expect(problemsOf({ QUERY_ACCESS: 'closed' })[0]).toMatch(
      /^QUERY_ACCESS="closed": must be one of open, keyed/,
    );
  });
});

describe('API_KEYS_FILE', () => {
  it('reads a YAML file of hashes, together with API_KEYS', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-keys-'));
    const file = path.join(dir, 'keys.yaml');
    await writeFile(file, `keys:\n  - name: carol\n    role: admin\n    sha256: ${hash}\n`);
    const config = loadConfig({ API_KEYS_FILE: file, API_KEYS: `dave:reader:${hashKey('d')}` });
    expect(config.auth.keys.map((k) => k.name).sort()).toEqual(['carol', 'dave']);
  });

  it('names the file and the field that is wrong, or says it cannot be read', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-keys-'));
    const file = path.join(dir, 'keys.yaml');
    await writeFile(file, `keys:\n  - name: carol\n    role: admin\n    key: plain-text-key\n`);
    expect(problemsOf({ API_KEYS_FILE: file })[0]).toMatch(/keys\.yaml: keys\[0\]/);
    expect(problemsOf({ API_KEYS_FILE: path.join(dir, 'missing.yaml') })[0]).toMatch(
      /cannot read .*missing\.yaml/,
    );
  });
});
