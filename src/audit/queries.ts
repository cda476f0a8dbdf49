import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt } from '../db/database.js';

export interface AuditEntryRow {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  target: string;
  input: string;
  requestId: string;
  idempotencyKey: string | null;
}

/** One audit entry, written in the transaction of the write it records (src/audit/record.ts). */
export const recordAuditCypher = `
CREATE (a:AuditEntry {
  id: $id, at: datetime(), actor: $actor, role: $role, action: $action, target: $target,
  input: $input, requestId: $requestId, idempotencyKey: $idempotencyKey, idempotencyScope: $idempotencyScope
})`;

/** The count store answers the total without reading the entries. */
const auditTotalCypher = `MATCH (a:AuditEntry) RETURN count(a) AS total`;

/** Newest first; the id breaks ties between entries of the same instant, so the order is stable. */
const auditPageCypher = `
MATCH (a:AuditEntry)
WITH a ORDER BY a.at DESC, a.id DESC
SKIP $skip LIMIT $limit
RETURN a { .id, at: toString(a.at), .actor, .role, .action, .target, .input, .requestId, .idempotencyKey } AS row`;

export async function auditPage(tx: ManagedTransaction, skip: number, limit: number) {
  const total = await tx.run(auditTotalCypher);
  const page = await tx.run(auditPageCypher, { skip: cypherInt(skip), limit: cypherInt(limit) });
  return {
    total: total.records[0]!.get('total') as number,
    rows: page.records.map((r) => r.get('row') as AuditEntryRow),
  };
}
