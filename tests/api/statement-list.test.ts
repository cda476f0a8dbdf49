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

type Day = { earliest: string; latest: string };

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
