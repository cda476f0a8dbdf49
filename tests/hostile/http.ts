import http from 'node:http';
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

export interface HeldAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A POST to /graphql whose body arrives in two parts, the second when the test calls `finish`: the server
 * has the request in hand (headers read, body coming), which is what "in flight" means to a draining
 * server or to a per-client limit. Its own connection; `localAddress` picks the loopback address it comes from.
 */
export function heldRequest(
  url: string,
  body: string,
  { headers = {}, localAddress }: { headers?: Record<string, string>; localAddress?: string } = {},
) {
  const target = new URL(url);
  const request = http.request({
    host: target.hostname,
    port: target.port,
    path: '/graphql',
    method: 'POST',
    agent: false,
    localAddress,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
  });
  const answered = new Promise<HeldAnswer>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: text }),
      );
    });
    request.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  request.write(body.slice(0, half));
  return { answered, finish: () => request.end(body.slice(half)) };
}
