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
import type { BenchTargets } from '../src/generate/targets.js';
import { normalizeName } from '../src/search/normalize.js';
import { luceneQuery } from '../src/search/rank.js';
import { NESTED_PAGE, SEARCH_PAGE, type Json, type Variables } from './floor/shared.js';

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
