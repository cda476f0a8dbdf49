import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSeed } from '../../src/seed/load.js';
import { formatProblem, SeedValidationError, type ProblemCode } from '../../src/ingest/problems.js';
import { testDatabase } from '../helpers/database.js';
import { fixture } from '../helpers/seed.js';

async function problemsOf(...files: string[]): Promise<string[]> {
  const error = await prepareSeed(testDatabase(), files, false).catch((e: unknown) => e);
  if (!(error instanceof SeedValidationError))
    throw new Error(`expected a validation error, got ${String(error)}`);
  return error.problems.map(formatProblem);
}

const bad = (name: string) => path.relative(process.cwd(), fixture('bad', name));

// Each bad file has one problem; each must be named with its file, line and field.
const CASES: [string, string][] = [
  [
    'yaml-syntax.yaml',
    ':5 (file): not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  ['unknown-field.yaml', ':4 (entities[0].nmae): unknown field "nmae" (a typo?)'],
  [
    'missing-attribution.yaml',
    ':9 (statements[0].attributions): every statement needs at least one attribution: who said it',
  ],
  [
    'impossible-date.yaml',
    ':10 (statements[0].pointInTime): "2018-02-30" is not a real date: 2018-02 has 28 days',
  ],
  ['end-before-start.yaml', ':11 (statements[0].end): end 2017 is before start 2018-04'],
  [
    'precision-mismatch.yaml',
    ':10 (statements[0].start.precision): precision is month but the date "2018-04-20" is written to the day',
  ],
  [
    'count-not-a-number.yaml',
    ':9 (statements[0].count.amount): "6,000" is not a number: write the digits alone, such as 6000 (the words go in text)',
  ],
  [
    'unknown-reference.yaml',
    ':8 (statements[0].object): unknown id place:atlantis: no seed file defines it and it is not in the database',
  ],
  [
    'duplicate-id.yaml',
    `:4 (entities[2].id): duplicate id place:somewhere, first defined at ${bad('duplicate-id.yaml')}:2`,
  ],
  [
    'quote-not-in-text.yaml',
    ':21 (statements[0].attributions[0].quote): this quote is not in the text of article:test-report-2',
  ],
  [
    'wrong-subject-type.yaml',
    ':8 (statements[0].subject): the subject of a control statement must be a faction, but place:hilltown is a place',
  ],
  ['id-prefix.yaml', ':2 (entities[0].id): the id of a place must start with place:'],
  [
    'hundreds-with-amount.yaml',
    ':8 (statements[0].count.amount): "hundreds" names no number: leave amount out',
  ],
  [
    'missing-carrier.yaml',
    ':10 (statements[0].attributions[0].carriedBy): needs carriedBy (the article or dataset), or a source: at the top of the file',
  ],
  [
    'reporter-not-a-source.yaml',
    ':10 (statements[0].attributions[0].reporter): reporter must be a media_source or person or dataset, but faction:alpha is a faction',
  ],
];

// What code treats apart is told by the problem's code, never by its wording (src/ingest/problems.ts).
const CODES: [string, ProblemCode][] = [
  ['yaml-syntax.yaml', 'SYNTAX'],
  ['unknown-reference.yaml', 'UNKNOWN_ID'],
  ['duplicate-id.yaml', 'DUPLICATE_ID'],
  ['quote-not-in-text.yaml', 'QUOTE'],
  ['wrong-subject-type.yaml', 'WRONG_TYPE'],
  ['id-prefix.yaml', 'ID_PREFIX'],
  ['hundreds-with-amount.yaml', 'KIND_RULE'],
];

describe('seed validation', () => {
  it.each(CASES)('%s: names the file, line and field', async (name, expected) => {
    expect(await problemsOf(fixture('bad', name))).toEqual([`${bad(name)}${expected}`]);
  });

  it.each(CODES)('%s: carries the code %s', async (name, code) => {
    const error = await prepareSeed(testDatabase(), [fixture('bad', name)], false).catch((e: unknown) => e);
    expect((error as SeedValidationError).problems.map((p) => p.code)).toEqual([code]);
  });

  it('names the id of an unknown reference, for callers that word it their own way', async () => {
    const error = await prepareSeed(testDatabase(), [fixture('bad', 'unknown-reference.yaml')], false).catch(
      (e: unknown) => e,
    );
    expect((error as SeedValidationError).problems[0]).toMatchObject({
      code: 'UNKNOWN_ID',
      id: 'place:atlantis',
    });
  });

  it('reports the problems of every file at once', async () => {
    const problems = await problemsOf(
      fixture('bad', 'unknown-field.yaml'),
      fixture('bad', 'count-not-a-number.yaml'),
      fixture('bad', 'id-prefix.yaml'),
    );
    expect(problems).toHaveLength(3);
  });

  it('accepts references to entities already in the database, but not as another type', async () => {
    const db = testDatabase();
    await db.write((tx) =>
      tx.run(
        "CREATE (:Entity:Place {id: 'place:atlantis', name: 'Atlantis'}), (:Entity:Faction {id: 'place:elsewhere', name: 'Odd'})",
      ),
    );
    try {
      await expect(prepareSeed(db, [fixture('bad', 'unknown-reference.yaml')], false)).resolves.toBeDefined();
      expect(await problemsOf(fixture('bad', 'duplicate-id.yaml'))).toContain(
        `${bad('duplicate-id.yaml')}:3 (entities[1].type): place:elsewhere is already in the database as a faction, not a place`,
      );
    } finally {
      await db.write((tx) =>
        tx.run("MATCH (n:Entity) WHERE n.id IN ['place:atlantis', 'place:elsewhere'] DETACH DELETE n"),
      );
    }
  });

  it('says when a path does not exist or holds no seed files', async () => {
    expect(await problemsOf('no/such/place.yaml')).toEqual([
      'no/such/place.yaml:0 (file): no such file or folder',
    ]);
    expect(await problemsOf(fixture('good', 'test-report.txt'))).toEqual([
      `${fixture('good', 'test-report.txt')}:0 (file): not a seed file: seed files end in .yaml or .yml`,
    ]);
  });
});
