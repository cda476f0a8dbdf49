import type { ManagedTransaction } from 'neo4j-driver';
import { recordAudit } from '../audit/record.js';
import { requireRole } from '../auth/require.js';
import type { Context } from '../context.js';
import { conflict, constraintViolation, type ConstraintViolation } from './conflict.js';
import { idempotencyScope, priorWrite, replayOf } from './idempotency.js';

export interface AuditedOptions {
  /** The mutation's `idempotencyKey` argument. */
  idempotencyKey?: string | null;
  /**
   * Whether to run the write again when a uniqueness constraint refused it: yes for an id the server chose
   * (the next attempt sees the winner's and picks another), no for an id the client gave.
   */
  retryWhenTaken?: (violation: ConstraintViolation) => boolean;
}

export interface Written {
  target: string;
  auditId: string;
  /** True when an idempotency key found an earlier write and nothing was written now. */
  replayed: boolean;
}

/** The unique properties (src/db/migrations.ts) two writers may race for. */
const RACED = new Set(['Entity.id', 'Statement.id', 'AuditEntry.idempotencyScope']);

/** Enough for twenty editors naming the same place at once; a loop that long is a fault, not a race. */
const ATTEMPTS = 30;

/**
 * A mutation's frame: checks the caller may write, runs `work` in one write transaction and records the
 * audit entry in that same transaction. `work` returns the id it wrote; a thrown error rolls back both.
 * What the request had read before is dropped once the write is done (Context.forgetReads).
 *
 * Writes are atomic per id: `work` creates with CREATE under a uniqueness constraint, so when two writers
 * race for one id Neo4j commits one and refuses the other, whatever each had checked before. The loser
 * gets CONFLICT (or, for an id the server chose, a fresh attempt). An idempotency key is stored on the audit
 * entry under its own constraint: a retry finds it and is answered with the first write's outcome.
 */
export async function audited(
  ctx: Context,
  action: string,
  input: Record<string, unknown>,
  work: (tx: ManagedTransaction) => Promise<string>,
  { idempotencyKey, retryWhenTaken = () => false }: AuditedOptions = {},
): Promise<Written> {
  const caller = requireRole(ctx.caller, 'editor', action);
  const scope = idempotencyScope(caller, idempotencyKey);
  const inputText = JSON.stringify(input);
  for (let attempt = 1; ; attempt++) {
    try {
      const written = await ctx.db.write(async (tx): Promise<Written> => {
        const prior = scope ? await priorWrite(tx, scope) : null;
        if (prior) return replayOf(prior, action, inputText, idempotencyKey!);
        const target = await work(tx);
        const auditId = await recordAudit(tx, {
          caller,
          action,
          target,
          input: inputText,
          requestId: ctx.scope.requestId,
          idempotencyKey: idempotencyKey ?? null,
          idempotencyScope: scope,
        });
        return { target, auditId, replayed: false };
      });
      ctx.forgetReads();
      return written;
    } catch (error) {
      const violation = constraintViolation(error);
      // Only the ids a write creates can be lost to another writer; any other constraint failing is a fault.
      if (!violation || !RACED.has(`${violation.label}.${violation.property}`)) throw error;
      // Another request with this key committed first: the next attempt finds its entry and replays it.
      const sameKey = violation.label === 'AuditEntry';
      if ((sameKey || retryWhenTaken(violation)) && attempt < ATTEMPTS) continue;
      throw conflict(
        `${violation.value} is already in use: another write created it first, and ids are never reused.`,
        {
          field: 'input.id',
          id: violation.value,
        },
      );
    }
  }
}
