import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Caller } from '../auth/caller.js';
import { recordAuditCypher } from './queries.js';

export interface AuditRecord {
  caller: Caller;
  /** The mutation's name. */
  action: string;
  /** The id of what was written. */
  target: string;
  /** The mutation's arguments as given, as JSON (without the idempotency key). */
  input: string;
  requestId: string;
  /** The mutation's idempotency key, as given. */
  idempotencyKey: string | null;
  /** The key within its caller's keys (src/write/idempotency.ts), unique among entries. */
  idempotencyScope: string | null;
}

/**
 * Writes the audit entry in the transaction of the write it records, so there is never a write without
 * its entry, nor an entry for a write that was rolled back.
 */
export async function recordAudit(tx: ManagedTransaction, record: AuditRecord): Promise<string> {
  const id = `audit:${randomUUID()}`;
  await tx.run(recordAuditCypher, {
    id,
    actor: record.caller.name,
    role: record.caller.role,
    action: record.action,
    target: record.target,
    input: record.input,
    requestId: record.requestId,
    idempotencyKey: record.idempotencyKey,
    idempotencyScope: record.idempotencyScope,
  });
  return id;
}
