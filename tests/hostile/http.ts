import { expect } from 'vitest';

/** What came back for a raw HTTP request, and how long it took. */
export interface RawResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
  millis: number;
}

/** Any request, as a hostile client would send it: nothing about it is assumed well-formed. */
export async function send(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  const millis = performance.now() - started;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Kept as text: a test then fails on the shape, showing what came instead of JSON.
  }
  return { status: response.status, headers: response.headers, body, millis };
}

export const JSON_HEADERS = { 'content-type': 'application/json' };

/** A POST of one GraphQL operation with a correct JSON body. */
export const post = (url: string, query: string, variables?: Record<string, unknown>) =>
  send(`${url}/graphql`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({ query, variables }),
  });

export interface ErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The first error of a GraphQL-style JSON error body; fails when the body is anything else (HTML, text). */
export function firstError(response: RawResponse): ErrorShape {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const errors = (response.body as { errors?: ErrorShape[] }).errors;
  expect(errors?.length, JSON.stringify(response.body)).toBeGreaterThan(0);
  return errors![0]!;
}
