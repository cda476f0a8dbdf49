import type { Context } from '../context.js';
import { linkedEntity } from '../entity/require.js';
import type { Resolvers } from '../generated/resolvers.js';
import { connectionFrom, pageArgs } from '../pagination/cursor.js';
import { statementColumnsAsked } from '../statement/columns.js';
import { statementConnection } from '../statement/pages.js';
import type { StatementRow } from '../statement/rows.js';
import type { LinkName } from './queries.js';

/** One page of linked entities for `parent`, batched with every parent asking the same link and page. */
function linkPage(ctx: Context, link: LinkName, parent: string, skip: number, limit: number) {
  return ctx.loaders.linkPage(link, skip, limit).load(parent);
}

async function linkConnection(
  ctx: Context,
  link: LinkName,
  parent: string,
  args: { first?: number | null; after?: string | null },
) {
  const { skip, limit } = pageArgs(args.first, args.after);
  const { total, page } = await linkPage(ctx, link, parent, skip, limit);
  return connectionFrom(page, total, skip, (found, cursor) => ({
    entity: found.entity,
    row: found.row,
    statements: found.statements,
    cursor,
  }));
}

// Parties to one agreement are few; they come in one page of the largest size.
const ALL_PARTIES = 100;

const firstRole = (statements: StatementRow[]) => statements.find((s) => s.role !== null)?.role ?? null;

export const relationResolvers: Resolvers = {
  Place: {
    parent: async (place, _args, ctx) => {
      const [first] = (await linkPage(ctx, 'parent', place.id, 0, 1)).page;
      return first ? linkedEntity(ctx, first.entity) : null;
    },
    children: (place, args, ctx) => linkConnection(ctx, 'children', place.id, args),
  },
  Faction: {
    agreements: (faction, args, ctx) => linkConnection(ctx, 'agreements', faction.id, args),
  },
  Agreement: {
    parties: async (agreement, _args, ctx) =>
      (await linkPage(ctx, 'parties', agreement.id, 0, ALL_PARTIES)).page,
  },
  AgreementParty: {
    party: (row, _args, ctx) => linkedEntity(ctx, row.entity),
    role: (row) => firstRole(row.statements),
  },
  PlaceEdge: { node: (row, _args, ctx) => linkedEntity(ctx, row.entity) },
  AgreementEdge: { node: (row, _args, ctx) => linkedEntity(ctx, row.entity) },
  MediaSource: {
    reported: (source, args, ctx, info) =>
      statementConnection(ctx, 'reportedBy', source.id, args, statementColumnsAsked(info)),
  },
  Person: {
    reported: (person, args, ctx, info) =>
      statementConnection(ctx, 'reportedBy', person.id, args, statementColumnsAsked(info)),
  },
  Article: {
    statements: (article, args, ctx, info) =>
      statementConnection(ctx, 'carriedBy', article.id, args, statementColumnsAsked(info)),
  },
  Event: {
    counts: (event, { includeParts }, { loaders }) =>
      loaders.eventCounts(includeParts ?? false).load(event.id),
  },
};
