import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildASTSchema,
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  parse,
  printSchema,
  visit,
  type ASTNode,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { dataOf } from '../helpers/api.js';
import { startTestServer } from '../helpers/server.js';

/** The schema's types, fields, arguments and values, in a fixed order, without descriptions. */
function structure(sdl: string): string {
  const bare = visit(parse(sdl), {
    enter: (node: ASTNode) =>
      'description' in node && node.description ? { ...node, description: undefined } : undefined,
  });
  return printSchema(lexicographicSortSchema(buildASTSchema(bare)));
}

describe('docs/schema.graphql, the one-file schema for clients in other repositories', () => {
  it('has every type, field, argument and enum value the server answers to introspection, no more', async () => {
    const server = await startTestServer();
    const introspection = dataOf(
      await server.graphql<IntrospectionQuery>(getIntrospectionQuery({ inputValueDeprecation: true })),
    );
    const served = printSchema(buildClientSchema(introspection));
    const file = await readFile(path.join(projectRoot, 'docs/schema.graphql'), 'utf8');
    expect(structure(file), 'docs/schema.graphql is stale: run npm run codegen').toBe(structure(served));
  });

  it('carries the descriptions of schema/ (what codegen and editors show a client)', async () => {
    const file = await readFile(path.join(projectRoot, 'docs/schema.graphql'), 'utf8');
    const schema = buildASTSchema(parse(file));
    expect(schema.getQueryType()?.getFields().whoControls?.description).toMatch(/\S/);
    expect(schema.getType('Date')?.description).toMatch(/precision a source gave it/);
  });
});
