/**
 * The benchmark's fixed mix of researcher questions. Each is asked three ways, for the same answer:
 *
 * - `ours`: the GraphQL operation sent to our server;
 * - `floor`: one hand-written Cypher query that fetches the same answer, run by bench/floorServer.ts
 *   behind a bare HTTP endpoint (JSON in, JSON out), with only the plain-code steps the answer needs
 *   (normalising a search, cutting a timeline) done in Node, by the same pure functions our server uses;
 * - `peer`: the closest query @neo4j/graphql 7 can run over the same graph (bench/peerTypeDefs.graphql),
 *   or null, with the reason, when its generated API cannot express the question.
 *
 * `facts` reduces our answer and the floor's to the facts both must agree on (ids, counts), checked
 * before anything is timed, so the comparison is of the same answer.
 */
import { Kind, parse, type SelectionSetNode } from 'graphql';
import { controlPeriods } from '../src/control/asOf.js';
import { MAX_HIERARCHY_DEPTH } from '../src/control/queries.js';
import type { ControlClaim } from '../src/control/rows.js';
import { COMPARED_KINDS } from '../src/disagreement/queries.js';
import { entityTypeOfLabel, ENTITY_LABELS } from '../src/entity/labels.js';
import type { BenchTargets } from '../src/generate/targets.js';
import { MAX_PATHS } from '../src/path/queries.js';
import { normalizeName } from '../src/search/normalize.js';
import { SEARCH_CANDIDATES } from '../src/search/queries.js';
import { luceneQuery } from '../src/search/rank.js';
import type { StatementRow } from '../src/statement/rows.js';
import { cypherInt } from '../src/db/database.js';

export type Variables = Record<string, unknown>;
type Json = Record<string, unknown>;

/** The floor's side of one question: its Cypher, how the request's JSON becomes parameters, the answer. */
export interface FloorQuery {
  cypher: string;
  params(variables: Variables): Record<string, unknown>;
  /** The response body, from the query's single record (as a plain object; undefined when none). */
  answer(record: Json | undefined, params: Record<string, unknown>): unknown;
}

export interface PeerQuery {
  query: string;
  variables: Variables;
  /** `same`: the same answer; `approximate`: the closest it can express, see `note`. */
  fidelity: 'same' | 'approximate';
  note: string;
}

export interface BenchQuery {
  /** Stable name in the results. */
  name: string;
  /** The floor server's route: POST /q/<key>. */
  key: string;
  /** One line for the README and the report. */
  question: string;
  ours: { query: string; variables: Variables };
  peer: PeerQuery | null;
  /** Why the peer cannot express the question, when `peer` is null. */
  peerMissing?: string;
  /** What ours and the floor must agree on. */
  facts: { ours(data: Json): unknown; floor(answer: Json): unknown };
}

const SEARCH_PAGE = 20;
const NESTED_PAGE = 10;

// ---------------------------------------------------------------------------------------------------------
// Cypher fragments for the floor
// ---------------------------------------------------------------------------------------------------------

/** A DateValue (value and precision) from a stored date string, as our `DateValue` type gives it. */
const dateValue = (expr: string) =>
  `CASE WHEN ${expr} IS NULL THEN null ELSE {value: ${expr}, precision: CASE size(${expr}) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' ELSE 'DAY' END} END`;

/** An attribution bound to `a` with everything the questions ask of it; `r` is its reporter, `cb` its carrier. */
const ATTRIBUTION = `{
  reporter: r {.id, .name}, carriedBy: cb {.id, .name},
  reportedOn: ${dateValue('a.reportedOn')}, quote: a.quote
}`;

/** The attributions of statement `s`, oldest report first, then by reporter and id (as ours orders them). */
const attributionsOf = (s: string) => `COLLECT {
  MATCH (${s})-[:HAS_ATTRIBUTION]->(a:Attribution)
  OPTIONAL MATCH (a)-[:REPORTED_BY]->(r)
  OPTIONAL MATCH (a)-[:CARRIED_BY]->(cb)
  WITH a, r, cb ORDER BY a.reportedOnFrom, r.id, a.id
  RETURN ${ATTRIBUTION}
}`;

