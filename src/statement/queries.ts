import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt } from '../db/database.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import { ENTITY, entityRows } from '../entity/queries.js';
import type { EntityRow } from '../entity/rows.js';
import { type KeepExtras, keepBundles } from './bundle.js';
import { entitiesNamedBy, statementBundlesOf } from './bundleQueries.js';
import { ALL_COLUMNS, perColumns, type StatementColumns } from './columns.js';
import { ATTRIBUTION, STATEMENT } from './projection.js';
import type { AttributionRow, StatementRow } from './rows.js';

export async function statementsById(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<StatementRow[]> {
  const result = await tx.run(
    `UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN ${STATEMENT.cypher('s')} AS row`,
    { ids },
  );
  return result.records.map((r) => STATEMENT.of(r.get('row') as unknown[]));
}

export async function attributionsById(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<AttributionRow[]> {
  const result = await tx.run(
    `UNWIND $ids AS id MATCH (a:Attribution {id: id}) RETURN ${ATTRIBUTION.cypher('a')} AS row`,
    { ids },
  );
  return result.records.map((r) => ATTRIBUTION.of(r.get('row') as unknown[]));
}

/**
 * The attributions of each statement, oldest report first, then by reporter and id; with the rows of
 * their reporters and carriers, which the next level of almost every query asks for.
 */
export async function attributionsOfStatements(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<{ byStatement: Map<string, AttributionRow[]>; entities: EntityRow[] }> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Statement {id: id})-[:HAS_ATTRIBUTION]->(a:Attribution)
     WITH id, a, [(a)-[:REPORTED_BY]->(x) | x.id][0] AS reporter
     ORDER BY a.reportedOnFrom, reporter, a.id
     WITH id, collect(a) AS attributions, collect(${ATTRIBUTION.cypher('a', { statement: 'id', reporter: 'reporter' })}) AS rows
     RETURN id, rows, COLLECT {
       UNWIND attributions AS a
       MATCH (a)-[:REPORTED_BY|CARRIED_BY]->(e)
       RETURN DISTINCT ${ENTITY.cypher('e')} AS row
     } AS entities`,
    { ids, labels: ENTITY_LABELS },
  );
  return {
    byStatement: new Map(
      result.records.map((r) => [r.get('id') as string, (r.get('rows') as unknown[][]).map(ATTRIBUTION.of)]),
    ),
    entities: result.records.flatMap((r) => entityRows(r.get('entities'))),
  };
}

/**
 * Where a page of statements starts from. Each anchor is a fixed pattern that binds `s` from the
 * `parent` id (or from every statement), so a batch of parents is one query.
 */
const ANCHORS = {
  all: { match: 'MATCH (s:Statement)', reportDates: 'reportFilter' },
  about: {
    match: 'MATCH (:Entity {id: parent})<-[:SUBJECT|OBJECT]-(s:Statement)',
    reportDates: 'reportFilter',
  },
  reportedBy: {
    match: 'MATCH (:Entity {id: parent})<-[:REPORTED_BY]-(a:Attribution)<-[:HAS_ATTRIBUTION]-(s:Statement)',
    reportDates: 'anchored',
  },
  carriedBy: {
    match: 'MATCH (:Entity {id: parent})<-[:CARRIED_BY]-(a:Attribution)<-[:HAS_ATTRIBUTION]-(s:Statement)',
    reportDates: 'reportFilter',
  },
} as const;

export type StatementAnchor = keyof typeof ANCHORS;

const KIND_AND_ABOUT = `($kind IS NULL OR s.kind = $kind)
  AND ($includeRetracted OR s.retractedAt IS NULL)
  AND ($about IS NULL OR EXISTS { (s)-[:SUBJECT|OBJECT]->(:Entity {id: $about}) })`;

// The reporter and the dates must hold for the same attribution: "reported by SANA in April".
const REPORT_FILTER = `(($reportedBy IS NULL AND $from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (s)-[:HAS_ATTRIBUTION]->(r:Attribution)-[:REPORTED_BY]->(reporter)
    WHERE ($reportedBy IS NULL OR reporter.id = $reportedBy)
      AND ($from IS NULL OR r.reportedOnTo >= date($from))
      AND ($to IS NULL OR r.reportedOnFrom <= date($to)) })`;

// The anchor's attribution is the reporter's own: the dates apply to it.
const ANCHORED_DATES = `($from IS NULL OR a.reportedOnTo >= date($from))
  AND ($to IS NULL OR a.reportedOnFrom <= date($to))`;

/**
 * Each page travels with its statements' attributions and the entities they name, and with the rows of
 * the entities the arguments name (the parent, `about`, `reportedBy`), so that the fields asked next and
 * the checks of those ids cost no round trip (src/statement/bundleQueries.ts).
 */
const pageRows = (columns: StatementColumns) => `OPTIONAL MATCH (anchor:Entity {id: parent})
OPTIONAL MATCH (aboutFilter:Entity {id: $about})
OPTIONAL MATCH (reporterFilter:Entity {id: $reportedBy})
RETURN parent, total, [s IN page | s.id] AS ids, ${statementBundlesOf('page', true, columns)} AS bundles,
  ${entitiesNamedBy('page', '[x IN [anchor, aboutFilter, reporterFilter] WHERE x IS NOT NULL]')} AS entities`;

function statementPagesCypher(anchor: StatementAnchor, columns: StatementColumns): string {
  const { match, reportDates } = ANCHORS[anchor];
  const matching = `${match}
    WHERE ${KIND_AND_ABOUT} AND ${reportDates === 'anchored' ? ANCHORED_DATES : REPORT_FILTER}`;
  // Anchored: one pass for the count and the page (a prolific reporter has a hundred thousand
  // statements). The whole graph is counted and paged apart, not held in one list.
  if (anchor === 'all') {
    return `UNWIND $parents AS parent
CALL (parent) {
  ${matching}
  RETURN count(DISTINCT s) AS total
}
CALL (parent) {
  ${matching}
  WITH DISTINCT s ORDER BY s.id SKIP $skip LIMIT $limit
  RETURN collect(s) AS page
}
${pageRows(columns)}`;
  }
  return `UNWIND $parents AS parent
CALL (parent) {
  ${matching}
  WITH collect(DISTINCT s) AS matched
  RETURN size(matched) AS total, COLLECT {
    UNWIND matched AS s
    WITH s ORDER BY s.id SKIP $skip LIMIT $limit
    RETURN s
  } AS page
}
${pageRows(columns)}`;
}

/**
 * A reporter's statements with no other filter, the common question: counted by the reporter's degree
 * and paged in id order from the `statement_sources` index, not by walking every attribution
 * (src/statement/sources.ts). A statement's `via.statement` is its id; ordering by both indexed
 * properties is what lets the planner read the index in order instead of sorting every row.
 */
const sourcedPages = perColumns(
  (columns) => `UNWIND $parents AS parent
CALL (parent) {
  MATCH (reporter:Entity {id: parent})
  RETURN COUNT { (reporter)<-[:SOURCED_BY]-() } AS total
}
CALL (parent) {
  MATCH (s)-[via:SOURCED_BY]->()
  WHERE via.reporter = parent AND via.statement > ''
  WITH s, via ORDER BY via.reporter, via.statement SKIP $skip LIMIT $limit
  RETURN collect(s) AS page
}
${pageRows(columns)}`,
);

const STATEMENT_PAGES = Object.fromEntries(
  (Object.keys(ANCHORS) as StatementAnchor[]).map((anchor) => [
    anchor,
    perColumns((columns) => statementPagesCypher(anchor, columns)),
  ]),
) as Record<StatementAnchor, (columns: StatementColumns) => string>;

export interface StatementFilter {
  kind: string | null;
  about: string | null;
  reportedBy: string | null;
  /** First and last day, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Retracted statements count only when asked for (Query.statements(includeRetracted)). */
  includeRetracted: boolean;
}

export interface Page<T> {
  total: number;
  page: T[];
}

/**
 * One page of statements per parent (or one page in all, for the `all` anchor with a null parent); the
 * statement rows hold `columns` (the others null).
 */
export async function statementPages(
  tx: ManagedTransaction,
  anchor: StatementAnchor,
  parents: readonly (string | null)[],
  filter: StatementFilter,
  skip: number,
  limit: number,
  keep?: KeepExtras,
  columns: StatementColumns = ALL_COLUMNS,
): Promise<Map<string | null, Page<StatementRow>>> {
  const onlyReporter =
    anchor === 'reportedBy' &&
    !filter.kind &&
    !filter.about &&
    !filter.from &&
    !filter.to &&
    !filter.includeRetracted;
  const cypher = onlyReporter ? sourcedPages(columns) : STATEMENT_PAGES[anchor](columns);
  const result = await tx.run(cypher, {
    parents,
    ...filter,
    skip: cypherInt(skip),
    limit: cypherInt(limit),
    labels: ENTITY_LABELS,
  });
  return new Map(
    result.records.map((r) => {
      const rows = keepBundles(r, keep);
      const page = (r.get('ids') as string[]).map((id) => rows.get(id)!);
      return [r.get('parent') as string | null, { total: r.get('total') as number, page }];
    }),
  );
}
