import { linkedEntity, requireEntity } from '../entity/require.js';
import type { Resolvers, StatementKind } from '../generated/resolvers.js';
import { connectionFrom, nodeEdge, pageArgs } from '../pagination/cursor.js';
import { statementColumnsAsked } from '../statement/columns.js';
import type { AttributionRow } from '../statement/rows.js';
import { disagreementPage } from './queries.js';

export const disagreementResolvers: Resolvers = {
  Query: {
    disagreements: async (_parent, { about, first, after }, ctx, info) => {
      const { skip, limit } = pageArgs(first, after);
      const columns = statementColumnsAsked(info);
      const found = await ctx.db.read((tx) =>
        disagreementPage(tx, about ?? null, skip, limit, ctx.loaders.keep, columns),
      );
      // The page brings the `about` entity's row, so this check costs no round trip unless the id is bad.
      if (about) await requireEntity(ctx, about, 'about');
      const { total, groups } = found ?? { total: 0, groups: [] };
      return connectionFrom(groups, total, skip, nodeEdge);
    },
  },
  Disagreement: {
    topic: (row, _args, ctx) => linkedEntity(ctx, row.topic),
    relatedTo: (row, _args, ctx) => (row.related === null ? null : linkedEntity(ctx, row.related)),
    kind: (row) => row.kind.toUpperCase() as StatementKind,
    reporters: (row, _args, ctx) => {
      const lists = row.statements.map((s) => ctx.loaders.attributionsByStatement.get(s.id));
      const reporters = (known: AttributionRow[][]) =>
        [...new Set(known.flatMap((list) => list.map((a) => a.reporter)))]
          .sort()
          .map((id) => linkedEntity(ctx, id));
      // The page brought its statements' attributions: no promise unless one is missing.
      return lists.some((list) => list instanceof Promise)
        ? Promise.all(lists).then((known) => Promise.all(reporters(known)))
        : reporters(lists as AttributionRow[][]);
    },
  },
};