/**
 * Who controls the place bound to `place`, with inference and on the latest reported day: the claims
 * about the place or the places it lies in, each dated by its own span (or when it was reported), those
 * that cover the latest day any of them names, of the nearest place that has any. Binds `asOf` and
 * `controls`, each control made by `projection` over `c` (distance), `s`, `f` and `scope`.
 */
const controlsOf = (place: string, projection: string) => `
CALL (${place}) {
  MATCH path = (${place})-[:LOCATED_IN*0..${MAX_HIERARCHY_DEPTH}]->(scope:Place)
  WITH scope, min(length(path)) AS distance
  MATCH (scope)<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
  WITH scope, distance, s, f, min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
  WITH scope, distance, s, f,
    CASE WHEN s.start IS NOT NULL OR s.end IS NOT NULL THEN s.startFrom
         WHEN s.pointInTime IS NOT NULL THEN s.pointInTimeFrom ELSE reportedFrom END AS spanFrom,
    CASE WHEN s.start IS NOT NULL OR s.end IS NOT NULL THEN s.endTo
         WHEN s.pointInTime IS NOT NULL THEN s.pointInTimeTo ELSE reportedTo END AS spanTo
  ORDER BY f.id, s.id
  WITH collect({scope: scope, distance: distance, s: s, f: f, spanFrom: spanFrom, spanTo: spanTo}) AS claims
  WITH claims, reduce(latest = null, d IN [c IN claims | c.spanFrom] + [c IN claims | c.spanTo] |
    CASE WHEN d IS NOT NULL AND (latest IS NULL OR d > latest) THEN d ELSE latest END) AS asOf
  WITH asOf, [c IN claims WHERE asOf IS NULL OR
    ((c.spanFrom IS NULL OR c.spanFrom <= asOf) AND (c.spanTo IS NULL OR c.spanTo >= asOf))] AS current
  WITH asOf, current,
    reduce(m = null, c IN current | CASE WHEN m IS NULL OR c.distance < m THEN c.distance ELSE m END) AS nearest
  CALL (asOf, current, nearest) {
    UNWIND [c IN current WHERE c.distance = nearest] AS c
    WITH asOf, c, c.s AS s, c.f AS f, c.scope AS scope
    RETURN collect(${projection}) AS controls
  }
  RETURN toString(asOf) AS asOf, controls
}`;

/** The located_in statements that make `child` a child of `parent` (our `Place.children`). */
const childrenOf = (parent: string, child: string, statement: string) =>
  `MATCH (${parent})<-[:OBJECT]-(${statement}:Statement {kind: 'located_in'})-[:SUBJECT]->(${child}:Entity)
    WHERE ${statement}.retractedAt IS NULL`;

// ---------------------------------------------------------------------------------------------------------
// The floor's queries
// ---------------------------------------------------------------------------------------------------------

/**
 * Search: the full-text candidates ranked in Cypher as our server ranks them in Node (exact, then prefix,
 * then fuzzy on the normalised names; then Lucene's score; then name and id), only the page returned.
 */
const SEARCH: FloorQuery = {
  cypher: `
CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
WITH node, score, split(node.searchText, '\\n') AS names
WITH node, score,
  CASE WHEN $normalized IN names THEN 0
       WHEN any(n IN names WHERE n STARTS WITH $normalized OR n CONTAINS (' ' + $normalized)) THEN 1
       ELSE 2 END AS rank
ORDER BY rank, score DESC, node.name, node.id
WITH collect({
  id: node.id, name: node.name, aliases: coalesce(node.aliases, []), rank: rank,
  label: [l IN labels(node) WHERE l IN $labels][0]
}) AS ranked
RETURN size(ranked) AS totalCount, ranked[0..$first] AS page`,
  params: (variables) => {
    const normalized = normalizeName(String(variables.query).slice(0, 200));
    return {
      normalized,
      lucene: luceneQuery(normalized),
      candidates: cypherInt(SEARCH_CANDIDATES),
      labels: ENTITY_LABELS,
      first: cypherInt(SEARCH_PAGE),
    };
  },
  answer: (record, params) => {
    const page = (record?.page ?? []) as {
      id: string;
      name: string;
      aliases: string[];
      rank: number;
      label: string;
    }[];
    return {
      search: {
        totalCount: record?.totalCount ?? 0,
        edges: page.map((hit) => ({
          match: MATCHES[hit.rank],
          matchedName: matchedName(hit.name, hit.aliases, hit.rank, String(params.normalized)),
          node: { id: hit.id, type: entityTypeOfLabel(hit.label), name: hit.name },
        })),
      },
    };
  },
};

