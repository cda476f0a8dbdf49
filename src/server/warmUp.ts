import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import {
  ConnectionsDocument,
  ControlHistoryDocument,
  ControlledByDocument,
  DisagreementsDocument,
  EntityByIdDocument,
  EventCountsDocument,
  PlaceOverviewDocument,
  SearchEntitiesDocument,
  StatementsDocument,
  WhoControlsDocument,
} from '../generated/client/graphql.js';
import type { Logger } from '../logging/logger.js';
import { newScope, runInScope } from '../request/scope.js';

/**
 * Runs one operation as a request would; resolves with the codes of the errors it answered with. `db`
 * replaces the API's database, for start-up work that must not run out of a request's time budget.
 */
export type OperationRunner = (
  query: string,
  variables: Record<string, unknown>,
  db?: Database,
) => Promise<string[]>;

/** The client the per-client limits count the warm-up against, apart from every real client. */
const WARM_UP_CLIENT = 'internal:warm-up';

export function operationRunner(apollo: ApolloServer<Context>, db: Database): OperationRunner {
  return (query, variables, through = db) => {
    const scope = newScope(`warm-up-${Date.now()}`, [], WARM_UP_CLIENT);
    return runInScope(scope, async () => {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(through, scope, null) },
      );
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      return (result?.errors ?? []).map((error) => String(error.extensions?.code ?? 'ERROR'));
    });
  };
}

interface Question {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const question = <Result, Variables extends Record<string, unknown>>(
  name: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Question => ({ name, query: print(document), variables });

/**
 * The researcher questions of examples/, asked about the sample data (seed/). Asked about other data, the
 * ids may be unknown and some answers empty: Neo4j still plans each query and Apollo still parses and
 * validates each operation, which was most of a first call's 0.3 to 4.5 s.
 */
export const WARM_UP_QUESTIONS: readonly Question[] = [
  question('whoControls', WhoControlsDocument, { place: 'place:a-ruheibah' }),
  question('whoControls(at)', WhoControlsDocument, { place: 'place:a-ruheibah', at: '2015-06' }),
  question('controlHistory', ControlHistoryDocument, { place: 'place:a-ruheibah', first: 10 }),
  question('controlledBy', ControlledByDocument, { faction: 'faction:syrian-government', first: 10 }),
  question('search', SearchEntitiesDocument, { query: 'Ruheibah', first: 10 }),
  question('disagreements', DisagreementsDocument, { about: 'event:east-qalamoun-evacuation', first: 10 }),
  question('connections', ConnectionsDocument, {
    from: 'person:saeed-seif',
    to: 'faction:syrian-government',
  }),
  question('entity', EntityByIdDocument, { id: 'place:a-ruheibah' }),
  question('eventCounts', EventCountsDocument, { id: 'event:east-qalamoun-evacuation' }),
  question('place', PlaceOverviewDocument, { id: 'place:a-ruheibah' }),
  question('statements', StatementsDocument, { reportedBy: 'media:sana', first: 10 }),
];

/**
 * Asks each question once before the server says it is ready, so that no client pays for a cold query
 * plan, a cold JIT or an empty page cache. A question that fails is logged and start-up goes on: a cold
 * question is slow, not wrong. `db` is start-up's own driver: a first plan on a busy machine can take
 * longer than TRANSACTION_TIMEOUT allows a request.
 */
export async function warmUp(
  run: OperationRunner,
  log: Logger,
  { db, signal }: { db?: Database; signal?: AbortSignal } = {},
): Promise<void> {
  const started = Date.now();
  const failed: Record<string, string[]> = {};
  // How long each first call took: what a client would have waited for without the warm-up.
  const msEach: Record<string, number> = Object.fromEntries(WARM_UP_QUESTIONS.map(({ name }) => [name, 0]));
  // All at once: planning is CPU work in Neo4j, done on as many cores as it has.
  await Promise.all(
    WARM_UP_QUESTIONS.map(async ({ name, query, variables }) => {
      if (signal?.aborted) return;
      const asked = Date.now();
      const codes = await run(query, variables, db).catch((error: unknown) => [
        error instanceof Error ? error.message : String(error),
      ]);
      msEach[name] = Date.now() - asked;
      if (codes.length > 0) failed[name] = codes;
    }),
  );
  if (signal?.aborted) return;
  const questions = WARM_UP_QUESTIONS.map(({ name }) => name);
  if (Object.keys(failed).length > 0)
    log.warn({ failed }, 'warm-up: some questions were answered with errors');
  log.info({ questions, ms: Date.now() - started, msEach }, 'warmed up: asked each question once');
}
