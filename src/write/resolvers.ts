import { linkedEntity } from '../entity/require.js';
import type { Resolvers } from '../generated/resolvers.js';
import { notFound } from '../errors/codes.js';
import { ID_PREFIX, INPUT_BOUNDS } from '../seed/schema.js';
import { createAttributions, upsertEntities, upsertStatements } from '../seed/queries.js';
import { syncSources } from '../statement/sources.js';
import { normalizeName, searchTextOf } from '../search/normalize.js';
import { linkedStatement } from '../statement/resolvers.js';
import { audited } from './audited.js';
import { idFromName, newStatementId, seedEntityOf, seedStatementOf } from './input.js';
import {
  entityNames,
  freeEntityId,
  idsInUse,
  publicationDates,
  retract,
  retractionState,
  setAliases,
} from './queries.js';
import { badInput, checkedPlan } from './validate.js';

/** The seed's rule for free text (src/seed/schema.ts), for the arguments that are not seed content. */
function checkedText(field: string, value: string, empty: string): string {
  const text = value.trim();
  if (!text) throw badInput([{ field, message: empty }]);
  if (text.length > INPUT_BOUNDS.text) {
    throw badInput([
      { field, message: `must be at most ${INPUT_BOUNDS.text.toLocaleString('en')} characters` },
    ]);
  }
  return text;
}

const inUse = (field: string, id: string) =>
  badInput([{ field, message: `${id} is already in use: ids are never reused` }]);

export const writeResolvers: Resolvers = {
  Mutation: {
    addEntity: async (_parent, { input }, ctx) => {
      const { target, auditId } = await audited(ctx, 'addEntity', { input }, async (tx) => {
        const id = input.id ?? (await freeEntityId(tx, idFromName(ID_PREFIX[input.type], input.name)));
        const plan = await checkedPlan(tx, { entities: [seedEntityOf(input, id)] });
        if ((await idsInUse(tx, [id])).size) throw inUse('input.id', id);
        await upsertEntities(tx, plan.entities);
        return id;
      });
      return { entity: await linkedEntity(ctx, target), auditId };
    },

    addAlias: async (_parent, args, ctx) => {
      const { target, auditId } = await audited(ctx, 'addAlias', args, async (tx) => {
        const alias = checkedText('alias', args.alias, 'must not be empty');
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
      });
      return { entity: await linkedEntity(ctx, target), auditId };
    },

    addStatement: async (_parent, { input }, ctx) => {
      const { target, auditId } = await audited(ctx, 'addStatement', { input }, async (tx) => {
        const id = input.id ?? newStatementId();
        const published = await publicationDates(
          tx,
          input.attributions.map((a) => a.carriedBy),
        );
        const attributions = input.attributions.map((a) => ({
          ...a,
          reportedOn: a.reportedOn ?? published.get(a.carriedBy) ?? null,
        }));
        const plan = await checkedPlan(tx, { statements: [seedStatementOf({ ...input, attributions }, id)] });
        if ((await idsInUse(tx, [id])).size) throw inUse('input.id', id);
        await upsertStatements(tx, plan.statements);
        await createAttributions(
          tx,
          plan.statements.flatMap((s) => s.attributions),
        );
        await syncSources(tx, [id]);
        return id;
      });
      return { statement: await linkedStatement(ctx, target), auditId };
    },

    retractStatement: async (_parent, args, ctx) => {
      const { target, auditId } = await audited(ctx, 'retractStatement', args, async (tx) => {
        const reason = checkedText('reason', args.reason, 'must say why');
        const state = await retractionState(tx, args.id);
        if (!state) throw notFound('statement', args.id, 'id');
        if (state.retractedAt) {
          throw badInput([
            {
              field: 'id',
              message: `${args.id} was already retracted at ${state.retractedAt} by ${state.retractedBy}`,
            },
          ]);
        }
        await retract(tx, { id: args.id, by: ctx.caller!.name, reason });
        return args.id;
      });
      return { statement: await linkedStatement(ctx, target), auditId };
    },
  },
};