const MATCHES = ['EXACT', 'PREFIX', 'FUZZY'] as const;

/** The name or alias, as written, that gave the hit its rank (ours: `matchedName`). */
function matchedName(name: string, aliases: string[], rank: number, query: string): string {
  for (const candidate of [name, ...aliases]) {
    const n = normalizeName(candidate);
    const candidateRank = n === query ? 0 : n.startsWith(query) || ` ${n}`.includes(` ${query}`) ? 1 : 2;
    if (candidateRank === rank) return candidate;
  }
  return name;
}

const WHO_CONTROLS_PROJECTION = `{
  asOf: toString(asOf),
  faction: f {.id, .name},
  status: toUpper(s.status),
  start: ${dateValue('s.start')}, end: ${dateValue('s.end')}, pointInTime: ${dateValue('s.pointInTime')},
  inferred: c.distance > 0,
  inferredFrom: CASE WHEN c.distance > 0 THEN scope {.id, .name} END,
  statement: {id: s.id},
  attributions: ${attributionsOf('s')}
}`;

const WHO_CONTROLS: FloorQuery = {
  cypher: `
MATCH (p:Entity:Place {id: $place})
${controlsOf('p', WHO_CONTROLS_PROJECTION)}
RETURN controls`,
  params: (variables) => ({ place: variables.place }),
  answer: (record) => ({ whoControls: record?.controls ?? [] }),
};

/**
 * The control timeline: one query fetches every claim about the place and the places it lies in; the
 * periods are cut in Node by the same function our server uses (src/control/asOf.ts).
 */
const CONTROL_HISTORY: FloorQuery = {
  cypher: `
MATCH (p:Entity:Place {id: $place})
CALL (p) {
  MATCH path = (p)-[:LOCATED_IN*0..${MAX_HIERARCHY_DEPTH}]->(scope:Place)
  WITH scope, min(length(path)) AS distance
  MATCH (scope)<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
  WITH scope, distance, s, f, min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
  RETURN collect({
    scope: scope.id, distance: distance, faction: f.id, factionName: f.name,
    statement: s {.id, .status, .start, .end, .pointInTime},
    reportedFrom: toString(reportedFrom), reportedTo: toString(reportedTo)
  }) AS claims
}
RETURN p.id AS place, claims`,
  params: (variables) => ({ place: variables.place }),
  answer: (record) => {
    const place = String(record?.place ?? '');
    const rows = (record?.claims ?? []) as (Omit<ControlClaim, 'place' | 'statement'> & {
      factionName: string;
      statement: Pick<StatementRow, 'id' | 'status' | 'start' | 'end' | 'pointInTime'>;
    })[];
    const names = new Map(rows.map((row) => [row.faction, row.factionName]));
    const claims = rows.map((row): ControlClaim => ({
      ...row,
      place,
      statement: row.statement as StatementRow,
    }));
    const periods = controlPeriods(claims);
    return {
      controlHistory: {
        totalCount: periods.length,
        edges: periods.slice(0, 20).map((period) => ({
          node: {
            from: period.from,
            to: period.to,
            gap: period.claims.length === 0,
            competing:
              new Set(period.claims.map((c) => c.faction)).size > 1 ||
              period.claims.some((c) => c.statement.status === 'contested'),
            controls: period.claims.map((c) => ({
              faction: { id: c.faction, name: names.get(c.faction) },
              status: c.statement.status?.toUpperCase() ?? null,
              inferred: c.distance > 0,
              inferredFrom: c.distance > 0 ? { id: c.scope } : null,
              statement: { id: c.statement.id },
            })),
          },
        })),
      },
    };
  },
};

/** A statement bound to `s` with what the statement questions ask of it. */
const STATEMENT = `{
  id: s.id, kind: toUpper(s.kind), status: toUpper(s.status),
  subject: [(s)-[:SUBJECT]->(x) | x {.id, .name}][0],
  object: [(s)-[:OBJECT]->(x) | x {.id, .name}][0],
  attributions: ${attributionsOf('s')}
}`;

