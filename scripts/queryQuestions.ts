import type { ManagedTransaction } from 'neo4j-driver';
import { controlAnswers } from '../src/control/answers.js';
import { controlCandidates, controlClaims } from '../src/control/queries.js';
import { disagreementPage } from '../src/disagreement/queries.js';
import { entitiesById } from '../src/entity/queries.js';
import { pageArgs } from '../src/pagination/cursor.js';
import { shortestPaths } from '../src/path/queries.js';
import { countsOfEvents, linkPages } from '../src/relations/queries.js';
import { normalizeName } from '../src/search/normalize.js';
import { searchEntities } from '../src/search/queries.js';
import { luceneQuery } from '../src/search/rank.js';
import { ALL_COLUMNS } from '../src/statement/columns.js';
import {
  attributionsById,
  attributionsOfStatements,
  statementPages,
  statementsById,
  type StatementFilter,
} from '../src/statement/queries.js';

/**
 * The questions whose queries docs/queries/ shows (scripts/render-queries.ts): each calls the function the
 * server calls, with example arguments that find something in the sample data (seed/), and the query it
 * sends is written down as it was sent, with its parameters.
 */
export interface Question {
  /** The file's name in docs/queries/, without `.cypher`. */
  name: string;
  question: string;
  /** The GraphQL fields that run this query. */
  graphql: string;
  /** Where the query is written, and what runs it. */
  source: string;
  variant: string;
  /** Calls the server's own function with the example arguments. */
  ask(tx: ManagedTransaction): Promise<unknown>;
  /** Parameters shown as a Cypher expression instead of their value (an id the sample data computes). */
  shown?: Record<string, string>;
}

const FIRST_PAGE = pageArgs(undefined, undefined);
const NO_FILTER: StatementFilter = {
  kind: null,
  about: null,
  reportedBy: null,
  from: null,
  to: null,
  includeRetracted: false,
};
const ALL = 'all statement columns (what an operation that selects every Statement field reads)';
const COLUMNS = 'src/statement/columns.ts, projection.ts, bundleQueries.ts';
const PAGES = `src/statement/queries.ts (statementPagesCypher; ${COLUMNS}), run by statementPages`;
const noKeep = () => undefined;
const town = 'place:a-ruheibah';

