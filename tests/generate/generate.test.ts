import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generatedGraphOf,
  generateGraph,
  wipeDatabase,
  type GenerateReport,
} from '../../src/generate/load.js';
import { normalizeName } from '../../src/search/normalize.js';
import { StatementWriter } from '../../src/generate/statements.js';
import { benchTargets } from '../../src/generate/targets.js';
import { buildWorld } from '../../src/generate/world.js';
import { testDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const db = testDatabase();
const N = 2000;
const SEED = 7;

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return db.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
}
async function one(cypher: string, params: Record<string, unknown> = {}) {
  return (await rows(cypher, params))[0]!;
}

/** The whole graph by content (ids, labels, properties, relationships by their ends' ids), hashed. */
async function digest(): Promise<string> {
  const hash = createHash('sha256');
  const nodes = await rows(
    `MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
  );
  for (const n of nodes) {
    const props = Object.entries(n.props as object).sort(([a], [b]) => a.localeCompare(b));
    hash.update(JSON.stringify([n.id, [...(n.labels as string[])].sort(), props]));
  }
  const links = await rows(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, r.statement AS statement
     ORDER BY a, type, b, statement`,
  );
  for (const r of links) hash.update(JSON.stringify(r));
  return hash.digest('hex');
}

let report: GenerateReport;
const digests: Record<string, string> = {};

/** What the generator would write for a seed, without a database: every statement and attribution, hashed. */
function streamDigest(seed: number): string {
  const hash = createHash('sha256');
  for (const s of new StatementWriter(buildWorld({ statements: N, seed })).all())
    hash.update(JSON.stringify(s));
  return hash.digest('hex');
}

beforeAll(async () => {
  // Loaded twice: the graph left loaded is N, SEED.
  await generateGraph(db, { statements: N, seed: SEED });
  digests.first = await digest();
  await wipeDatabase(db);
  const progress: number[] = [];
  report = await generateGraph(db, { statements: N, seed: SEED, onProgress: (done) => progress.push(done) });
  digests.second = await digest();
  expect(progress.at(-1)).toBe(N);
}, 120_000);

