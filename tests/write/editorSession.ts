import { beforeAll } from 'vitest';
import { seededServerWith } from '../helpers/api.js';
import { bearer, testKeys } from '../helpers/keys.js';
import type { TestServer } from '../helpers/server.js';
import { expectRefusedWithoutChange } from './refusals.js';

/**
 * The server over the sample dataset that a mutation test file writes to, with the editor's key. Call
 * once at the top of the file: it starts the server in that file's beforeAll.
 */
export function editorSession() {
  const { keys, env } = testKeys();
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await seededServerWith(env);
  });
  const session = {
    get server(): TestServer {
      if (!started) throw new Error('the server starts in beforeAll');
      return started;
    },
    asEditor: <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) =>
      session.server.graphql<T>(query, variables, bearer(keys.editor)),
    /** A write that must be refused, leaving the graph as it was. */
    expectRefused: (query: string, variables: Record<string, unknown>) =>
      expectRefusedWithoutChange(() => session.asEditor(query, variables)),
  };
  return session;
}

export const WHO_CONTROLS = `query ($place: ID!, $at: Date) {
  whoControls(place: $place, at: $at) { faction { id } statement { id } }
}`;
export const SEARCH = `query ($q: String!) { search(query: $q) { edges { node { id } } } }`;
