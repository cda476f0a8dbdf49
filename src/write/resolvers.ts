import { linkedEntity } from '../entity/require.js';
import type { Resolvers } from '../generated/resolvers.js';
import { notFound } from '../errors/codes.js';
import { ID_PREFIX, INPUT_BOUNDS } from '../ingest/schema.js';
import { createEntities, createStatements } from '../ingest/createQueries.js';
import { normalizeName, searchTextOf } from '../search/normalize.js';
import { textProblem } from '../ingest/text.js';
import { linkedStatement } from '../statement/resolvers.js';
import { audited, type Written } from './audited.js';
import { conflict } from './conflict.js';
import { checkQuotes } from './quotes.js';
import { idFromName, newStatementId, seedEntityOf, seedStatementOf } from './input.js';
import {
  entityNames,
  entityNodes,
  freeEntityId,
  idsInUse,
  publicationDates,
  retract,
  retractionState,
  setAliases,
} from './queries.js';
import { badInput, checkedPlan } from './validate.js';

/** The write model's rule for free text (src/ingest/schema.ts), for the arguments that are not seed content. */
function checkedText(field: string, value: string, empty: string, multiline: boolean): string {
  const text = value.trim();
  if (!text) throw badInput([{ field, message: empty }]);
  const hidden = textProblem(text, { multiline });
  if (hidden) throw badInput([{ field, message: hidden }]);
  if (text.length > INPUT_BOUNDS.text) {
    throw badInput([
      { field, message: `must be at most ${INPUT_BOUNDS.text.toLocaleString('en')} characters` },
    ]);
  }
  return text;
}

const payloadOf = ({ auditId, replayed }: Written) => ({ auditId, replayed });

const inUse = (id: string) =>
  conflict(`${id} is already in use: ids are never reused.`, { field: 'input.id', id });

export const writeResolvers: Resolvers = {
  Mutation: {
    addEntity: async (_parent, { input, idempotencyKey }, ctx) => {
      const written = await audited(
        ctx,
        'addEntity',
        { input },
        async (tx) => {
          const id = input.id ?? (await freeEntityId(tx, idFromName(ID_PREFIX[input.type], input.name)));
          const plan = await checkedPlan(tx, { entities: [seedEntityOf(input, id)] });
          // A name-made id was free a moment ago; should another editor take it now, the constraint says so.
          if (input.id && (await idsInUse(tx, [id])).size) throw inUse(id);
          await createEntities(tx, plan.entities);
          return id;
        },
        // A name-made id another editor took a moment ago: the next attempt takes the next free one.
        { idempotencyKey, retryWhenTaken: () => !input.id },
      );
      return { entity: await linkedEntity(ctx, written.target), ...payloadOf(written) };
    },

    addAlias: async (_parent, { idempotencyKey, ...args }, ctx) => {
      const written = await audited(
        ctx,
        'addAlias',
        args,
        async (tx) => {
          const alias = checkedText('alias', args.alias, 'must not be empty', false);
          const names = await entityNames(tx, args.entity);
          if (!names) throw notFound('entity', args.entity, 'entity');
          if (names.aliases.length >= INPUT_BOUNDS.aliases) {
            throw badInput([
              {
                field: 'entity',
                message: `${args.entity} has ${INPUT_BOUNDS.aliases} aliases, the most one may have`,
              },
            ]);
          }
          if (names.name === alias || names.aliases.includes(alias)) {
            throw badInput([{ field: 'alias', message: `${args.entity} is already known as "${alias}"` }]);
          }
          const aliases = [...names.aliases, alias];
          await setAliases(tx, {
            id: args.entity,
            alias,
            aliases,
            searchText: searchTextOf(names.name, aliases),
            addedSearchText: normalizeName(alias),
          });
          return args.entity;
        },
        { idempotencyKey },
      );
      return { entity: await linkedEntity(ctx, written.target), ...payloadOf(written) };
    },

    addStatement: async (_parent, { input, idempotencyKey }, ctx) => {
      const written = await audited(
        ctx,
        'addStatement',
        { input },
        async (tx) => {
          const id = input.id ?? newStatementId();
          const published = await publicationDates(
            tx,
            input.attributions.map((a) => a.carriedBy),
          );
          const attributions = input.attributions.map((a) => ({
            ...a,
            reportedOn: a.reportedOn ?? published.get(a.carriedBy) ?? null,
          }));
          const plan = await checkedPlan(tx, {
            statements: [seedStatementOf({ ...input, attributions }, id)],
          });
          await checkQuotes(tx, attributions);
          if ((await idsInUse(tx, [id])).size) throw inUse(id);
          const [statement] = plan.statements;
          const named = [
            statement!.subject,
            statement!.object,
            ...attributions.flatMap((a) => [a.reporter, a.carriedBy]),
          ];
          await createStatements(
            tx,
            plan.statements,
            await entityNodes(
              tx,
              named.filter((e) => e !== null && e !== undefined),
            ),
          );
          return id;
        },
        { idempotencyKey },
      );
      return { statement: await linkedStatement(ctx, written.target), ...payloadOf(written) };
    },

    retractStatement: async (_parent, { idempotencyKey, ...args }, ctx) => {
      const written = await audited(
        ctx,
        'retractStatement',
        args,
        async (tx) => {
          const reason = checkedText('reason', args.reason, 'must say why', true);
          const state = await retractionState(tx, args.id);
          if (!state) throw notFound('statement', args.id, 'id');
          if (state.retractedAt) {
            throw conflict(
              `${args.id} was already retracted at ${state.retractedAt} by ${state.retractedBy}.`,
              {
                field: 'id',
                id: args.id,
                retractedAt: state.retractedAt,
                retractedBy: state.retractedBy,
              },
            );
          }
          await retract(tx, { id: args.id, by: ctx.caller!.name, reason });
          return args.id;
        },
        { idempotencyKey },
      );
      return { statement: await linkedStatement(ctx, written.target), ...payloadOf(written) };
    },
  },
};
