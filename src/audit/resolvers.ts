import { requireRole } from '../auth/require.js';
import type { Resolvers } from '../generated/resolvers.js';
import { connectionFrom, nodeEdge, pageArgs } from '../pagination/cursor.js';
import { auditPage } from './queries.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_parent, { first, after }, { db, caller }) => {
      requireRole(caller, 'admin', 'auditLog');
      const { skip, limit } = pageArgs(first, after);
      const { total, rows } = await db.read((tx) => auditPage(tx, skip, limit));
      return connectionFrom(rows, total, skip, nodeEdge);
    },
  },
};
