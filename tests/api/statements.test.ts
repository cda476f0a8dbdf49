import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, seededServer } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import type { TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await seededServer();
});

interface Statement {
  id: string;
  kind: string;
  subject: { id: string };
  object: { id: string } | null;
  attributions: { reporter: { id: string }; reportedOn: { earliest: string; latest: string } | null }[];
}
interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: Statement }[];
}

const STATEMENTS = `query($about: ID, $kind: StatementKind, $reportedBy: ID, $from: Date, $to: Date, $first: Int, $after: String) {
  statements(about: $about, kind: $kind, reportedBy: $reportedBy, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id kind subject { id } object { id }
      attributions { reporter { id } reportedOn { earliest latest } } } }
  }
}`;

async function statements(variables: Record<string, unknown>): Promise<Page> {
  return dataOf(await server.graphql<{ statements: Page }>(STATEMENTS, variables)).statements;
}

/** Every statement, page after page: the list the filters are checked against. */
async function allStatements(variables: Record<string, unknown> = {}): Promise<Statement[]> {
  const all: Statement[] = [];
  let after: string | null = null;
  do {
    const page = await statements({ ...variables, first: 100, after });
    all.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('statements', () => {
  it('lists every statement in the graph, in id order', async () => {
    const all = await allStatements();
    const inGraph = await testDatabase().read(async (tx) => {
      const result = await tx.run('MATCH (s:Statement) RETURN s.id AS id ORDER BY id');
      return result.records.map((r) => r.get('id') as string);
    });
    expect(ids(all)).toEqual(inGraph);
    expect(all.length).toBe(66);
  });

  it('pages with opaque cursors that round-trip, without repeats or gaps', async () => {
    const whole = ids(await allStatements());
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await statements({ first: 7, after });
      pages += 1;
      expect(page.totalCount).toBe(whole.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
      seen.push(...ids(page.edges.map((e) => e.node)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(whole);
    expect(pages).toBe(Math.ceil(whole.length / 7));
    // Any edge's cursor continues right after that edge.
    const page = await statements({ first: 5 });
    const next = await statements({ first: 2, after: page.edges[2]!.cursor });
    expect(ids(next.edges.map((e) => e.node))).toEqual(whole.slice(3, 5));
  });

  it('filters by what a statement is about, as subject or object', async () => {
    const about = await allStatements({ about: 'place:a-ruheibah' });
    const expected = (await allStatements()).filter(
      (s) => s.subject.id === 'place:a-ruheibah' || s.object?.id === 'place:a-ruheibah',
    );
    expect(ids(about)).toEqual(ids(expected));
    expect(about.length).toBeGreaterThan(2);
  });

  it('filters by kind', async () => {
    const counts = await allStatements({ kind: 'COUNT' });
    expect(ids(counts)).toEqual([
      'stmt:convoy-about-1500',
      'stmt:evacuation-about-6000-expected',
      'stmt:evacuation-more-than-4000-left-by-2018-04-22',
      'stmt:round-3-hundreds-expected',
    ]);
    expect(new Set(counts.map((s) => s.kind))).toEqual(new Set(['COUNT']));
  });

  it('filters by reporter: what SANA reported', async () => {
    const sana = await allStatements({ reportedBy: 'media:sana' });
    const expected = (await allStatements()).filter((s) =>
      s.attributions.some((a) => a.reporter.id === 'media:sana'),
    );
    expect(ids(sana)).toEqual(ids(expected));
    expect(sana.map((s) => s.id)).toContain('stmt:evacuation-about-6000-expected');
  });

  it("combines filters: SANA's counts about the evacuation", async () => {
    const found = await allStatements({
      reportedBy: 'media:sana',
      kind: 'COUNT',
      about: 'event:east-qalamoun-evacuation',
    });
    expect(ids(found)).toEqual(['stmt:evacuation-about-6000-expected']);
  });

  it.each([
    [{ from: '2018-04-23' }, (a: Day) => a.latest >= '2018-04-23'],
    [{ to: '2018-04-22' }, (a: Day) => a.earliest <= '2018-04-22'],
    [
      { from: '2018-04-22', to: '2018-04-22' },
      (a: Day) => a.latest >= '2018-04-22' && a.earliest <= '2018-04-22',
    ],
    [{ from: '2018-04', to: '2018' }, (a: Day) => a.latest >= '2018-04-01' && a.earliest <= '2018-12-31'],
  ])('filters by the date reported: %j', async (window, within) => {
    const found = await allStatements(window);
    const expected = (await allStatements()).filter((s) =>
      s.attributions.some((a) => a.reportedOn !== null && within(a.reportedOn)),
    );
    expect(ids(found)).toEqual(ids(expected));
    expect(found.length).toBeGreaterThan(0);
  });

  it('applies reporter and dates to the same report', async () => {
    const sanaOnSunday = await allStatements({
      reportedBy: 'media:sana',
      from: '2018-04-22',
      to: '2018-04-22',
    });
    const expected = (await allStatements()).filter((s) =>
      s.attributions.some((a) => a.reporter.id === 'media:sana' && a.reportedOn?.earliest === '2018-04-22'),
    );
    expect(ids(sanaOnSunday)).toEqual(ids(expected));
  });

  it('refuses unknown ids, bad page sizes, foreign cursors and backwards windows, naming the argument', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ about: 'place:atlantis' }, 'NOT_FOUND', 'about'],
      [{ reportedBy: 'media:nobody' }, 'NOT_FOUND', 'reportedBy'],
      [{ first: 0 }, 'BAD_USER_INPUT', 'first'],
      [{ first: 101 }, 'BAD_USER_INPUT', 'first'],
      [{ first: -5 }, 'BAD_USER_INPUT', 'first'],
      [{ after: 'not-a-cursor' }, 'BAD_USER_INPUT', 'after'],
      [{ from: '2018-05', to: '2018-04-30' }, 'BAD_USER_INPUT', 'from'],
    ];
    for (const [variables, code, argument] of cases) {
      const error = errorOf(await server.graphql(STATEMENTS, variables));
      expect({ variables, code: error.code, argument: error.argument }).toEqual({
        variables,
        code,
        argument,
      });
      expect(error.message).toContain(`\`${argument}\``);
    }
  });

  it('refuses an unknown kind with a validation error', async () => {
    const error = errorOf(await server.graphql(STATEMENTS, { kind: 'RUMOUR' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('RUMOUR');
  });
});

type Day = { earliest: string; latest: string };

describe('statement and attribution fields', () => {
  it("gives counts, dates with precision, and the source's words", async () => {
    const response = await server.graphql<{ node: Record<string, unknown> }>(`{
      node(id: "stmt:evacuation-more-than-4000-left-by-2018-04-22") {
        id
        ... on Statement {
          kind status subject { id } object { id }
          start { value precision earliest latest text }
          pointInTime { value precision earliest latest text }
          count { amount phrasing unit text }
          distance { amount }
        }
      }
    }`);
    expect(dataOf(response).node).toEqual({
      id: 'stmt:evacuation-more-than-4000-left-by-2018-04-22',
      kind: 'COUNT',
      status: null,
      subject: { id: 'event:east-qalamoun-evacuation' },
      object: null,
      start: {
        value: '2018-04-21',
        precision: 'DAY',
        earliest: '2018-04-21',
        latest: '2018-04-21',
        text: 'since Saturday',
      },
      pointInTime: {
        value: '2018-04-22',
        precision: 'DAY',
        earliest: '2018-04-22',
        latest: '2018-04-22',
        text: 'on Sunday',
      },
      count: {
        amount: 4000,
        phrasing: 'MORE_THAN',
        unit: 'fighters and their families',
        text: 'More than 4,000',
      },
      distance: null,
    });
  });

  it('gives a year as its whole period, and distances with bearing', async () => {
    const response = await server.graphql<{ a: Record<string, unknown>; b: Record<string, unknown> }>(`{
      a: node(id: "stmt:fsa-rebels-held-east-qalamoun-since-2012") { ... on Statement { start { value precision earliest latest } } }
      b: node(id: "stmt:east-qalamoun-50-km-northeast-of-damascus") {
        ... on Statement { distance { amount phrasing unit bearing text } }
      }
    }`);
    expect(dataOf(response)).toEqual({
      a: { start: { value: '2012', precision: 'YEAR', earliest: '2012-01-01', latest: '2012-12-31' } },
      b: {
        distance: {
          amount: 50,
          phrasing: 'ABOUT',
          unit: 'km',
          bearing: 'northeast',
          text: 'approximately 50 kilometers northeast',
        },
      },
    });
  });

  it("tells a relayed claim's reporter from the article that carried it, and links back", async () => {
    const response = await server.graphql<{
      node: {
        attributions: {
          id: string;
          reporter: { id: string };
          carriedBy: { id: string };
          quote: string;
          statement: { id: string };
        }[];
      };
    }>(`{
      node(id: "stmt:evacuation-about-6000-expected") {
        ... on Statement { attributions { id reporter { id } carriedBy { id } quote statement { id } } }
      }
    }`);
    const [attribution] = dataOf(response).node.attributions;
    expect(attribution).toMatchObject({
      reporter: { id: 'media:sana' },
      carriedBy: { id: 'article:2018-04-23-syria-direct-east-qalamoun' },
      statement: { id: 'stmt:evacuation-about-6000-expected' },
    });
    expect(attribution!.quote).toContain('6,000');
    const again = await server.graphql<{ node: { id: string; quote: string } }>(
      `query($id: ID!) { node(id: $id) { id ... on Attribution { quote } } }`,
      { id: attribution!.id },
    );
    expect(dataOf(again).node).toEqual({ id: attribution!.id, quote: attribution!.quote });
  });

  it('gives the attributions of a page linked back to their statement, oldest report first', async () => {
    const response = await server.graphql<{
      statements: {
        edges: {
          node: {
            id: string;
            attributions: {
              id: string;
              statement: { id: string };
              reporter: { id: string };
              reportedOn: { earliest: string } | null;
            }[];
          };
        }[];
      };
    }>(`{ statements(first: 100) { edges { node { id
      attributions { id statement { id } reporter { id } reportedOn { earliest } } } } } }`);
    const nodes = dataOf(response).statements.edges.map((e) => e.node);
    const attributions = nodes.flatMap((n) => n.attributions.map((a) => ({ ...a, of: n.id })));
    expect(attributions.length).toBeGreaterThan(nodes.length);
    for (const a of attributions) expect(a.statement.id).toBe(a.of);
    // Neo4j's order: the date reported (none last), then the reporter's id, then the attribution's.
    const key = (a: (typeof attributions)[number]) => [
      a.reportedOn?.earliest ?? '\uffff',
      a.reporter.id,
      a.id,
    ];
    const before = (x: string[], y: string[]) => {
      const at = x.findIndex((v, i) => v !== y[i]);
      return at < 0 || x[at]! < y[at]!;
    };
    for (const node of nodes) {
      const keys = attributions.filter((a) => a.of === node.id).map(key);
      keys.slice(1).forEach((k, i) => expect(before(keys[i]!, k)).toBe(true));
    }
  });

  it('gives background facts their dataset as reporter and no reported date', async () => {
    const response = await server.graphql<{ node: { attributions: unknown[] } }>(`{
      node(id: "stmt:east-qalamoun-in-rif-dimashq") {
        ... on Statement { attributions { reporter { id } carriedBy { id } reportedOn { value } } }
      }
    }`);
    expect(dataOf(response).node.attributions).toEqual([
      {
        reporter: { id: 'dataset:editorial-gazetteer' },
        carriedBy: { id: 'dataset:editorial-gazetteer' },
        reportedOn: null,
      },
    ]);
  });

  it('answers node() with null for an id nothing has', async () => {
    const response = await server.graphql<{ a: unknown; b: unknown; c: unknown }>(
      `{ a: node(id: "stmt:never-said") { id } b: node(id: "attr:0000") { id } c: node(id: "place:atlantis") { id } }`,
    );
    expect(dataOf(response)).toEqual({ a: null, b: null, c: null });
  });
});
