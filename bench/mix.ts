/**
 * The benchmark's fixed mix of researcher questions. Each is asked three ways, for the same answer:
 *
 * - `ours`: the GraphQL operation sent to our server (bench/operations.ts);
 * - `floor`: one hand-written Cypher query that fetches the same answer, one file per question in
 *   bench/floor/, run by bench/floorServer.ts behind a bare HTTP endpoint (JSON in, JSON out), with only
 *   the plain-code steps the answer needs (normalising a search, cutting a timeline) done in Node, by the
 *   same pure functions our server uses; `key` names the question's floor route;
 * - `peer`: the closest query @neo4j/graphql 7 can run over the same graph (bench/operations.ts,
 *   bench/peerTypeDefs.graphql), or null, with the reason, when its generated API cannot express the
 *   question.
 *
 * `facts` (bench/facts.ts) reduces our answer and the floor's to the facts both must agree on (ids,
 * counts), checked before anything is timed, so the comparison is of the same answer.
 */
import { Kind, parse, type SelectionSetNode } from 'graphql';
import type { BenchTargets } from '../src/generate/targets.js';
import { normalizeName } from '../src/search/normalize.js';
import { luceneQuery } from '../src/search/rank.js';
import {
  connectionFacts,
  disagreementFacts,
  historyFacts,
  nestedFacts,
  searchFacts,
  statementFacts,
  whoControlsFacts,
} from './facts.js';
import type { Json, Variables } from './floor/shared.js';
import { OURS, PEER } from './operations.js';

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
 * A query's depth as the MAX_DEPTH limit counts it (docs/limits.md): the deepest chain of nested fields,
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
