import type { ManagedTransaction } from 'neo4j-driver';
import { recordAudit } from '../audit/record.js';
import { requireRole } from '../auth/require.js';
import { forgetReads, type Context } from '../context.js';

/**
 * A mutation's frame: checks the caller may write, runs `work` in one write transaction and records the
 * audit entry in that same transaction. `work` returns the id it wrote; a thrown error rolls back both.
 * What the request had read before is dropped once the write is done (forgetReads).
 */
export async function audited(
  ctx: Context,
  action: string,
  input: unknown,
  work: (tx: ManagedTransaction) => Promise<string>,
): Promise<{ target: string; auditId: string }> {
  const caller = requireRole(ctx.caller, 'editor', action);
  const written = await ctx.db.write(async (tx) => {
    const target = await work(tx);
    const auditId = await recordAudit(tx, { caller, action, target, input, requestId: ctx.scope.requestId });
    return { target, auditId };
  });
  forgetReads(ctx);
  return written;
}
