import { GraphQLError } from 'graphql';
import { linkedEntity, requireEntity } from '../entity/require.js';
import { ERROR_CODES } from '../errors/codes.js';
import type { Resolvers } from '../generated/resolvers.js';
import { connectionFrom, nodeEdge, pageArgs } from '../pagination/cursor.js';
import { statementColumnsAsked } from '../statement/columns.js';
import { linkedStatement } from '../statement/resolvers.js';
import { MAX_HOPS, shortestPaths } from './queries.js';
import type { PathRow } from './rows.js';

function badInput(message: string, argument: string) {
  return new GraphQLError(message, { extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument } });
}

function toPath(ids: string[]): PathRow {
  const steps = [];
  for (let i = 0; i + 2 < ids.length; i += 2)
    steps.push({ from: ids[i]!, statement: ids[i + 1]!, to: ids[i + 2]! });
  return { steps };
}

export const pathResolvers: Resolvers = {
  Query: {
    connections: async (_parent, { from, to, maxHops, first, after }, ctx, info) => {
      const page = pageArgs(first, after);
      const hops = maxHops ?? 3;
      if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
        throw badInput(`\`maxHops\` must be from 1 to ${MAX_HOPS}, not ${hops}.`, 'maxHops');
      }
      const checks = () => Promise.all([requireEntity(ctx, from, 'from'), requireEntity(ctx, to, 'to')]);
      if (from === to) {
        await checks();
        throw badInput(`\`from\` and \`to\` are the same entity, "${from}".`, 'to');
      }
      const found = await ctx.db.read((tx) =>
        shortestPaths(tx, { from, to, maxHops: hops }, page, ctx.loaders.keep, statementColumnsAsked(info)),
      );
      // The search brings both ends' rows, so the checks cost no round trip unless an id is bad.
      await checks();
      const { total, paths } = found ?? { total: 0, paths: [] };
      return connectionFrom(paths.map(toPath), total, page.skip, nodeEdge);
    },
  },
  Path: {
    hops: (path) => path.steps.length,
  },
  PathStep: {
    from: (step, _args, ctx) => linkedEntity(ctx, step.from),
    statement: (step, _args, ctx) => linkedStatement(ctx, step.statement),
    to: (step, _args, ctx) => linkedEntity(ctx, step.to),
  },
};
