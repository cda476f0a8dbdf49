import type { Context } from '../context.js';
import { dateValue } from '../dates/dateValue.js';
import { parsePartialDate } from '../dates/partialDate.js';
import { DateScalar } from '../dates/scalar.js';
import { brokenLink, linkedEntity, requireEntity } from '../entity/require.js';
import type {
  DatePrecision,
  Phrasing,
  Resolvers,
  StatementKind,
  StatementStatus,
} from '../generated/resolvers.js';
import { statementColumnsAsked } from './columns.js';
import { statementConnection } from './pages.js';
import type { StatementRow } from './rows.js';

// The graph stores kinds, statuses and phrasings in lower case (docs/model.md); GraphQL enums are upper case.
const upper = <T extends string>(value: string) => value.toUpperCase() as T;
const upperOrNull = <T extends string>(value: string | null) => (value === null ? null : upper<T>(value));

/** The statement behind an id the graph gave out; the row itself when the request holds it already. */
export function linkedStatement({ loaders }: Context, id: string): StatementRow | Promise<StatementRow> {
  const row = loaders.statementById.peek(id);
  return row ? row : loaders.statementById.load(id).then((loaded) => loaded ?? brokenLink('statement', id));
}

export const statementResolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    statements: async (_parent, args, ctx, info) => {
      const anchor = args.about ? 'about' : args.reportedBy ? 'reportedBy' : 'all';
      const parent = args.about ?? args.reportedBy ?? null;
      const connection = await statementConnection(ctx, anchor, parent, args, statementColumnsAsked(info));
      // The page brings the rows of the ids it was asked about, so these checks cost no round trip unless
      // an id is bad.
      await Promise.all([
        args.about && requireEntity(ctx, args.about, 'about'),
        args.reportedBy && requireEntity(ctx, args.reportedBy, 'reportedBy'),
      ]);
      return connection;
    },
  },
  Statement: {
    kind: (row) => upper<StatementKind>(row.kind),
    subject: (row, _args, ctx) => linkedEntity(ctx, row.subject),
    object: (row, _args, ctx) => (row.object === null ? null : linkedEntity(ctx, row.object)),
    status: (row) => upperOrNull<StatementStatus>(row.status),
    start: (row) => dateValue(row.start, row.startText),
    end: (row) => dateValue(row.end, row.endText),
    pointInTime: (row) => dateValue(row.pointInTime, row.pointInTimeText),
    count: (row) =>
      row.countPhrasing === null
        ? null
        : {
            amount: row.countAmount,
            phrasing: upper<Phrasing>(row.countPhrasing),
            unit: row.countUnit ?? '',
            text: row.countText,
          },
    distance: (row) =>
      row.distancePhrasing === null || row.distanceAmount === null
        ? null
        : {
            amount: row.distanceAmount,
            phrasing: upper<Phrasing>(row.distancePhrasing),
            unit: row.distanceUnit ?? '',
            bearing: row.distanceBearing,
            text: row.distanceText,
          },
    attributions: (row, _args, { loaders }) => loaders.attributionsByStatement.get(row.id),
    retraction: (row) =>
      row.retractedAt === null
        ? null
        : { at: row.retractedAt, by: row.retractedBy ?? '', reason: row.retractionReason ?? '' },
  },
  Attribution: {
    statement: (row, _args, ctx) => linkedStatement(ctx, row.statement),
    reporter: (row, _args, ctx) => linkedEntity(ctx, row.reporter),
    carriedBy: (row, _args, ctx) => linkedEntity(ctx, row.carriedBy),
    reportedOn: (row) => dateValue(row.reportedOn, row.reportedOnText),
  },
  DateValue: {
    precision: (row) => upper<DatePrecision>(parsePartialDate(row.value).precision),
    earliest: (row) => parsePartialDate(row.value).first,
    latest: (row) => parsePartialDate(row.value).last,
  },
};
