import type { Case } from './refusalCase.js';
import { post } from './http.js';

export const INJECTIONS = [
  "' }) MATCH (n) DETACH DELETE n //",
  '" }) MATCH (n) DETACH DELETE n //',
  '`Place`) DETACH DELETE n //',
  '$param',
  "place:a-ruheibah' OR 1=1 //",
];

/** Cypher where a name, id or date goes: a syntax error, an unknown id or a bad date, never a query. */
export const cypherInjectionCases: Case[] = [
  {
    name: 'Cypher in an alias (not a GraphQL name)',
    send: (url) => post(url, '{ `x` : entity(id: "place:a-ruheibah") { id } }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error/,
  },
  {
    name: 'Cypher as the alias of a field',
    send: (url) =>
      post(url, `{ MATCH_n_DETACH_DELETE_n: entity(id: "${INJECTIONS[0]!.replace(/"/g, '\\"')}") { id } }`),
    status: 200,
    code: 'NOT_FOUND',
    message: /^No entity has id "' }\) MATCH \(n\) DETACH DELETE n \/\/"/,
  },
  ...INJECTIONS.map((text): Case => ({
    name: `Cypher in an id: ${text}`,
    send: (url) => post(url, 'query ($id: ID!) { entity(id: $id) { id } }', { id: text }),
    status: 200,
    code: 'NOT_FOUND',
    message: /^No entity has id ".*" \(argument `id`\)\.$/,
  })),
  ...INJECTIONS.map((text): Case => ({
    name: `Cypher in a filter id: ${text}`,
    send: (url) =>
      post(url, 'query ($about: ID) { statements(about: $about) { totalCount } }', { about: text }),
    status: 200,
    code: 'NOT_FOUND',
    message: /\(argument `about`\)/,
  })),
  {
    name: 'Cypher in a date',
    send: (url) =>
      post(url, 'query ($at: Date) { whoControls(place: "place:a-ruheibah", at: $at) { status } }', {
        at: INJECTIONS[0],
      }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Date/,
  },
];