const STATEMENTS_BY_REPORTER: FloorQuery = {
  cypher: `
MATCH (reporter:Entity {id: $reporter})
CALL (reporter) {
  MATCH (s)-[via:SOURCED_BY]->()
  WHERE via.reporter = $reporter AND via.statement > ''
  WITH s, via ORDER BY via.reporter, via.statement LIMIT $first
  RETURN collect({node: ${STATEMENT}}) AS edges
}
RETURN COUNT { (reporter)<-[:SOURCED_BY]-() } AS totalCount, edges`,
  params: (variables) => ({ reporter: variables.reporter, first: cypherInt(20) }),
  answer: (record) => ({ statements: { totalCount: record?.totalCount ?? 0, edges: record?.edges ?? [] } }),
};

// What two statements must share to agree (src/disagreement/queries.ts compares the same).
const SIGNATURE = `reduce(acc = '', v IN [
  [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.start, s.end, s.pointInTime,
  toString(s.countAmount), s.countPhrasing, toString(s.distanceAmount), s.distancePhrasing, s.distanceUnit,
  s.distanceBearing
] | acc + '|' + coalesce(v, '-'))`;

/**
 * Disagreements about an entity: the groups its statements belong to (the place for control, the whole
 * event for counts, the subject otherwise), each group's members, kept when they differ, with sources.
 */
const DISAGREEMENTS: FloorQuery = {
  cypher: `
MATCH (:Entity {id: $about})<-[:SUBJECT|OBJECT]-(s:Statement)
WHERE s.kind IN $kinds AND s.retractedAt IS NULL
WITH s, [(s)-[:SUBJECT]->(x) | x.id][0] AS subject, [(s)-[:OBJECT]->(x) | x.id][0] AS object
WITH DISTINCT s.kind AS kind,
  CASE s.kind
    WHEN 'control' THEN object
    WHEN 'count' THEN coalesce(COLLECT {
      MATCH (s)-[:SUBJECT]->(:Event)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(root:Event)
      WHERE NOT EXISTS { (root)-[:PART_OF]->(:Event) }
      RETURN root.id AS root ORDER BY root LIMIT 1
    }[0], subject)
    ELSE subject
  END AS topic,
  CASE s.kind WHEN 'distance' THEN object END AS related
CALL (kind, topic, related) {
  MATCH (t:Entity {id: topic})
  CALL (t, kind, related) {
    MATCH (t)<-[:SUBJECT]-(s:Statement {kind: 'count'}) WHERE kind = 'count'
    RETURN s
    UNION
    MATCH (t:Event)<-[:PART_OF*1..${MAX_HIERARCHY_DEPTH}]-(:Event)<-[:SUBJECT]-(s:Statement {kind: 'count'})
    WHERE kind = 'count'
    RETURN s
    UNION
    MATCH (t)<-[:OBJECT]-(s:Statement {kind: 'control'}) WHERE kind = 'control'
    RETURN s
    UNION
    MATCH (t)<-[:SUBJECT]-(s:Statement {kind: kind})
    WHERE NOT kind IN ['count', 'control']
      AND (related IS NULL OR EXISTS { (s)-[:OBJECT]->(:Entity {id: related}) })
    RETURN s
  }
  WITH t, s WHERE s.retractedAt IS NULL
  WITH t, s ORDER BY s.id
  WITH t, collect(s) AS members, count(DISTINCT ${SIGNATURE}) AS variants
  WHERE variants > 1
  RETURN t, members
}
WITH kind, topic, related, t, members ORDER BY topic, kind, related
WITH collect({kind: kind, t: t, members: members}) AS groups
WITH size(groups) AS totalCount, groups[0..$first] AS page
CALL (page) {
  UNWIND page AS g
  WITH g, g.t AS t
  CALL (g) {
    UNWIND g.members AS s
    RETURN collect({
      id: s.id, status: toUpper(s.status),
      subject: [(s)-[:SUBJECT]->(x) | x {.id, .name}][0],
      object: [(s)-[:OBJECT]->(x) | x {.id, .name}][0],
      count: CASE WHEN s.countPhrasing IS NULL THEN null ELSE
        {amount: s.countAmount, phrasing: toUpper(s.countPhrasing), unit: s.countUnit, text: s.countText} END,
      start: ${dateValue('s.start')}, pointInTime: ${dateValue('s.pointInTime')},
      attributions: ${attributionsOf('s')}
    }) AS statements
  }
  CALL (g) {
    UNWIND g.members AS s
    MATCH (s)-[:HAS_ATTRIBUTION]->(:Attribution)-[:REPORTED_BY]->(r)
    WITH DISTINCT r ORDER BY r.id
    RETURN collect(r {.id, .name}) AS reporters
  }
  RETURN collect({node: {kind: toUpper(g.kind), topic: t {.id, .name}, reporters: reporters, statements: statements}}) AS edges
}
RETURN totalCount, edges`,
  params: (variables) => ({ about: variables.about, kinds: COMPARED_KINDS, first: cypherInt(20) }),
  answer: (record) => ({
    disagreements: { totalCount: record?.totalCount ?? 0, edges: record?.edges ?? [] },
  }),
};

