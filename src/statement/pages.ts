import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { parsePartialDate } from '../dates/partialDate.js';
import { ERROR_CODES } from '../errors/codes.js';
import type { StatementKind } from '../generated/resolvers.js';
import { connectionFrom, pageArgs } from '../pagination/cursor.js';
import type { StatementColumns } from './columns.js';
import { WHOLE_GRAPH } from './loaders.js';
import type { StatementAnchor, StatementFilter } from './queries.js';

export interface StatementPageArgs {
  kind?: StatementKind | null;
  about?: string | null;
  reportedBy?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
  includeRetracted?: boolean | null;
}

/** The reported-date window of `from`/`to` as days; a month or a year spans its whole period. */
function reportWindow(from: string | null | undefined, to: string | null | undefined) {
  const first = from ? parsePartialDate(from).first : null;
  const last = to ? parsePartialDate(to).last : null;
  if (first && last && first > last) {
    throw new GraphQLError(`\`from\` (${from}) is after \`to\` (${to}).`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: 'from' },
    });
  }
  return { from: first, to: last };
}

/**
 * A page of statements for `parent` (or for the whole graph when `parent` is null and the anchor is
 * `all`), batched with every other parent asking the same field with the same arguments; its rows hold
 * the statement columns the operation reads (`statementColumnsAsked`).
 */
export async function statementConnection(
  ctx: Context,
  anchor: StatementAnchor,
  parent: string | null,
  args: StatementPageArgs,
  columns: StatementColumns,
) {
  const { skip, limit } = pageArgs(args.first, args.after);
  const filter: StatementFilter = {
    kind: args.kind ? args.kind.toLowerCase() : null,
    about: anchor === 'about' ? null : (args.about ?? null),
    reportedBy: anchor === 'reportedBy' ? null : (args.reportedBy ?? null),
    ...reportWindow(args.from, args.to),
    includeRetracted: args.includeRetracted ?? false,
  };
  const { total, page } = await ctx.loaders
    .statementPage(anchor, filter, skip, limit, columns)
    .load(parent ?? WHOLE_GRAPH);
  return connectionFrom(page, total, skip, (node, cursor) => ({ cursor, node }));
}
