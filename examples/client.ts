/**
 * A typed client in a few lines: the operations in examples/*.graphql, compiled by `npm run codegen` into
 * TypedDocumentNodes (src/generated/client/), sent with fetch. Variables and results are checked by
 * TypeScript: misspell a field or pass a number as `place` and it does not compile.
 *
 *   node --import tsx examples/client.ts http://localhost:4000/graphql
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  ConnectionsDocument,
  DisagreementsDocument,
  WhoControlsDocument,
} from '../src/generated/client/graphql.js';

export async function request<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as {
    data?: Result;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n'));
  }
  return body.data as Result;
}

async function main(url: string) {
  const { whoControls } = await request(url, WhoControlsDocument, { place: 'place:a-ruheibah' });
  for (const control of whoControls) {
    const reporters = control.attributions.map((a) => a.reporter.name).join(', ');
    console.log(
      `a-Ruheibah on ${control.asOf}: ${control.faction.name} (${control.status}), per ${reporters}`,
    );
  }

  const { disagreements } = await request(url, DisagreementsDocument, {
    about: 'event:east-qalamoun-evacuation',
  });
  for (const { node } of disagreements.edges) {
    for (const statement of node.statements) {
      const reporters = statement.attributions.map((a) => a.reporter.name).join(', ');
      console.log(
        `${statement.subject.name}: ${statement.count?.text} ${statement.count?.unit}, per ${reporters}`,
      );
    }
  }

  const { connections } = await request(url, ConnectionsDocument, {
    from: 'person:saeed-seif',
    to: 'faction:syrian-government',
  });
  for (const { node } of connections.edges) {
    const steps = node.steps.map((s) => `${s.from.name} -[${s.statement.kind}]-> ${s.to.name}`);
    console.log(`${node.hops} hops: ${steps.join(', ')}`);
  }
}

const url = process.argv[2];
if (!url) {
  console.error('usage: node --import tsx examples/client.ts <graphql url>');
  process.exit(2);
}
main(url).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
