import { hashKey, newKey } from '../../src/auth/keys.js';
import type { Role } from '../../src/auth/roles.js';

export type TestKeys = Record<Role, string>;

/** One fresh key per role, and the API_KEYS value that configures them (hashes only). */
export function testKeys(): { keys: TestKeys; env: { API_KEYS: string } } {
  const keys: TestKeys = { reader: newKey(), editor: newKey(), admin: newKey() };
  const API_KEYS = (Object.entries(keys) as [Role, string][])
    .map(([role, key]) => `${role}-key:${role}:${hashKey(key)}`)
    .join(',');
  return { keys, env: { API_KEYS } };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
