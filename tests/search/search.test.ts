import { beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  await emptyGraph();
  await runSeed(testDatabase(), { paths: [SEED_DIR] });
  server = await startTestServer();
});

interface Edge {
  cursor: string;
  match: string;
  matchedName: string;
  node: { id: string; type: string };
}
interface SearchResult {
  search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Edge[] };
}

const SEARCH = `query($query: String!, $types: [EntityType!], $first: Int, $after: String) {
  search(query: $query, types: $types, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor match matchedName node { id type } }
  }
}`;

async function search(variables: Record<string, unknown>) {
  const response = await server.graphql<SearchResult>(SEARCH, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}

describe('search', () => {
  it.each(['a-Ruheibah', 'Ruhaybah', 'al-Ruhaiba', 'Ruheibeh', 'RUHAYBA', 'الرحيبة', 'الرَّحيبة'])(
    '"%s" finds a-Ruheibah first, as an exact match',
    async (query) => {
      const { edges } = await search({ query });
      expect(edges[0]).toMatchObject({ match: 'EXACT', node: { id: 'place:a-ruheibah', type: 'PLACE' } });
    },
  );

  it.each([
    ['Jarablos', 'place:jarablus'],
    ['جرابلس', 'place:jarablus'],
    ['Dumair', 'place:dumayr'],
    ['Eastern Ghouta', 'place:east-ghouta'],
    ['Said Saif', 'person:saeed-seif'],
    ['Syrian Arab News Agency', 'media:sana'],
  ])('"%s" finds %s', async (query, id) => {
    const { edges } = await search({ query });
    expect(edges[0]?.node.id).toBe(id);
    expect(edges[0]?.match).toBe('EXACT');
  });

  it('ranks exact matches before prefix matches, and says which name matched', async () => {
    const { edges } = await search({ query: 'Syria' });
    expect(edges[0]).toMatchObject({ match: 'EXACT', matchedName: 'Syria', node: { id: 'place:syria' } });
    const matches = edges.map((e) => e.match);
    expect(matches).toEqual(
      [...matches].sort(
        (a, b) => ['EXACT', 'PREFIX', 'FUZZY'].indexOf(a) - ['EXACT', 'PREFIX', 'FUZZY'].indexOf(b),
      ),
    );
    expect(edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining(['faction:syrian-government', 'media:syria-direct']),
    );
    expect(edges.find((e) => e.node.id === 'media:syria-direct')?.match).toBe('PREFIX');
  });

  it('finds a word inside a longer name as a prefix match', async () => {
    const { edges } = await search({ query: 'Qalam' });
    expect(edges[0]).toMatchObject({ match: 'PREFIX', node: { id: 'place:east-qalamoun' } });
  });

  it('finds spelling variants the normalisation does not fold, as fuzzy matches', async () => {
    const { edges } = await search({ query: 'Jarabulis' });
    expect(edges[0]).toMatchObject({ match: 'FUZZY', node: { id: 'place:jarablus' } });
  });

  it('keeps to the types asked for', async () => {
    const { edges } = await search({ query: 'Syria', types: ['PLACE'] });
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges.map((e) => e.node.type))).toEqual(new Set(['PLACE']));
  });

  it('pages with opaque cursors: page by page gives the same list as one page, no duplicates, no gaps', async () => {
    const whole = await search({ query: 'Syria', first: 100 });
    expect(whole.totalCount).toBe(whole.edges.length);
    expect(whole.totalCount).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: SearchResult['search'] = await search({ query: 'Syria', first: 2, after });
      expect(page.totalCount).toBe(whole.totalCount);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e) => e.node.id));
  });

  it.each([
    [{ query: 'Syria', first: 0 }, 'first'],
    [{ query: 'Syria', first: 101 }, 'first'],
    [{ query: 'Syria', after: 'not-a-cursor' }, 'after'],
    [{ query: '!!! ---' }, 'query'],
  ])('refuses %j with BAD_USER_INPUT naming the argument', async (variables, argument) => {
    const response = await server.graphql(SEARCH, variables);
    // A bad `first` is refused before execution (src/limits), so there is no `data` at all; the others
    // are refused by the resolver, which leaves `data: null`.
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(response.errors?.[0]?.message).toContain(`\`${argument}\``);
  });

  it('treats Cypher and Lucene syntax in the query as plain words', async () => {
    const entities = async () =>
      Number(
        await testDatabase().read(async (tx) =>
          (await tx.run('MATCH (n:Entity) RETURN count(n) AS n')).records[0]!.get('n'),
        ),
      );
    const before = await entities();
    const { edges } = await search({ query: "Syria' }) MATCH (n) DETACH DELETE n // AND OR* ~ `x` $param" });
    expect(Array.isArray(edges)).toBe(true);
    expect(await entities()).toBe(before);
  });
});
