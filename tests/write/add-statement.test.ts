import { describe, expect, it } from 'vitest';
import { dataOf } from '../helpers/api.js';
import { graphSnapshot } from '../helpers/seed.js';
import { editorSession, WHO_CONTROLS } from './editorSession.js';
import { ADD_STATEMENT, controlClaim } from './operations.js';

const editor = editorSession();
const { asEditor, expectRefused } = editor;

describe('addStatement', () => {
  it('adds a statement with its attributions, and the as-of answers use it', async () => {
    const { addStatement } = dataOf(
      await asEditor<{ addStatement: { statement: Record<string, unknown> } }>(ADD_STATEMENT, {
        input: controlClaim(),
      }),
    );
    expect(addStatement.statement).toMatchObject({
      kind: 'CONTROL',
      status: 'HELD',
      subject: { id: 'faction:islamist-rebels' },
      object: { id: 'place:a-ruheibah' },
      start: { value: '2030-01', precision: 'MONTH', text: 'since January 2030' },
      attributions: [
        { reporter: { id: 'dataset:editorial-gazetteer' }, carriedBy: { id: 'dataset:editorial-gazetteer' } },
      ],
      retraction: null,
    });
    expect(addStatement.statement.id).toMatch(/^stmt:api-/);
    const answer = dataOf(
      await editor.server.graphql<{ whoControls: { faction: { id: string }; statement: { id: string } }[] }>(
        WHO_CONTROLS,
        {
          place: 'place:a-ruheibah',
          at: '2030-06',
        },
      ),
    );
    expect(answer.whoControls).toEqual([
      { faction: { id: 'faction:islamist-rebels' }, statement: { id: addStatement.statement.id } },
    ]);
  });

  it('takes the publication date of an article as the date reported', async () => {
    const { addStatement } = dataOf(
      await asEditor<{ addStatement: { statement: { attributions: { reportedOn: { value: string } }[] } } }>(
        ADD_STATEMENT,
        {
          input: controlClaim({
            attributions: [
              {
                reporter: 'media:syria-direct',
                carriedBy: 'article:2018-04-23-syria-direct-east-qalamoun',
                quote: 'Syrian state media reported',
              },
            ],
          }),
        },
      ),
    );
    expect(addStatement.statement.attributions[0]?.reportedOn.value).toBe('2018-04-23');
  });

  it('refuses what the seed refuses, naming each input field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [controlClaim({ attributions: [] }), 'input.attributions', /at least one attribution/],
      [
        controlClaim({
          attributions: [{ reporter: 'media:nobody', carriedBy: 'dataset:editorial-gazetteer' }],
        }),
        'input.attributions[0].reporter',
        /unknown id media:nobody: no entity has this id/,
      ],
      [
        controlClaim({
          attributions: [{ reporter: 'place:syria', carriedBy: 'dataset:editorial-gazetteer' }],
        }),
        'input.attributions[0].reporter',
        /reporter must be a media_source or person or dataset/,
      ],
      [
        controlClaim({
          attributions: [
            { reporter: 'media:sana', carriedBy: 'article:2018-04-23-syria-direct-east-qalamoun' },
          ],
        }),
        'input.attributions[0].quote',
        /needs the quote/,
      ],
      [controlClaim({ subject: 'place:syria' }), 'input.subject', /must be a faction/],
      [controlClaim({ object: null }), 'input.object', /needs an object/],
      [controlClaim({ end: { value: '2029' } }), 'input.end', /end 2029 is before start 2030-01/],
      [
        controlClaim({ count: { phrasing: 'ABOUT', unit: 'people', amount: 5 } }),
        'input.count',
        /has no count/,
      ],
      [controlClaim({ id: 'stmt:Bad Id' }), 'input.id', /stmt:lower-case-words/],
      [
        controlClaim({ attributions: Array.from({ length: 101 }, () => controlClaim().attributions[0]) }),
        'input.attributions',
        /at most 100 attributions/,
      ],
      [controlClaim({ note: 'x'.repeat(10_001) }), 'input.note', /at most 10,000 characters/],
    ];
    for (const [input, field, message] of cases) {
      const refused = await expectRefused(ADD_STATEMENT, { input });
      expect(refused.problems, JSON.stringify(input)).toContainEqual({
        field,
        message: expect.stringMatching(message),
      });
      expect(refused.message).toMatch(/Nothing was written\.$/);
    }
  });

  it('refuses a statement id in use with CONFLICT naming it', async () => {
    for (const id of ['stmt:rif-dimashq-in-syria']) {
      const before = await graphSnapshot();
      const taken = await asEditor(ADD_STATEMENT, { input: controlClaim({ id }) });
      expect(await graphSnapshot()).toBe(before);
      expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id', id });
      expect(taken.errors?.[0]?.message).toBe(
        `${id} is already in use: ids are never reused. Nothing was written.`,
      );
    }
  });

  it('lists every problem of an input at once', async () => {
    const refused = await expectRefused(ADD_STATEMENT, {
      input: controlClaim({
        subject: 'place:syria',
        attributions: [{ reporter: 'media:nobody', carriedBy: 'media:sana' }],
      }),
    });
    expect(refused.problems.map((p) => p.field).sort()).toEqual([
      'input.attributions[0].carriedBy',
      'input.attributions[0].reporter',
      'input.subject',
    ]);
    expect(refused.field).toBe(refused.problems[0]?.field);
  });
});
