import { GraphQLError } from 'graphql';
import { linkedEntity, requireEntity } from '../entity/require.js';
import { ERROR_CODES } from '../errors/codes.js';
import type { Resolvers } from '../generated/resolvers.js';
import { nodeEdge, pageArgs, pageOf } from '../pagination/cursor.js';
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
    connections: async (_parent, { from, to, maxHops, first, after }, ctx) => {
      const page = pageArgs(first, after);
      const hops = maxHops ?? 3;
      if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
        throw badInput(`\`maxHops\` must be from 1 to ${MAX_HOPS}, not ${hops}.`, 'maxHops');
      }
      const checks = Promise.all([requireEntity(ctx, from, 'from'), requireEntity(ctx, to, 'to')]);
      if (from === to) {
        await checks;
        throw badInput(`\`from\` and \`to\` are the same entity, "${from}".`, 'to');
      }
      // The search goes beside the checks (a round trip less); a bad id still answers with its error.
      const found = ctx.db.read((tx) => shortestPaths(tx, from, to, hops));
      found.catch(() => undefined);
      await checks;
      const paths = (await found)
        .map((ids) => ({ key: ids.join(' '), path: toPath(ids) }))
        .sort((a, b) => a.key.localeCompare(b.key))
        .map(({ path }) => path);
      return pageOf(paths, page, nodeEdge);
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
