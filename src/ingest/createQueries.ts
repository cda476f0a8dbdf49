import type { ManagedTransaction } from 'neo4j-driver';
import type { AttributionRow, EntityRow, StatementRow } from './plan.js';

/**
 * The create-only write path, for a database that holds none of the rows (after --reset, on an empty
 * database, and for the generator of synthetic data, src/generate): no lookups of old nodes, no hash
 * checks, each statement created with its links, its shortcut, its attributions and its SOURCED_BY
 * relationships in one pass. The nodes and relationships are the very ones the upserts above would make
 * (tests/seed/create-path.test.ts compares the two). An entity's PUBLISHED_BY and DATELINE targets must
 * exist already: pass articles after the outlets and places they name.
 *
 * It is built for millions of rows: createEntities returns the node of each entity it made, and
 * createStatements finds subjects, objects, reporters and carriers by those nodes rather than through the
 * id index; statements travel as positional lists with dates as text (the query makes the Neo4j dates of
 * each period), which the driver packs and Neo4j reads several times faster than maps of maps.
 */
export const createEntitiesCypher = `
UNWIND $rows AS row
CREATE (e:Entity)
SET e = row.props, e.seedHash = row.hash, e:$(row.label)
WITH e, row
CALL (e, row) {
  WITH e, row WHERE row.publisher IS NOT NULL
  MATCH (publisher:Entity {id: row.publisher})
  CREATE (e)-[:PUBLISHED_BY]->(publisher)
}
CALL (e, row) {
  WITH e, row WHERE row.dateline IS NOT NULL
  MATCH (place:Entity {id: row.dateline})
  CREATE (e)-[:DATELINE]->(place)
}
RETURN row.id AS id, elementId(e) AS node`;

/** The first and last day of a partial date written at a precision, as dateProps makes them (plan.ts). */
const periodFrom = (value: string) => `date(${value})`;
const periodTo = (value: string, precision: string) =>
  `CASE ${precision} WHEN 'year' THEN date(${value}) + duration('P1Y') - duration('P1D') ` +
  `WHEN 'month' THEN date(${value}) + duration('P1M') - duration('P1D') ELSE date(${value}) END`;
const period = (name: string, value: string, precision: string) =>
  `${name}: ${value}, ${name}Precision: ${precision}, ` +
  `${name}From: ${periodFrom(value)}, ${name}To: ${periodTo(value, precision)}`;

/** The statement properties a shortcut carries: its id and its qualifiers (plan.ts, shortcutProps). */
const SHORTCUT_PROPS = [
  'status',
  'role',
  ...['start', 'end', 'pointInTime'].flatMap((d) => [d, `${d}Precision`, `${d}From`, `${d}To`, `${d}Text`]),
]
  .map((p) => `.${p}`)
  .join(', ');

/**
 * A statement travels as a tuple: these properties at these positions (the From and To of each date are
 * made by the query), then the subject's and object's nodes, the shortcut, the hash and the attributions.
 * Every property planSeed makes has a place, so the query sets no map of unknown keys (which would make
 * Neo4j hold the whole batch in memory between its steps, an Eager).
 */
const STATEMENT_SLOTS = [
  'id',
  'kind',
  'origin',
  'status',
  'role',
  ...['start', 'end', 'pointInTime'].flatMap((d) => [d, `${d}Precision`, `${d}Text`]),
  'text',
  'note',
  ...['Amount', 'Phrasing', 'Unit', 'Text'].map((p) => `count${p}`),
  ...['Amount', 'Phrasing', 'Unit', 'Bearing', 'Text'].map((p) => `distance${p}`),
] as const;
const SLOT = new Map<string, number>(STATEMENT_SLOTS.map((key, i) => [key, i]));
const SUBJECT = STATEMENT_SLOTS.length;
const OBJECT = SUBJECT + 1;
const SHORTCUT = SUBJECT + 2;
const HASH = SUBJECT + 3;
const ATTRIBUTIONS = SUBJECT + 4;
/** Derived from the date and its precision by the query, not sent. */
const MADE_BY_QUERY = new Set(['start', 'end', 'pointInTime'].flatMap((d) => [`${d}From`, `${d}To`]));

const slot = (key: string) => `row[${SLOT.get(key)}]`;
const statementProperties = STATEMENT_SLOTS.filter((key) => !/Precision$/.test(key))
  .map((key) =>
    ['start', 'end', 'pointInTime'].includes(key)
      ? period(key, slot(key), slot(`${key}Precision`))
      : `${key}: ${slot(key)}`,
  )
  .join(',\n  ');

