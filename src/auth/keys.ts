import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ROLES, type Role } from './roles.js';

/**
 * API keys are configured as SHA-256 hashes only, so neither the environment nor the keys file holds a
 * usable key. The keys are long random strings, which is why a fast hash is enough (as for GitHub's
 * tokens): there is nothing to guess by brute force.
 */
export interface ApiKey {
  /** Who holds it, as recorded in the audit log: `alice`, `nightly-import`. */
  name: string;
  role: Role;
  sha256: string;
}

const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const SHA256 = /^[0-9a-f]{64}$/;

const keySchema = z.strictObject({
  name: z.string().regex(KEY_NAME, 'must be 1-64 letters, digits, dots, dashes or underscores'),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
  sha256: z
    .string()
    .regex(SHA256, 'must be the SHA-256 of the key, 64 lower-case hex digits (npm run api-key makes one)'),
});

const fileSchema = z.strictObject({ keys: z.array(keySchema) });

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: 32 random bytes, with a prefix that makes a leaked key easy to recognise and search for. */
export function newKey(): string {
  return `ckg_${randomBytes(32).toString('base64url')}`;
}

const where = (path: PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');

/** `name:role:sha256` entries, comma-separated (API_KEYS). Throws naming the bad entry. */
export function parseKeyList(value: string): ApiKey[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, i) => {
      const [name, role, sha256, ...rest] = entry.split(':');
      const parsed = keySchema.safeParse({ name, role, sha256 });
      if (rest.length > 0 || !parsed.success) {
        const detail = parsed.success
          ? 'has more than three parts'
          : parsed.error.issues.map((issue) => `${where(issue.path).slice(1)} ${issue.message}`).join('; ');
        throw new Error(`entry ${i + 1} ("${name ?? ''}:...") must be name:role:sha256; ${detail}`);
      }
      return parsed.data;
    });
}

/** A YAML (or JSON) file `keys: [{ name, role, sha256 }]` (API_KEYS_FILE). Throws naming file and field. */
export function readKeysFile(file: string): ApiKey[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `${file}: ${parsed.error.issues.map((issue) => `keys${where(issue.path.slice(1))}: ${issue.message}`).join('; ')}`,
    );
  }
  return parsed.data.keys;
}

/** Every key from both sources; a name or hash given twice is a mistake worth stopping for. */
export function mergeKeys(lists: ApiKey[][]): ApiKey[] {
  const all = lists.flat();
  const seen = new Map<string, string>();
  for (const key of all) {
    for (const [kind, value] of [
      ['name', key.name],
      ['hash', key.sha256],
    ] as const) {
      if (seen.has(`${kind}:${value}`))
        throw new Error(`the key ${kind} ${kind === 'name' ? value : `of ${key.name}`} is given twice`);
      seen.set(`${kind}:${value}`, key.name);
    }
  }
  return all;
}
