import { linkedEntity, requireEntity } from '../entity/require.js';
import type { Resolvers, StatementKind } from '../generated/resolvers.js';
import { connectionFrom, nodeEdge, pageArgs, pageOf } from '../pagination/cursor.js';
import { disagreementTopics, topicMembers } from './queries.js';
import type { DisagreementRow } from './rows.js';

const byKey = (a: DisagreementRow, b: DisagreementRow) =>
  a.topic.localeCompare(b.topic) ||
  a.kind.localeCompare(b.kind) ||
  (a.related ?? '').localeCompare(b.related ?? '');

export const disagreementResolvers: Resolvers = {
  Query: {
    disagreements: async (_parent, { about, first, after }, ctx) => {
      const page = pageArgs(first, after);
      if (about) await requireEntity(ctx, about, 'about');
      const keys = await ctx.db.read((tx) => disagreementTopics(tx, about ?? null));
      // Over the whole graph the groups are known to differ already, so only the page's members are read;
      // groups found from one entity are checked on their members.
      const wanted = about ? keys : keys.slice(page.skip, page.skip + page.limit);
      const members = wanted.length ? await ctx.db.read((tx) => topicMembers(tx, wanted)) : [];
      const groups = members
        .filter((g) => g.variants > 1)
        .map((g): DisagreementRow => ({ ...g.key, statements: g.statements }))
        .sort(byKey);
      return about
        ? pageOf(groups, page, nodeEdge)
        : connectionFrom(groups, keys.length, page.skip, nodeEdge);
    },
  },
  Disagreement: {
    topic: (row, _args, ctx) => linkedEntity(ctx, row.topic),
    relatedTo: (row, _args, ctx) => (row.related === null ? null : linkedEntity(ctx, row.related)),
    kind: (row) => row.kind.toUpperCase() as StatementKind,
    reporters: async (row, _args, ctx) => {
      const attributions = await ctx.loaders.attributionsByStatement.loadMany(
        row.statements.map((s) => s.id),
      );
      const ids = new Set(
        attributions.flatMap((list) => (list instanceof Error ? [] : list.map((a) => a.reporter))),
      );
      return Promise.all([...ids].sort().map((id) => linkedEntity(ctx, id)));
    },
  },
};