export const createStatementsCypher = `
UNWIND $rows AS row
MATCH (subject:Entity) WHERE elementId(subject) = row[${SUBJECT}]
CREATE (s:Statement {
  ${statementProperties},
  seedHash: row[${HASH}]
})
CREATE (s)-[:SUBJECT]->(subject)
WITH s, row, subject
CALL (s, row, subject) {
  WITH s, row, subject WHERE row[${OBJECT}] IS NOT NULL
  MATCH (object:Entity) WHERE elementId(object) = row[${OBJECT}]
  CREATE (s)-[:OBJECT]->(object)
  WITH s, subject, object, row WHERE row[${SHORTCUT}] IS NOT NULL
  CREATE (subject)-[shortcut:$(row[${SHORTCUT}])]->(object)
  SET shortcut = s { ${SHORTCUT_PROPS}, statement: s.id }
}
CALL (s, row) {
  UNWIND row[${ATTRIBUTIONS}] AS a
  MATCH (reporter:Entity) WHERE elementId(reporter) = a[2]
  MATCH (carrier:Entity) WHERE elementId(carrier) = a[3]
  CREATE (s)-[:HAS_ATTRIBUTION]->(n:Attribution {
    id: a[0], origin: a[1], quote: a[4], ${period('reportedOn', 'a[5]', 'a[6]')}, reportedOnText: a[7]
  })-[:REPORTED_BY]->(reporter)
  CREATE (n)-[:CARRIED_BY]->(carrier)
}
CALL (s, row) {
  UNWIND row[${ATTRIBUTIONS}] AS a
  WITH DISTINCT a[2] AS node
  MATCH (reporter:Entity) WHERE elementId(reporter) = node
  CREATE (s)-[:SOURCED_BY {reporter: reporter.id, statement: s.id}]->(reporter)
}`;

/** The node (elementId) of each entity id, as createEntities returns them. */
export type EntityNodes = ReadonlyMap<string, string>;

/** A reference the create-only path could not follow: the rows were not checked against the database. */
export class MissingReferenceError extends Error {
  constructor(what: string, expected: number, created: number) {
    super(
      `${expected} ${what} to create but ${created} created: a row names an entity that is not in the database`,
    );
    this.name = 'MissingReferenceError';
  }
}

/** Creates the entities (none may exist yet); returns the node of each. */
export async function createEntities(
  tx: ManagedTransaction,
  rows: EntityRow[],
): Promise<Map<string, string>> {
  const result = await tx.run(createEntitiesCypher, { rows });
  const { nodesCreated, relationshipsCreated } = result.summary.counters.updates();
  if (nodesCreated !== rows.length) throw new MissingReferenceError('entities', rows.length, nodesCreated);
  const links = rows.reduce((n, row) => n + (row.publisher ? 1 : 0) + (row.dateline ? 1 : 0), 0);
  if (relationshipsCreated !== links) {
    throw new MissingReferenceError('publisher and dateline links', links, relationshipsCreated);
  }
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('node') as string]));
}

const orNull = (value: unknown) => (value === undefined ? null : value);

function attributionTuple(a: AttributionRow, node: (id: string) => string | null): unknown[] {
  const p = a.props;
  return [
    p.id,
    p.origin,
    node(a.reporter),
    node(a.carriedBy),
    orNull(p.quote),
    orNull(p.reportedOn),
    orNull(p.reportedOnPrecision),
    orNull(p.reportedOnText),
  ];
}

function statementTuple(row: StatementRow, node: (id: string) => string | null): unknown[] {
  const tuple: unknown[] = new Array(ATTRIBUTIONS + 1).fill(null);
  for (const key in row.props) {
    const at = SLOT.get(key);
    if (at !== undefined) tuple[at] = row.props[key];
    else if (!MADE_BY_QUERY.has(key)) {
      // A property planSeed makes that this path would drop: it must get a slot above.
      throw new Error(`the create-only path has no place for the statement property ${key}`);
    }
  }
  tuple[SUBJECT] = node(row.subject);
  tuple[OBJECT] = row.object === null ? null : node(row.object);
  tuple[SHORTCUT] = row.object === null ? null : row.shortcut;
  tuple[HASH] = row.hash;
  tuple[ATTRIBUTIONS] = row.attributions.map((a) => attributionTuple(a, node));
  return tuple;
}

/**
 * Creates the statements with their links, shortcuts and attributions (none may exist yet); `nodes` must
 * hold every entity the rows name. Returns how many statements and attributions were created.
 */
export async function createStatements(
  tx: ManagedTransaction,
  rows: StatementRow[],
  nodes: EntityNodes,
): Promise<{ statements: number; attributions: number }> {
  const attributions = rows.reduce((n, row) => n + row.attributions.length, 0);
  const node = (id: string) => nodes.get(id) ?? null;
  const result = await tx.run(createStatementsCypher, { rows: rows.map((row) => statementTuple(row, node)) });
  const { nodesCreated, relationshipsCreated } = result.summary.counters.updates();
  if (nodesCreated !== rows.length + attributions) {
    throw new MissingReferenceError('statements and attributions', rows.length + attributions, nodesCreated);
  }
  // SUBJECT, OBJECT and the shortcut; HAS_ATTRIBUTION, REPORTED_BY and CARRIED_BY for each attribution;
  // SOURCED_BY for each reporter (src/statement/sources.ts).
  const links = rows.reduce(
    (n, row) =>
      n +
      1 +
      (row.object ? 1 : 0) +
      (row.object && row.shortcut ? 1 : 0) +
      new Set(row.attributions.map((a) => a.reporter)).size,
    3 * attributions,
  );
  if (relationshipsCreated !== links) {
    throw new MissingReferenceError('statement links', links, relationshipsCreated);
  }
  return { statements: rows.length, attributions };
}
