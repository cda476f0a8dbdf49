import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { seededServer } from '../helpers/api.js';
import type { TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await seededServer();
});

/** Each ```graphql block of the README directly followed by a ```json block: a query and its answer. */
function examples(): { query: string; answer: unknown }[] {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const pairs = [
    ...readme.matchAll(/```graphql\n((?:(?!```)[\s\S])*)```\s*```json\n((?:(?!```)[\s\S])*)```/g),
  ];
  return pairs.map(([, query, answer]) => ({ query: query!, answer: JSON.parse(answer!) as unknown }));
}

describe('README', () => {
  it('has researcher questions with their answers', () => {
    expect(examples().length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples().map((e) => [e.query.split('\n')[1]!.trim(), e]))(
    'shows the real answer to %s',
    async (_title, { query, answer }) => {
      const { data, errors } = await server.graphql(query);
      expect({ data, ...(errors ? { errors } : {}) }).toEqual(answer);
    },
  );
});
