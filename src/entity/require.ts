import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { ERROR_CODES, notFound } from '../errors/codes.js';
import { ENTITY_TYPES, type EntityTypeName } from './labels.js';
import type { EntityRow } from './rows.js';

/**
 * The entity an argument names, or a clear error: `NOT_FOUND` when no entity has the id, `BAD_USER_INPUT`
 * when it is an entity of another type than the argument takes.
 */
export async function requireEntity(
  { loaders }: Context,
  id: string,
  argument: string,
  types?: readonly EntityTypeName[],
): Promise<EntityRow> {
  const row = await loaders.entityById.load(id);
  if (!row) throw notFound('entity', id, argument);
  const wanted = types?.map((t) => ENTITY_TYPES[t].label);
  if (wanted && !wanted.includes(row.label)) {
    throw new GraphQLError(
      `\`${argument}\` must be the id of a ${wanted.join(' or ')}, but "${id}" is a ${row.label}.`,
      { extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument, id } },
    );
  }
  return row;
}

/**
 * The entity behind an id the graph itself gave out; a missing one is a broken graph, not a user error.
 * The row itself when the request holds it already (src/loaders/peekableLoader.ts).
 */
export function linkedEntity({ loaders }: Context, id: string): EntityRow | Promise<EntityRow> {
  const row = loaders.entityById.peek(id);
  return row ? row : loaders.entityById.load(id).then((loaded) => loaded ?? brokenLink('entity', id));
}

/** A link of the graph's own that leads nowhere: a broken graph, reported as an internal error. */
export function brokenLink(what: string, id: string): never {
  throw new Error(`The graph links to ${what} "${id}", which does not exist`);
}