/** Shortest paths through statements, up to 3 hops (6 relationships), ordered by the ids along them. */
const CONNECTIONS: FloorQuery = {
  cypher: `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SUBJECT|OBJECT*..6]-(b))
WHERE none(n IN nodes(p) WHERE n.retractedAt IS NOT NULL)
WITH nodes(p) AS ns LIMIT $maxPaths
WITH ns, reduce(key = '', n IN ns | key + ' ' + n.id) AS key
ORDER BY key
WITH collect(ns) AS paths
WITH size(paths) AS totalCount, paths[0..$first] AS page
CALL (page) {
  UNWIND page AS ns
  CALL (ns) {
    UNWIND range(0, size(ns) - 3, 2) AS i
    WITH ns[i] AS a, ns[i + 1] AS s, ns[i + 2] AS b
    RETURN collect({
      from: a {.id, .name},
      statement: {
        id: s.id, kind: toUpper(s.kind), status: toUpper(s.status),
        attributions: COLLECT {
          MATCH (s)-[:HAS_ATTRIBUTION]->(at:Attribution)-[:REPORTED_BY]->(r)
          WITH at, r ORDER BY at.reportedOnFrom, r.id, at.id
          RETURN {reporter: r {.id, .name}}
        }
      },
      to: b {.id, .name}
    }) AS steps
  }
  RETURN collect({node: {hops: size(steps), steps: steps}}) AS edges
}
RETURN totalCount, edges`,
  params: (variables) => ({
    from: variables.from,
    to: variables.to,
    maxPaths: cypherInt(MAX_PATHS),
    first: cypherInt(20),
  }),
  answer: (record) => ({
    connections: { totalCount: record?.totalCount ?? 0, edges: record?.edges ?? [] },
  }),
};

const BRIEF_CONTROL = `{faction: f {.id, .name}, status: toUpper(s.status), inferred: c.distance > 0}`;

/** A place, a page of its children, a page of each child's children, and who controls each of those. */
const NESTED: FloorQuery = {
  cypher: `
MATCH (p:Entity {id: $id})
CALL (p) {
  ${childrenOf('p', 'c', 's')}
  RETURN count(DISTINCT c) AS childCount
}
CALL (p) {
  ${childrenOf('p', 'c', 's')}
  WITH DISTINCT c ORDER BY c.name, c.id LIMIT $first
  CALL (c) {
    ${childrenOf('c', 'g', 's')}
    RETURN count(DISTINCT g) AS grandchildCount
  }
  CALL (c) {
    ${childrenOf('c', 'g', 's')}
    WITH DISTINCT g ORDER BY g.name, g.id LIMIT $first
    ${controlsOf('g', BRIEF_CONTROL)}
    RETURN collect({node: g {.id, .name, .kind, controlledBy: controls}}) AS grandchildren
  }
  RETURN collect({node: c {.id, .name, .kind, children: {totalCount: grandchildCount, edges: grandchildren}}}) AS children
}
RETURN p {.id, .name, .kind, children: {totalCount: childCount, edges: children}} AS entity`,
  params: (variables) => ({ id: variables.id, first: cypherInt(NESTED_PAGE) }),
  answer: (record) => ({ entity: record?.entity ?? null }),
};

/** The floor's queries by route key; bench/floorServer.ts serves them. */
export const FLOOR_QUERIES: Record<string, FloorQuery> = {
  search: SEARCH,
  whoControls: WHO_CONTROLS,
  controlHistory: CONTROL_HISTORY,
  statements: STATEMENTS_BY_REPORTER,
  disagreements: DISAGREEMENTS,
  connections: CONNECTIONS,
  nested: NESTED,
};