export const QUESTIONS: Question[] = [
  {
    name: 'search',
    question: 'Which entities have a name like this one (any script, with or without diacritics)?',
    graphql: 'Query.search',
    source: 'src/search/queries.ts (searchEntitiesCypher), run by searchEntities',
    variant: 'all types, the first page',
    ask: (tx) => {
      const normalized = normalizeName('Ruhaybah');
      return searchEntities(tx, { lucene: luceneQuery(normalized), normalized, labels: null }, FIRST_PAGE);
    },
  },
  {
    name: 'entity',
    question: 'What is the entity with this id?',
    graphql: 'Query.entity, Query.node (entities), and every field that links to an entity',
    source: 'src/entity/queries.ts (entitiesByIdCypher), run by entitiesById (batched by the entity loader)',
    variant: 'a batch of two ids',
    ask: (tx) => entitiesById(tx, [town, 'faction:syrian-government']),
  },
  {
    name: 'whoControls',
    question: 'Who controls this place on this date (by default on the latest day any claim names)?',
    graphql:
      'Query.whoControls, Place.controlledBy, and the second step of Query.controlledBy/Faction.controls',
    source: `src/control/queries.ts (controlAnswersCypher; ${COLUMNS}), run by controlAnswers in src/control/answers.ts`,
    variant: `${ALL}, with the answering statements' attributions (withSources)`,
    ask: (tx) => controlAnswers(tx, [town, 'place:dumayr'], '2018-04', noKeep, true, ALL_COLUMNS),
  },
  {
    name: 'controlHistory',
    question: 'Who controlled this place, claim by claim, over time?',
    graphql: 'Query.controlHistory, Place.controlHistory',
    source: 'src/control/queries.ts (controlClaimsCypher), run by controlClaims',
    variant: 'every claim of the place and of the places it lies in',
    ask: (tx) => controlClaims(tx, [town], noKeep),
  },
  {
    name: 'controlledBy',
    question: 'Which places does this faction control on this date? (step 1: the places it may control)',
    graphql: 'Query.controlledBy, Faction.controls',
    source: 'src/control/queries.ts (controlCandidatesCypher), run by controlCandidates',
    variant: 'step 1; step 2 asks whoControls.cypher about these places and keeps those the faction holds',
    ask: (tx) => controlCandidates(tx, ['faction:syrian-government']),
  },
  {
    name: 'statements',
    question: 'Which statements are there (of this kind, reported in this window)?',
    graphql: 'Query.statements without about or reportedBy',
    source: PAGES,
    variant: `${ALL}; the first page of the whole graph`,
    ask: (tx) => statementPages(tx, 'all', [null], NO_FILTER, FIRST_PAGE.skip, FIRST_PAGE.limit, noKeep),
  },
  {
    name: 'statements.about',
    question: 'What do the sources say about this entity?',
    graphql: 'Query.statements(about:)',
    source: PAGES,
    variant: `${ALL}; anchored on the entity, no other filter`,
    ask: (tx) => statementPages(tx, 'about', [town], NO_FILTER, FIRST_PAGE.skip, FIRST_PAGE.limit, noKeep),
  },
  {
    name: 'statements.reportedBy',
    question: 'What has this outlet or person reported?',
    graphql: 'Query.statements(reportedBy:) with no other filter, Source.reported, Person.reported',
    source: `src/statement/queries.ts (sourcedPages, the statement_sources index; ${COLUMNS}), run by statementPages`,
    variant: `${ALL}; no filter besides the reporter`,
    ask: (tx) =>
      statementPages(tx, 'reportedBy', ['media:sana'], NO_FILTER, FIRST_PAGE.skip, FIRST_PAGE.limit, noKeep),
  },
  {
    name: 'statements.reportedBy.filtered',
    question: 'What has this outlet reported of this kind, in this window?',
    graphql:
      'Query.statements(reportedBy:, kind:, from:, to:), Source.reported and Person.reported with filters',
    source: PAGES,
    variant: `${ALL}; anchored on the reporter, filtered by kind and reported date`,
    ask: (tx) =>
      statementPages(
        tx,
        'reportedBy',
        ['media:syria-direct'],
        { ...NO_FILTER, kind: 'control', from: '2018-04-01', to: '2018-04-30' },
        FIRST_PAGE.skip,
        FIRST_PAGE.limit,
        noKeep,
      ),
  },
  {
    name: 'statements.carriedBy',
    question: 'What does this article carry?',
    graphql: 'Article.statements',
    source: PAGES,
    variant: `${ALL}; anchored on the article, no other filter`,
    ask: (tx) =>
      statementPages(
        tx,
        'carriedBy',
        ['article:2018-04-23-syria-direct-east-qalamoun'],
        NO_FILTER,
        FIRST_PAGE.skip,
        FIRST_PAGE.limit,
        noKeep,
      ),
  },
  {
    name: 'statement',
    question: 'What is the statement with this id?',
    graphql: 'Query.node (statements), and every field that links to a statement',
    source: 'src/statement/queries.ts, run by statementsById (batched by the statement loader)',
    variant: 'all statement columns; a batch of two ids',
    ask: (tx) => statementsById(tx, ['stmt:dumayr-retaken-in-2018', 'stmt:convoy-about-1500']),
  },
  {
    name: 'attributions',
    question: 'Who reported this statement, where and when?',
    graphql: 'Statement.attributions (when the query that found the statement did not bring them)',
    source: 'src/statement/queries.ts, run by attributionsOfStatements (batched by the attribution loader)',
    variant: 'a batch of two statements',
    ask: (tx) => attributionsOfStatements(tx, ['stmt:dumayr-retaken-in-2018', 'stmt:convoy-about-1500']),
  },
  {
    name: 'attribution',
    question: 'What is the attribution with this id?',
    graphql: 'Query.node (attributions), Attribution links',
    source: 'src/statement/queries.ts, run by attributionsById (batched by the attribution loader)',
    variant: "the ids are a statement's attributions, looked up in :param (they are digests)",
    ask: (tx) => attributionsById(tx, ['attr:example']),
    shown: {
      ids: "COLLECT { MATCH (:Statement {id: 'stmt:convoy-about-1500'})-[:HAS_ATTRIBUTION]->(a) RETURN a.id }",
    },
  },
  {
    name: 'disagreements',
    question: 'Where do the sources disagree?',
    graphql: 'Query.disagreements without about',
    source: `src/disagreement/queries.ts (pageOfAll; ${COLUMNS}), run by disagreementPage`,
    variant: `${ALL}; the first page over the whole graph`,
    ask: (tx) => disagreementPage(tx, null, FIRST_PAGE.skip, FIRST_PAGE.limit, noKeep),
  },
  {
    name: 'disagreements.about',
    question: 'Where do the sources disagree about this entity?',
    graphql: 'Query.disagreements(about:)',
    source: `src/disagreement/queries.ts (pageAbout; ${COLUMNS}), run by disagreementPage`,
    variant: `${ALL}; the first page`,
    ask: (tx) =>
      disagreementPage(tx, 'event:east-qalamoun-evacuation', FIRST_PAGE.skip, FIRST_PAGE.limit, noKeep),
  },
  {
    name: 'connections',
    question: 'How are these two entities connected, statement by statement?',
    graphql: 'Query.connections',
    source: `src/path/queries.ts (pathsCypher; ${COLUMNS}), run by shortestPaths`,
    variant: `${ALL}; maxHops 3 (the default; one query per hop limit, 1 to 4)`,
    ask: (tx) =>
      shortestPaths(tx, { from: 'faction:syrian-government', to: town, maxHops: 3 }, FIRST_PAGE, noKeep),
  },
  ...(
    [
      ['parent', 'Place.parent', 'Which place is this one in?', town],
      ['children', 'Place.children', 'Which places lie in this one?', 'place:rif-dimashq'],
      [
        'agreements',
        'Faction.agreements',
        'Which agreements is this faction party to?',
        'faction:syrian-government',
      ],
      [
        'parties',
        'Agreement.parties',
        'Who are the parties to this agreement?',
        'agreement:east-qalamoun-reconciliation',
      ],
    ] as const
  ).map(([link, graphql, question, parent]): Question => ({
    name: graphql,
    question,
    graphql,
    source: `src/relations/queries.ts (linkPagesCypher('${link}')), run by linkPages`,
    variant: 'the first page',
    ask: (tx) => linkPages(tx, link, [parent], FIRST_PAGE.skip, FIRST_PAGE.limit),
  })),
  ...[false, true].map((includeParts): Question => ({
    name: includeParts ? 'Event.counts.includeParts' : 'Event.counts',
    question: includeParts ? 'How many, by the event and its parts?' : 'How many, by the event itself?',
    graphql: `Event.counts${includeParts ? '(includeParts: true)' : ''}`,
    source: 'src/relations/queries.ts (countsCypher), run by countsOfEvents',
    variant: includeParts ? 'with the counts of its parts at any depth' : "the event's own counts",
    ask: (tx) => countsOfEvents(tx, ['event:east-qalamoun-evacuation'], includeParts),
  })),
];
