import type { ManagedTransaction } from 'neo4j-driver';
import type { Caller } from '../auth/caller.js';
import { badInput } from './validate.js';
import { conflict } from './conflict.js';
import { priorWriteCypher } from './queries.js';

/** Printable, and short enough to be an index key: a UUID or a client's own request id fits. */
const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Where a key lives: one API key's keys never meet another's, so two clients that both count from 1 cannot
 * replay each other's writes. NUL cannot be in a key name or an idempotency key, so the two never run together.
 */
export function idempotencyScope(caller: Caller, key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (!KEY.test(key)) {
    throw badInput([
      {
        field: 'idempotencyKey',
        message: 'must be 1 to 200 printable ASCII characters without spaces, such as a UUID',
      },
    ]);
  }
  return `${caller.name}\u0000${key}`;
}

export interface PriorWrite {
  auditId: string;
  action: string;
  target: string;
  input: string;
  at: string;
}

/** The write already made with this key, or null. */
export async function priorWrite(tx: ManagedTransaction, scope: string): Promise<PriorWrite | null> {
  const record = (await tx.run(priorWriteCypher, { scope })).records[0];
  return record ? (record.toObject() as PriorWrite) : null;
}

/** The earlier write's outcome when it was this very write; a CONFLICT when the key went to another. */
export function replayOf(prior: PriorWrite, action: string, input: string, key: string) {
  if (prior.action !== action || prior.input !== input) {
    throw conflict(
      `idempotencyKey "${key}" was already used at ${prior.at} for another write (${prior.action} of ${prior.target}, ${prior.auditId}): send a new key for a new write.`,
      { field: 'idempotencyKey', auditId: prior.auditId },
    );
  }
  return { target: prior.target, auditId: prior.auditId, replayed: true };
}
