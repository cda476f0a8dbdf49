import {
  isAbstractType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Statement } from '../generated/resolvers.js';
import { statementColumns } from './projection.js';
import type { StatementRow } from './rows.js';

/**
 * Which columns of a statement row a request reads. The queries that find statements send only these;
 * the rest travel as nulls. A page of twenty statements otherwise reads and sends 22 properties a
 * statement that most questions never ask for (a role, a count, a retraction), and at a million
 * statements that is a third of the database's work for the statements-by-reporter question.
 *
 * The set is the whole operation's, not the field's: the loaders keep every row a query brings, and any
 * field of the same request may be handed one (`Attribution.statement` answers from the page that
 * brought the attribution), so a row must hold what any part of the operation asks of any statement.
 */
export interface StatementColumns {
  /** The columns sent as null, in StatementRow order; empty when the whole row is read. */
  readonly omitted: readonly (keyof StatementRow)[];
  /** The same as a string, for the keys of loaders and of query texts. */
  readonly key: string;
}

export type StatementField = Exclude<keyof Statement, '__typename'>;
export type OptionalColumn = Exclude<keyof StatementRow, 'id' | 'kind' | 'subject' | 'object'>;

/**
 * The columns each field of the GraphQL `Statement` type reads, besides the id, kind, subject and object,
 * which every statement query reads (they key the loaders and group the answers). Typed against the
 * generated `Statement` type: a field added to the schema fails to compile until it says what it reads.
 */
const COLUMNS_OF_FIELD = {
  id: [],
  kind: [],
  subject: [],
  object: [],
  attributions: [],
  status: ['status'],
  role: ['role'],
  text: ['text'],
  note: ['note'],
  start: ['start', 'startText'],
  end: ['end', 'endText'],
  pointInTime: ['pointInTime', 'pointInTimeText'],
  count: ['countAmount', 'countPhrasing', 'countUnit', 'countText'],
  distance: ['distanceAmount', 'distancePhrasing', 'distanceUnit', 'distanceBearing', 'distanceText'],
  retraction: ['retractedAt', 'retractedBy', 'retractionReason'],
} as const satisfies { readonly [F in StatementField]: readonly OptionalColumn[] };

const ALWAYS_READ: readonly (keyof StatementRow)[] = ['id', 'kind', 'subject', 'object'];

/** Every optional column, in the order of the row's tuple (src/statement/projection.ts). */
const OPTIONAL_COLUMNS = (Object.keys(statementColumns('s')) as (keyof StatementRow)[]).filter(
  (column): column is OptionalColumn => !ALWAYS_READ.includes(column),
);

/** The columns the `Statement` fields named read: for code that reads a statement as those fields would. */
export function columnsOfFields(fields: readonly StatementField[]): OptionalColumn[] {
  return fields.flatMap((field) => COLUMNS_OF_FIELD[field]);
}

/** The whole row: for reads outside a GraphQL operation, and for any field this module does not know. */
export const ALL_COLUMNS: StatementColumns = { omitted: [], key: '' };

function columnsReading(read: ReadonlySet<OptionalColumn>): StatementColumns {
  const omitted = OPTIONAL_COLUMNS.filter((column) => !read.has(column));
  return omitted.length === 0 ? ALL_COLUMNS : { omitted, key: omitted.join(',') };
}

/** `columns` with `more` read as well: what a query's own logic needs besides what the operation asks. */
export function alsoReading(columns: StatementColumns, more: readonly OptionalColumn[]): StatementColumns {
  if (columns.omitted.every((column) => !more.includes(column as OptionalColumn))) return columns;
  const read = new Set(OPTIONAL_COLUMNS.filter((column) => !columns.omitted.includes(column)));
  for (const column of more) read.add(column);
  return columnsReading(read);
}

/**
 * The columns an operation reads: those of every field it selects on `Statement`, or on an interface
 * `Statement` implements, anywhere in it (fragments included, `@skip` and `@include` not weighed: a field
 * that may be asked counts as asked).
 */
export function statementColumnsOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: GraphQLResolveInfo['fragments'],
): StatementColumns {
  const statement = schema.getType('Statement');
  if (!isObjectType(statement)) return ALL_COLUMNS;
  const read = new Set<OptionalColumn>();
  let unknown = false;
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      const onStatement =
        parent === statement || (isAbstractType(parent) && schema.isSubType(parent, statement));
      if (!onStatement || node.name.value === '__typename') return;
      const columns = (COLUMNS_OF_FIELD as Record<string, readonly OptionalColumn[]>)[node.name.value];
      if (columns) for (const column of columns) read.add(column);
      else unknown = true;
    },
  });
  visit(operation, visitor);
  for (const fragment of Object.values(fragments)) visit(fragment, visitor);
  return unknown ? ALL_COLUMNS : columnsReading(read);
}

// The parsed document of a query text is reused across requests (Apollo's document store), so an
// operation's columns are worked out once, not once per request or per field.
const byOperation = new WeakMap<OperationDefinitionNode, StatementColumns>();

/** `statementColumnsOf` for the operation a resolver runs in. */
export function statementColumnsAsked(info: GraphQLResolveInfo): StatementColumns {
  let columns = byOperation.get(info.operation);
  if (!columns) {
    columns = statementColumnsOf(info.schema, info.operation, info.fragments);
    byOperation.set(info.operation, columns);
  }
  return columns;
}

/**
 * A query text that depends on the columns read, built once per column set: a handful of sets in
 * practice (one per shape of question), each at most 2^9 field combinations, so the cache stays small.
 */
export function perColumns(
  build: (columns: StatementColumns) => string,
): (columns: StatementColumns) => string {
  const texts = new Map<string, string>();
  return (columns) => {
    let text = texts.get(columns.key);
    if (text === undefined) {
      text = build(columns);
      texts.set(columns.key, text);
    }
    return text;
  };
}
