import { beforeAll, describe, expect, it } from 'vitest';
import { seededServerWith } from '../helpers/api.js';
import { bearer, testKeys } from '../helpers/keys.js';
import type { TestServer } from '../helpers/server.js';
import { ADD_ALIAS, ADD_STATEMENT, controlClaim, RETRACT } from './operations.js';
import { expectRefusedWithoutChange } from './refusals.js';

/** The seed's rules that also hold for writes through the API, against what the graph already holds. */

const { keys, env } = testKeys();
let server: TestServer;

beforeAll(async () => {
  server = await seededServerWith(env);
});

const asEditor = (query: string, variables: Record<string, unknown>) =>
  server.graphql(query, variables, bearer(keys.editor));

const expectRefused = (query: string, variables: Record<string, unknown>) =>
  expectRefusedWithoutChange(() => asEditor(query, variables));

describe('quotes', () => {
  it('checks quotes against the text of the article carrying them, as the seed does', async () => {
    const article = 'article:2018-04-23-syria-direct-east-qalamoun';
    const quoted = (quote: string) =>
      controlClaim({ attributions: [{ reporter: 'media:sana', carriedBy: article, quote }] });
    const refused = await expectRefused(ADD_STATEMENT, {
      input: quoted('The moon is made of green cheese.'),
    });
    expect(refused.problems).toEqual([
      { field: 'input.attributions[0].quote', message: `this quote is not in the text of ${article}` },
    ]);
    // Retyped quotation marks and a capital at the start still match, as in seed files.
    const kept = await asEditor(ADD_STATEMENT, {
      input: quoted('government-operated buses entered the opposition-controlled town of a-Ruheibah'),
    });
    expect(kept.errors).toBeUndefined();
  });
});

describe('the place hierarchy', () => {
  it('refuses a place put inside a place that lies within it, naming the cycle', async () => {
    const refused = await expectRefused(ADD_STATEMENT, {
      input: {
        kind: 'LOCATED_IN',
        subject: 'place:syria',
        object: 'place:east-qalamoun',
        attributions: [{ reporter: 'dataset:editorial-gazetteer', carriedBy: 'dataset:editorial-gazetteer' }],
      },
    });
    expect(refused.problems).toContainEqual({
      field: 'input.object',
      message: expect.stringMatching(/place:syria → place:east-qalamoun → place:rif-dimashq → place:syria/),
    });
  });

  it('lets only one of two located_in statements that together make a cycle through', async () => {
    const link = (subject: string, object: string) => ({
      input: {
        kind: 'LOCATED_IN',
        subject,
        object,
        attributions: [{ reporter: 'dataset:editorial-gazetteer', carriedBy: 'dataset:editorial-gazetteer' }],
      },
    });
    const answers = await Promise.all([
      asEditor(ADD_STATEMENT, link('place:dumayr', 'place:east-ghouta')),
      asEditor(ADD_STATEMENT, link('place:east-ghouta', 'place:dumayr')),
    ]);
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.message)).toEqual([
      expect.stringMatching(/a place cannot lie within itself/),
    ]);
  });
});

describe('hidden characters', () => {
  it('refuses an alias of hidden or reordering characters, and a reason of nothing visible', async () => {
    for (const alias of ['\u202Eevil', '\u200B', 'a\u0000b']) {
      const refused = await expectRefused(ADD_ALIAS, { entity: 'place:dumayr', alias });
      expect(refused.field, JSON.stringify(alias)).toBe('alias');
    }
    const reason = await expectRefused(RETRACT, {
      id: 'stmt:damascus-in-syria',
      reason: '\u2066\u202E',
    });
    expect(reason.field).toBe('reason');
    expect(reason.message).toMatch(/U\+2066|U\+202E/);
  });
});
