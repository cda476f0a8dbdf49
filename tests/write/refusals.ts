import { expect } from 'vitest';
import { graphSnapshot } from '../helpers/seed.js';
import type { GraphQLResponse } from '../helpers/server.js';

export interface Problem {
  field: string;
  message: string;
}

/** The BAD_USER_INPUT error of a refused write, with the problems it lists. */
export function refusal(response: GraphQLResponse) {
  const [error] = response.errors ?? [];
  if (!error) throw new Error(`Expected a refusal, got ${JSON.stringify(response.data)}`);
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  return {
    message: error.message,
    field: error.extensions?.field,
    problems: error.extensions?.problems as Problem[],
  };
}

/** Sends a write that must be refused, and checks that it left the graph exactly as it was. */
export async function expectRefusedWithoutChange(send: () => Promise<GraphQLResponse>) {
  const before = await graphSnapshot();
  const response = await send();
  expect(await graphSnapshot()).toBe(before);
  return refusal(response);
}
