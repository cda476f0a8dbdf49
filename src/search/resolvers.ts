import { GraphQLError } from 'graphql';
import { ENTITY_TYPES } from '../entity/labels.js';
import { ERROR_CODES } from '../errors/codes.js';
import type { Resolvers } from '../generated/resolvers.js';
import { connectionFrom, pageArgs } from '../pagination/cursor.js';
import { normalizeName } from './normalize.js';
import { searchEntities } from './queries.js';
import { luceneQuery, matchedNameOf } from './rank.js';

const MAX_QUERY_LENGTH = 200;

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, { query, types, first, after }, { db }) => {
      const page = pageArgs(first, after);
      const normalized = normalizeName(query.slice(0, MAX_QUERY_LENGTH));
      if (!normalized) {
        throw new GraphQLError('`query` must contain at least one letter or digit.', {
          extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: 'query' },
        });
      }
      const labels = types?.length ? types.map((t) => ENTITY_TYPES[t].label) : null;
      const found = await db.read((tx) =>
        searchEntities(tx, { lucene: luceneQuery(normalized), normalized, labels }, page),
      );
      return connectionFrom(found.page, found.total, page.skip, (hit, cursor) => ({
        cursor,
        node: hit.entity,
        match: hit.match,
        matchedName: matchedNameOf(normalized, hit),
      }));
    },
  },
};
