import { beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { ALL_COLUMNS, columnsOfFields, type StatementField } from '../../src/statement/columns.js';
import { statementPages } from '../../src/statement/queries.js';
import type { StatementRow } from '../../src/statement/rows.js';
import { dataOf } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import { RecordingDatabase } from '../helpers/recordingDatabase.js';
import { emptyGraph } from '../helpers/seed.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { columnsOfQuery } from '../helpers/statementColumns.js';
import { NO_FILTER } from '../helpers/statementFilter.js';

// The fields with columns of their own, in the order of those columns in a statement's row.
const FIELDS_WITH_COLUMNS: StatementField[] = [
  'status',
  'role',
  'text',
  'note',
  'start',
  'end',
  'pointInTime',
  'count',
  'distance',
  'retraction',
];
/** The columns left out when only `fields` are asked (besides those every statement query reads). */
const without = (...fields: StatementField[]) =>
  columnsOfFields(FIELDS_WITH_COLUMNS.filter((field) => !fields.includes(field)));

describe('the statement columns an operation reads', () => {
  it('are none of the optional ones when it asks only for ids, kinds, ends and attributions', () => {
    const columns = columnsOfQuery(
      `{ statements { edges { node { __typename id kind subject { id } object { id } attributions { quote } } } } }`,
    );
    expect(columns.omitted).toEqual(without());
    expect(columns.omitted).toHaveLength(22);
  });

  it('are those of the fields it asks for, each field with all the columns it reads', () => {
    const columns = columnsOfQuery(`{ statements { edges { node { id status note count { amount } } } } }`);
    expect(columns.omitted).toEqual(without('status', 'note', 'count'));
    expect(columns.omitted).not.toContain('countUnit');
    expect(columns.omitted).toContain('distanceUnit');
  });

  it('count fields asked anywhere: fragments, `node`, attributions and controls', () => {
    const columns = columnsOfQuery(`
      query Q {
        statements { edges { node { ...more } } }
        node(id: "x") { ... on Statement { role } }
        whoControls(place: "p") { statement { distance { amount } } attributions { statement { retraction { at } } } }
        entity(id: "e") { id }
      }
      fragment more on Statement { start { value } }`);
    expect(columns.omitted).toEqual(without('role', 'start', 'distance', 'retraction'));
  });

  it('are the whole row when every field is asked', () => {
    const columns = columnsOfQuery(`{ statements { edges { node {
      id kind subject { id } object { id } status role text note start { value } end { value }
      pointInTime { value } count { amount } distance { amount } retraction { at } attributions { id }
    } } } }`);
    expect(columns).toBe(ALL_COLUMNS);
  });
});

describe('statement rows read narrowed', () => {
  const db = new RecordingDatabase();
  let server: TestServer;

  beforeAll(async () => {
    await emptyGraph();
    await runSeed(testDatabase(), { paths: [SEED_DIR] });
    server = await startTestServer({ db });
    return () => db.close();
  });

  const firstPage = (columns = ALL_COLUMNS) =>
    testDatabase().read(async (tx) => {
      const pages = await statementPages(tx, 'all', [null], NO_FILTER, 0, 100, undefined, columns);
      return pages.get(null)!.page;
    });

  it('send the columns left out as nulls, and the rest as stored', async () => {
    const full = await firstPage();
    const narrow = await firstPage(columnsOfQuery(`{ statements { edges { node { id note } } } }`));
    expect(full.filter((row) => row.role !== null).length).toBeGreaterThan(0);
    expect(full.filter((row) => row.note !== null).length).toBeGreaterThan(0);
    const kept = (row: StatementRow) => [row.id, row.kind, row.subject, row.object, row.note];
    expect(narrow.map(kept)).toEqual(full.map(kept));
    const leftOut = (row: StatementRow) => without('note').map((column) => row[column]);
    expect(narrow.every((row) => leftOut(row).every((value) => value === null))).toBe(true);
  });

  const sentPageQuery = async (fields: string) => {
    db.sent.length = 0;
    dataOf(await server.graphql(`{ statements(first: 5) { edges { node { id ${fields} } } } }`));
    return db.sent.find((query) => query.includes('AS bundles'))!;
  };

  it('the page query reads from Neo4j only the properties the operation asks for', async () => {
    const bare = await sentPageQuery('');
    expect(bare).not.toMatch(/s\.note|s\.role|s\.countAmount|s\.retractedBy/);
    const asked = await sentPageQuery('note retraction { by }');
    expect(asked).toMatch(/s\.note/);
    expect(asked).toMatch(/s\.retractedBy/);
    expect(asked).not.toMatch(/s\.role|s\.countAmount/);
  });

  const FIELDS = `id status role text note start { value } end { value } pointInTime { value }
    count { amount phrasing unit text } distance { amount phrasing unit bearing text } retraction { at by reason }`;

  /** Each statement as `node(id)` answers it on its own, from the whole row. */
  async function asReadAlone(ids: string[]) {
    return Promise.all(
      ids.map(async (id) => {
        const data = dataOf(
          await server.graphql<{ node: unknown }>(
            `query($id: ID!) { node(id: $id) { ... on Statement { ${FIELDS} } } }`,
            {
              id,
            },
          ),
        );
        return data.node;
      }),
    );
  }

  type Reached = { attributions: { statement: { id: string } }[] };

  it('hold what any field of the operation asks, not only the field that read them', async () => {
    // The page asks for ids alone; the same statements, reached again through their attributions, ask
    // for everything. They come from the rows the page brought, which must hold it.
    const data = dataOf(
      await server.graphql<{ statements: { edges: { node: Reached }[] } }>(`{
        statements(first: 100) { edges { node { id attributions { statement { ${FIELDS} } } } } }
      }`),
    );
    const reached = data.statements.edges.map((edge) => edge.node.attributions[0]!.statement);
    expect(reached).toEqual(await asReadAlone(reached.map((s) => s.id)));
    const values = JSON.stringify(reached);
    for (const field of ['"role":"', '"note":"', '"amount":6000', '"bearing":"northeast"']) {
      expect(values).toContain(field);
    }
  });

  it('do the same for disagreements and control answers', async () => {
    const data = dataOf(
      await server.graphql<{
        disagreements: { edges: { node: { statements: Reached[] } }[] };
        whoControls: Reached[];
      }>(`{
        disagreements(first: 100) { edges { node { statements { attributions { statement { ${FIELDS} } } } } } }
        whoControls(place: "place:a-ruheibah") { attributions { statement { ${FIELDS} } } }
      }`),
    );
    const reached = [
      ...data.disagreements.edges.flatMap((edge) => edge.node.statements),
      ...data.whoControls,
    ].map((s) => s.attributions[0]!.statement);
    expect(reached.length).toBeGreaterThan(1);
    expect(reached).toEqual(await asReadAlone(reached.map((s) => s.id)));
    expect(JSON.stringify(reached)).toContain('"amount":6000');
  });
});