// ---------------------------------------------------------------------------------------------------------
// Our GraphQL operations and the peer's
// ---------------------------------------------------------------------------------------------------------

const OURS = {
  search: `query BenchSearch($query: String!) {
  search(query: $query, first: ${SEARCH_PAGE}) {
    totalCount
    edges { match matchedName node { id type name } }
  }
}`,
  whoControls: `query BenchWhoControls($place: ID!) {
  whoControls(place: $place) {
    asOf
    faction { id name }
    status
    start { value precision }
    end { value precision }
    pointInTime { value precision }
    inferred
    inferredFrom { id name }
    statement { id }
    attributions { reporter { id name } carriedBy { id name } reportedOn { value precision } quote }
  }
}`,
  controlHistory: `query BenchControlHistory($place: ID!) {
  controlHistory(place: $place, first: 20) {
    totalCount
    edges {
      node {
        from to gap competing
        controls { faction { id name } status inferred inferredFrom { id } statement { id } }
      }
    }
  }
}`,
  statements: `query BenchStatements($reporter: ID!) {
  statements(reportedBy: $reporter, first: 20) {
    totalCount
    edges {
      node {
        id kind status
        subject { id name }
        object { id name }
        attributions { reporter { id name } carriedBy { id name } reportedOn { value precision } quote }
      }
    }
  }
}`,
  disagreements: `query BenchDisagreements($about: ID!) {
  disagreements(about: $about, first: 20) {
    totalCount
    edges {
      node {
        kind
        topic { id name }
        reporters { id name }
        statements {
          id status
          subject { id name }
          object { id name }
          count { amount phrasing unit text }
          start { value precision }
          pointInTime { value precision }
          attributions { reporter { id name } carriedBy { id name } reportedOn { value precision } quote }
        }
      }
    }
  }
}`,
  connections: `query BenchConnections($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 3, first: 20) {
    totalCount
    edges {
      node {
        hops
        steps {
          from { id name }
          statement { id kind status attributions { reporter { id name } } }
          to { id name }
        }
      }
    }
  }
}`,
  nested: `query BenchNested($id: ID!) {
  entity(id: $id) {
    id
    name
    ... on Place {
      kind
      children(first: ${NESTED_PAGE}) {
        totalCount
        edges {
          node {
            id name kind
            children(first: ${NESTED_PAGE}) {
              totalCount
              edges { node { id name kind controlledBy { faction { id name } status inferred } } }
            }
          }
        }
      }
    }
  }
}`,
};

const PEER_CLAIM = `fragment Claim on Statement {
  id status start end pointInTime
  subject { id name }
  attributions { quote reportedOn reporter { id name } carriedBy { id name } }
}`;

const PEER = {
  search: `query PeerSearch($phrase: String!) {
  searchEntities(phrase: $phrase, first: ${SEARCH_PAGE}, sort: [{ score: DESC }]) {
    totalCount
    edges { score node { id name aliases } }
  }
}`,
  // Three enclosing levels: as deep as the generated place hierarchy goes above a town.
  whoControls: `query PeerWhoControls($place: ID!) {
  entities(where: { id: { eq: $place } }) {
    id name
    objectOf(where: { kind: { eq: "control" } }) { ...Claim }
    locatedIn {
      id name
      objectOf(where: { kind: { eq: "control" } }) { ...Claim }
      locatedIn {
        id name
        objectOf(where: { kind: { eq: "control" } }) { ...Claim }
        locatedIn { id name objectOf(where: { kind: { eq: "control" } }) { ...Claim } }
      }
    }
  }
}
${PEER_CLAIM}`,
  statements: `query PeerStatements($reporter: ID!) {
  statementsConnection(
    first: 20
    sort: [{ id: ASC }]
    where: { attributions: { some: { reporter: { some: { id: { eq: $reporter } } } } } }
  ) {
    totalCount
    edges {
      node {
        id kind status
        subject { id name }
        object { id name }
        attributions(sort: [{ reportedOnFrom: ASC }]) { quote reportedOn reporter { id name } carriedBy { id name } }
      }
    }
  }
}`,
  nested: `query PeerNested($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name kind
    containsConnection { totalCount }
    contains(limit: ${NESTED_PAGE}, sort: [{ name: ASC }, { id: ASC }]) {
      id name kind
      containsConnection { totalCount }
      contains(limit: ${NESTED_PAGE}, sort: [{ name: ASC }, { id: ASC }]) {
        id name kind
        objectOf(where: { kind: { eq: "control" } }) { status subject { id name } }
      }
    }
  }
}`,
};

