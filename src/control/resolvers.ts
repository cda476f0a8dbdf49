import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { dateValue } from '../dates/dateValue.js';
import { linkedEntity, requireEntity } from '../entity/require.js';
import type { Resolvers, StatementStatus } from '../generated/resolvers.js';
import { nodeEdge, pageArgs, pageOf } from '../pagination/cursor.js';
import { selectsBelow } from '../request/lookahead.js';
import { statementColumnsAsked } from '../statement/columns.js';
import { controlPeriods } from './asOf.js';
import type { ControlPeriodRow, ControlRow } from './rows.js';

async function claimsOf(ctx: Context, place: string) {
  return (await ctx.loaders.controlClaimsByPlace.load(place)) ?? { name: place, claims: [] };
}

/**
 * Who controls `place`. Its claims' attributions are read with the answer when the query asks for them
 * below (`attributions`, `reporters`), and left in Neo4j when it does not, as for a page of towns asked
 * only who controls each.
 */
async function answerOf(
  ctx: Context,
  place: string,
  at: string | null | undefined,
  info: GraphQLResolveInfo,
) {
  const withSources = selectsBelow(info, SOURCE_FIELDS);
  return (
    (await ctx.loaders
      .controlAnswersAt(at ?? null, withSources, statementColumnsAsked(info))
      .load(place)) ?? {
      name: place,
      asOf: null,
      claims: [],
    }
  );
}

/** The fields that read a statement's attributions. */
const SOURCE_FIELDS = ['attributions', 'reporters'];

/** whoControls and Place.controlledBy. */
async function controlsOfPlace(
  ctx: Context,
  place: string,
  at: string | null | undefined,
  info: GraphQLResolveInfo,
): Promise<ControlRow[]> {
  const answer = await answerOf(ctx, place, at, info);
  return answer.claims.map((claim) => ({ claim, asOf: answer.asOf }));
}

/** controlledBy and Faction.controls: the places for which whoControls would name the faction. */
async function controlsOfFaction(
  ctx: Context,
  faction: string,
  at: string | null | undefined,
  info: GraphQLResolveInfo,
) {
  const places = await ctx.loaders.controlCandidatesByFaction.load(faction);
  const answers = await Promise.all(
    places.map(async (place) => {
      const answer = await answerOf(ctx, place, at, info);
      return answer.claims
        .filter((claim) => claim.faction === faction)
        .map((claim): ControlRow & { name: string } => ({ claim, asOf: answer.asOf, name: answer.name }));
    }),
  );
  return answers
    .flat()
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name) ||
        a.claim.place.localeCompare(b.claim.place) ||
        a.claim.statement.id.localeCompare(b.claim.statement.id),
    );
}

async function historyOfPlace(ctx: Context, place: string): Promise<ControlPeriodRow[]> {
  return controlPeriods((await claimsOf(ctx, place)).claims).map((period) => ({
    from: period.from,
    to: period.to,
    controls: period.claims.map((claim) => ({ claim, asOf: null })),
  }));
}

export const controlResolvers: Resolvers = {
  Query: {
    whoControls: async (_parent, { place, at }, ctx, info) => {
      // The answer brings the place's own row, so the check that follows costs no round trip.
      const controls = await controlsOfPlace(ctx, place, at, info);
      await requireEntity(ctx, place, 'place', ['PLACE']);
      return controls;
    },
    controlledBy: async (_parent, { faction, at, first, after }, ctx, info) => {
      const page = pageArgs(first, after);
      await requireEntity(ctx, faction, 'faction', ['FACTION']);
      return pageOf(await controlsOfFaction(ctx, faction, at, info), page, nodeEdge);
    },
    controlHistory: async (_parent, { place, first, after }, ctx) => {
      const page = pageArgs(first, after);
      // As for whoControls, the timeline's claims bring the place's row for the check.
      const history = await historyOfPlace(ctx, place);
      await requireEntity(ctx, place, 'place', ['PLACE']);
      return pageOf(history, page, nodeEdge);
    },
  },
  Place: {
    controlledBy: (place, { at }, ctx, info) => controlsOfPlace(ctx, place.id, at, info),
    controlHistory: async (place, { first, after }, ctx) => {
      const page = pageArgs(first, after);
      return pageOf(await historyOfPlace(ctx, place.id), page, nodeEdge);
    },
  },
  Faction: {
    controls: async (faction, { at, first, after }, ctx, info) => {
      const page = pageArgs(first, after);
      return pageOf(await controlsOfFaction(ctx, faction.id, at, info), page, nodeEdge);
    },
  },
  Control: {
    faction: ({ claim }, _args, ctx) => linkedEntity(ctx, claim.faction),
    place: ({ claim }, _args, ctx) => linkedEntity(ctx, claim.place),
    statement: ({ claim }) => claim.statement,
    status: ({ claim }) => (claim.statement.status?.toUpperCase() ?? null) as StatementStatus | null,
    start: ({ claim: { statement: s } }) => dateValue(s.start, s.startText),
    end: ({ claim: { statement: s } }) => dateValue(s.end, s.endText),
    pointInTime: ({ claim: { statement: s } }) => dateValue(s.pointInTime, s.pointInTimeText),
    inferred: ({ claim }) => claim.distance > 0,
    inferredFrom: ({ claim }, _args, ctx) => (claim.distance > 0 ? linkedEntity(ctx, claim.scope) : null),
    attributions: ({ claim }, _args, { loaders }) => loaders.attributionsByStatement.get(claim.statement.id),
  },
  ControlPeriod: {
    gap: (period) => period.controls.length === 0,
    competing: (period) =>
      new Set(period.controls.map((c) => c.claim.faction)).size > 1 ||
      period.controls.some((c) => c.claim.statement.status === 'contested'),
  },
};