describe('the generator', () => {
  it('loads exactly N statements, each with a reporter and a carrier, and says so', async () => {
    expect(report).toMatchObject({ statements: N });
    expect(report.statementsPerSecond).toBeGreaterThan(0);
    const counts = await one(`
      MATCH (s:Statement) WITH count(s) AS statements
      MATCH (a:Attribution) WITH statements, count(a) AS attributions
      MATCH (e:Entity) RETURN statements, attributions, count(e) AS entities`);
    expect(counts).toEqual({
      statements: N,
      attributions: report.attributions,
      entities: report.entities,
    });
    const unsourced = await one(`
      MATCH (s:Statement)
      WHERE NOT EXISTS {
        (s)-[:HAS_ATTRIBUTION]->(a:Attribution)-[:REPORTED_BY]->(:MediaSource|Person|Dataset)
        WHERE EXISTS { (a)-[:CARRIED_BY]->(:Article|Dataset) }
      }
      RETURN count(s) AS n`);
    expect(unsourced.n).toBe(0);
    const badAttributions = await one(`
      MATCH (a:Attribution)
      WHERE COUNT { (a)-[:REPORTED_BY]->() } <> 1 OR COUNT { (a)-[:CARRIED_BY]->() } <> 1
        OR (EXISTS { (a)-[:CARRIED_BY]->(:Article) } AND (a.quote IS NULL OR a.reportedOnFrom IS NULL))
      RETURN count(a) AS n`);
    expect(badAttributions.n).toBe(0);
    expect(await generatedGraphOf(db)).toMatchObject({ statements: N, seed: SEED, complete: true });
  });

  it('gives the same graph, ids included, for the same N and seed, and another for another seed', () => {
    expect(digests.second).toBe(digests.first);
    expect(streamDigest(SEED)).toBe(streamDigest(SEED));
    expect(streamDigest(SEED + 1)).not.toBe(streamDigest(SEED));
  });

  it('has the shape of the real graph: a deep place hierarchy, Arabic names, every kind of statement', async () => {
    const depth = await one(`
      MATCH path = (:Place {kind: 'town'})-[:LOCATED_IN*3]->(:Place {kind: 'country'}) RETURN count(path) AS n`);
    expect(depth.n).toBeGreaterThan(20);
    const arabic = await one(`
      MATCH (p:Place) WHERE any(a IN p.aliases WHERE a =~ '.*[\\u0600-\\u06FF].*') RETURN count(p) AS n`);
    const places = await one(`MATCH (p:Place) RETURN count(p) AS n`);
    expect(arabic.n).toBe(places.n);
    const kinds = (await rows(`MATCH (s:Statement) RETURN DISTINCT s.kind AS kind`)).map((r) => r.kind);
    for (const kind of [
      'located_in',
      'control',
      'affiliation',
      'count',
      'part_of',
      'participant',
      'occurred',
    ]) {
      expect(kinds).toContain(kind);
    }
    const statuses = (
      await rows(`MATCH (s:Statement {kind: 'control'}) RETURN DISTINCT s.status AS status`)
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual(['contested', 'ended', 'expected', 'held']);
    const precisions = (
      await rows(
        `MATCH (s:Statement {kind: 'control'}) WHERE s.start IS NOT NULL RETURN DISTINCT s.startPrecision AS p`,
      )
    ).map((r) => r.p);
    expect(precisions.sort()).toEqual(['day', 'month', 'year']);
    // Each date's period, made by the write query, is the one its precision covers.
    const periods = await one(`
      MATCH (s:Statement) WHERE s.start IS NOT NULL
      WITH s, CASE s.startPrecision WHEN 'year' THEN s.start + '-12-31'
        WHEN 'month' THEN toString(date(s.start + '-01') + duration('P1M') - duration('P1D')) ELSE s.start END AS last
      RETURN sum(CASE WHEN toString(s.startTo) = last AND toString(s.startFrom) STARTS WITH s.start THEN 0 ELSE 1 END) AS wrong`);
    expect(periods.wrong).toBe(0);
  });

  it('has control by inference, overridden by towns with claims of their own, and competing claims', async () => {
    const towns = await one(`
      MATCH (t:Place {kind: 'town'})
      RETURN sum(CASE WHEN EXISTS { (t)<-[:OBJECT]-(:Statement {kind: 'control'}) } THEN 1 ELSE 0 END) AS own,
             sum(CASE WHEN EXISTS { (t)<-[:OBJECT]-(:Statement {kind: 'control'}) } THEN 0 ELSE 1 END) AS inferred`);
    expect(towns.own).toBeGreaterThan(0);
    expect(towns.inferred).toBeGreaterThan(0);
    const regions = await one(`
      MATCH (r:Place {kind: 'region'}) WHERE NOT EXISTS { (r)<-[:OBJECT]-(:Statement {kind: 'control'}) }
      RETURN count(r) AS n`);
    expect(regions.n).toBe(0);
    const competing = await one(`
      MATCH (p:Place)<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
      WITH p, count(DISTINCT f) AS factions, sum(CASE s.status WHEN 'contested' THEN 1 ELSE 0 END) AS contested
      WHERE factions > 1 AND contested > 0
      RETURN count(p) AS n`);
    expect(competing.n).toBeGreaterThan(5);
  });

  it('has events whose counts differ by source, with parts', async () => {
    const disagreeing = await one(`
      MATCH (e:Event)<-[:SUBJECT]-(s:Statement {kind: 'count'})-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY]->(r)
      WITH e, count(DISTINCT coalesce(toString(s.countAmount), s.countPhrasing)) AS figures, count(DISTINCT r) AS reporters
      WHERE figures > 1 AND reporters > 1
      RETURN count(e) AS n`);
    expect(disagreeing.n).toBeGreaterThan(20);
    const parts = await one(`MATCH (:Event)-[:PART_OF]->(:Event) RETURN count(*) AS n`);
    expect(parts.n).toBeGreaterThan(0);
  });

  it('spells towns every way sources do, all folding to one search form', async () => {
    const towns = await rows(`MATCH (t:Place {kind: 'town'}) RETURN t.name AS name, t.aliases AS aliases`);
    let variants = 0;
    for (const town of towns) {
      const latin = (town.aliases as string[]).filter((a) => !/[\u0600-\u06FF]/.test(a));
      const script = (town.aliases as string[]).filter((a) => /[\u0600-\u06FF]/.test(a));
      expect(script.length).toBeGreaterThan(0);
      for (const alias of latin) expect(normalizeName(alias)).toBe(normalizeName(town.name as string));
      variants += latin.length;
    }
    expect(variants / towns.length).toBeGreaterThan(1.5);
    const prefixes = towns.flatMap((t) =>
      (t.aliases as string[]).map((a) => /^(al|el|a|a[a-z]{1,2})-/.exec(a)?.[1]),
    );
    expect(new Set(prefixes.filter(Boolean)).size).toBeGreaterThan(3);
  });
});

describe('the benchmark targets, through the API', () => {
  const targets = benchTargets({ statements: N, seed: SEED });
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });

  it('are a pure function of N and seed, and every id exists', async () => {
    expect(benchTargets({ statements: N, seed: SEED })).toEqual(targets);
    expect(benchTargets({ statements: N, seed: SEED + 1 })).not.toEqual(targets);
    const ids = [
      targets.inferredTown,
      targets.historyPlace,
      targets.reporter,
      targets.disagreementAbout,
      targets.connectionFrom,
      targets.connectionTo,
      targets.nestedPlace,
    ];
    const found = await rows(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id`, { ids });
    expect(found.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it('inferredTown: controlled by inference at the latest date, with no claim of its own', async () => {
    const own = await one(
      `MATCH (:Place {id: $id})<-[:OBJECT]-(s:Statement {kind: 'control'}) RETURN count(s) AS n`,
      {
        id: targets.inferredTown,
      },
    );
    expect(own.n).toBe(0);
    const { data, errors } = await server.graphql<{ whoControls: { inferred: boolean }[] }>(
      `query ($place: ID!) { whoControls(place: $place) { inferred inferredFrom { id } faction { id } } }`,
      { place: targets.inferredTown },
    );
    expect(errors).toBeUndefined();
    expect(data!.whoControls.length).toBeGreaterThan(0);
    expect(data!.whoControls.every((c) => c.inferred)).toBe(true);
  });

  it('searchLatin and searchArabic find the town first', async () => {
    for (const query of [targets.searchLatin, targets.searchArabic]) {
      const { data, errors } = await server.graphql<{
        search: { edges: { node: { id: string; type: string }; match: string }[] };
      }>(`query ($q: String!) { search(query: $q, first: 3) { edges { match node { id type } } } }`, {
        q: query,
      });
      expect(errors).toBeUndefined();
      expect(data!.search.edges[0]).toMatchObject({ match: 'EXACT', node: { type: 'PLACE' } });
    }
    expect(targets.searchLatin).toMatch(/^[\p{Script=Latin}\s'ʿ-]+$/u);
    expect(targets.searchArabic).toMatch(/[\u0600-\u06FF]/);
    const town = await one(`MATCH (t:Place) WHERE $q IN t.aliases RETURN t.id AS id`, {
      q: targets.searchArabic,
    });
    const first = await server.graphql<{ search: { edges: { node: { id: string } }[] } }>(
      `query ($q: String!) { search(query: $q, first: 1) { edges { node { id } } } }`,
      { q: targets.searchLatin },
    );
    expect(first.data!.search.edges[0]!.node.id).toBe(town.id);
  });

  it('connectionFrom and connectionTo: connected in 3 statements, and not fewer', async () => {
    const query = `query ($from: ID!, $to: ID!, $hops: Int!) {
      connections(from: $from, to: $to, maxHops: $hops) { totalCount edges { node { hops } } } }`;
    const three = await server.graphql<{
      connections: { totalCount: number; edges: { node: { hops: number } }[] };
    }>(query, { from: targets.connectionFrom, to: targets.connectionTo, hops: 3 });
    expect(three.errors).toBeUndefined();
    expect(three.data!.connections.totalCount).toBeGreaterThan(0);
    expect(three.data!.connections.edges[0]!.node.hops).toBe(3);
    const two = await server.graphql<{ connections: { totalCount: number } }>(query, {
      from: targets.connectionFrom,
      to: targets.connectionTo,
      hops: 2,
    });
    expect(two.data!.connections.totalCount).toBe(0);
  });

  it('historyPlace, reporter, disagreementAbout and nestedPlace have what the benchmark asks of them', async () => {
    const { data, errors } = await server.graphql<{
      controlHistory: { totalCount: number; edges: { node: { competing: boolean } }[] };
      statements: { totalCount: number };
      disagreements: { totalCount: number; edges: { node: { kind: string } }[] };
      entity: { children: { edges: { node: { children: { totalCount: number } } }[] } };
    }>(
      `query ($history: ID!, $reporter: ID!, $about: ID!, $nested: ID!) {
        controlHistory(place: $history, first: 100) { totalCount edges { node { competing } } }
        statements(reportedBy: $reporter, first: 1) { totalCount }
        disagreements(about: $about) { totalCount edges { node { kind } } }
        entity(id: $nested) { ... on Place { children(first: 100) { edges { node { children { totalCount } } } } } }
      }`,
      {
        history: targets.historyPlace,
        reporter: targets.reporter,
        about: targets.disagreementAbout,
        nested: targets.nestedPlace,
      },
    );
    expect(errors).toBeUndefined();
    expect(data!.controlHistory.totalCount).toBeGreaterThan(20);
    expect(data!.controlHistory.edges.filter((e) => e.node.competing).length).toBeGreaterThan(5);
    expect(data!.statements.totalCount).toBeGreaterThan(N / 20);
    expect(data!.disagreements.edges.map((e) => e.node.kind)).toContain('COUNT');
    const children = data!.entity.children.edges;
    expect(children.length).toBeGreaterThan(0);
    expect(children.some((c) => c.node.children.totalCount > 0)).toBe(true);
  });
});