// ---------------------------------------------------------------------------------------------------------
// Facts both answers must agree on
// ---------------------------------------------------------------------------------------------------------

type Edges<T> = { totalCount: number; edges: { node: T }[] };
const sorted = (values: string[]) => [...values].sort();

// Fuzzy matches of equal rank may be cut at the page's end in another order by the floor's Cypher (at a
// million statements hundreds tie): the page agrees on the count, the classes and the exact and prefix
// matches.
const searchFacts = (data: Json) => {
  const search = data.search as { totalCount: number; edges: { match: string; node: { id: string } }[] };
  return {
    totalCount: search.totalCount,
    matches: search.edges.map((e) => e.match),
    ids: sorted(search.edges.filter((e) => e.match !== 'FUZZY').map((e) => e.node.id)),
  };
};

type ControlFacts = { statement?: { id: string }; faction: { id: string }; inferred: boolean };
const controlFacts = (controls: ControlFacts[]) =>
  sorted(controls.map((c) => `${c.statement?.id ?? c.faction.id}|${c.inferred ? 'inferred' : 'own'}`));

const whoControlsFacts = (data: Json) => {
  const controls = data.whoControls as (ControlFacts & { asOf: string | null })[];
  return { asOf: controls[0]?.asOf ?? null, controls: controlFacts(controls) };
};

const historyFacts = (data: Json) => {
  const history = data.controlHistory as Edges<{
    from: string | null;
    to: string | null;
    controls: ControlFacts[];
  }>;
  return {
    totalCount: history.totalCount,
    periods: history.edges.map(({ node }) => [node.from, node.to, controlFacts(node.controls)]),
  };
};

const statementFacts = (data: Json) => {
  const statements = data.statements as Edges<{ id: string; attributions: unknown[] }>;
  return {
    totalCount: statements.totalCount,
    ids: statements.edges.map(({ node }) => node.id),
    attributions: statements.edges.map(({ node }) => node.attributions.length),
  };
};

const disagreementFacts = (data: Json) => {
  const groups = data.disagreements as Edges<{
    kind: string;
    topic: { id: string };
    reporters: { id: string }[];
    statements: { id: string }[];
  }>;
  return {
    totalCount: groups.totalCount,
    groups: sorted(
      groups.edges.map(
        ({ node }) =>
          `${node.kind}|${node.topic.id}|${node.statements.map((s) => s.id).join(',')}|${node.reporters.map((r) => r.id).join(',')}`,
      ),
    ),
  };
};

const connectionFacts = (data: Json) => {
  const paths = data.connections as Edges<{
    steps: { from: { id: string }; statement: { id: string }; to: { id: string } }[];
  }>;
  return {
    totalCount: paths.totalCount,
    paths: sorted(
      paths.edges.map(({ node }) =>
        [node.steps[0]?.from.id, ...node.steps.flatMap((s) => [s.statement.id, s.to.id])].join(' '),
      ),
    ),
  };
};

type NestedPlace = {
  id: string;
  children?: Edges<NestedPlace>;
  controlledBy?: ControlFacts[];
};
const nestedFacts = (data: Json) => {
  const walk = (place: NestedPlace): unknown => ({
    id: place.id,
    ...(place.children
      ? {
          children: place.children.totalCount,
          page: place.children.edges
            .map(({ node }) => walk(node))
            .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        }
      : {}),
    ...(place.controlledBy ? { controls: controlFacts(place.controlledBy) } : {}),
  });
  return data.entity ? walk(data.entity as NestedPlace) : null;
};

// ---------------------------------------------------------------------------------------------------------
// The mix
// ---------------------------------------------------------------------------------------------------------

const ANSWER_IS_COMPUTED =
  'the generated API returns stored nodes and relationships, filtered and sorted; this answer is computed ' +
  'from them';

/** The eight questions, with the ids the generator guarantees to exist. */
export function benchQueries(targets: BenchTargets): BenchQuery[] {
  const search = (name: string, query: string, script: string): BenchQuery => ({
    name,
    key: 'search',
    question: `search(query: "${query}"), ${script} script: names and aliases forgiving transliteration`,
    ours: { query: OURS.search, variables: { query } },
    peer: {
      query: PEER.search,
      variables: { phrase: luceneQuery(normalizeName(query)) },
      fidelity: 'approximate',
      note:
        'the full-text index queried with the Lucene query our server would build (the client must ' +
        'normalise and build it); ranked by Lucene score only, without exact/prefix/fuzzy classes',
    },
    facts: { ours: searchFacts, floor: searchFacts },
  });

  return [
    search('search (Latin)', targets.searchLatin, 'Latin'),
    search('search (Arabic)', targets.searchArabic, 'Arabic'),
    {
      name: 'whoControls (inferred)',
      key: 'whoControls',
      question:
        'whoControls(place) on a town with no claim of its own: the enclosing place answers, with sources',
      ours: { query: OURS.whoControls, variables: { place: targets.inferredTown } },
      peer: {
        query: PEER.whoControls,
        variables: { place: targets.inferredTown },
        fidelity: 'approximate',
        note:
          'the control statements of the town and of three enclosing levels, with sources; choosing the ' +
          'latest reported date and the nearest place with claims is left to the client',
      },
      facts: { ours: whoControlsFacts, floor: whoControlsFacts },
    },
    {
      name: 'controlHistory',
      key: 'controlHistory',
      question: 'controlHistory(place): the control timeline, periods cut where any claim begins or ends',
      ours: { query: OURS.controlHistory, variables: { place: targets.historyPlace } },
      peer: null,
      peerMissing: `a timeline of periods, ${ANSWER_IS_COMPUTED} (cut at every date a claim begins or ends, nearest place answering)`,
      facts: { ours: historyFacts, floor: historyFacts },
    },
    {
      name: 'statements by reporter',
      key: 'statements',
      question: 'statements(reportedBy, first: 20) with subject, object and every attribution',
      ours: { query: OURS.statements, variables: { reporter: targets.reporter } },
      peer: {
        query: PEER.statements,
        variables: { reporter: targets.reporter },
        fidelity: 'same',
        note: 'statements filtered on a reporter of one of their attributions, by id, 20 per page',
      },
      facts: { ours: statementFacts, floor: statementFacts },
    },
    {
      name: 'disagreements',
      key: 'disagreements',
      question: 'disagreements(about): statements on the same topic whose values differ, with sources',
      ours: { query: OURS.disagreements, variables: { about: targets.disagreementAbout } },
      peer: null,
      peerMissing: `groups of statements whose values differ, ${ANSWER_IS_COMPUTED} (grouped by topic, the whole event for counts, and compared)`,
      facts: { ours: disagreementFacts, floor: disagreementFacts },
    },
    {
      name: 'connections (3 hops)',
      key: 'connections',
      question: 'connections(from, to, maxHops: 3): all shortest paths through statements, with reporters',
      ours: {
        query: OURS.connections,
        variables: { from: targets.connectionFrom, to: targets.connectionTo },
      },
      peer: null,
      peerMissing:
        'shortest paths: the generated API follows relationships named in the query, one fixed level per ' +
        'selection, and has no path search',
      facts: { ours: connectionFacts, floor: connectionFacts },
    },
    {
      name: 'nested entity (depth 3)',
      key: 'nested',
      question:
        'entity(id) → children(first: 10) → children(first: 10) → controlledBy: three levels of lists',
      ours: { query: OURS.nested, variables: { id: targets.nestedPlace } },
      peer: {
        query: PEER.nested,
        variables: { id: targets.nestedPlace },
        fidelity: 'approximate',
        note:
          'children through the LOCATED_IN shortcut relationship; for control, each grandchild\u2019s own ' +
          'control statements (no inference from enclosing places, no as-of date)',
      },
      facts: { ours: nestedFacts, floor: nestedFacts },
    },
  ];
}

/**
 * A query's depth as the MAX_DEPTH limit counts it (README, "Limits"): the deepest chain of nested fields,
 * leaf included; inline fragments add no level.
 */
export function queryDepth(document: string): number {
  const depthOf = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
    }
    return deepest;
  };
  const parsed = parse(document);
  return Math.max(
    ...parsed.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? depthOf(d.selectionSet) : 0)),
  );
}
