import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { latestToday } from '../../src/dates/bounds.js';
import { shiftDay } from '../../src/dates/dateValue.js';
import { runSeed } from '../../src/seed/load.js';
import { checkedPlan } from '../../src/write/validate.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';
import { goodCopy, refusedRun, shown } from './refused.js';

const db = testDatabase();
beforeEach(emptyGraph);

const today = latestToday();
const tomorrow = shiftDay(today, 1);
const nextYear = String(Number(today.slice(0, 4)) + 1);

/** A seed file beside the good fixture, from the dataset it defines; returns the line of each marked one. */
async function withFile(
  lines: string[],
): Promise<{ dir: string; file: string; line: (mark: string) => number }> {
  const dir = await goodCopy();
  const file = path.join(dir, 'bounds.yaml');
  const head = [
    'source: dataset:registry',
    'entities:',
    '  - { id: dataset:registry, type: dataset, name: Registry }',
    '  - { id: event:exodus, type: event, name: Exodus }',
  ];
  const all = [...head, ...lines];
  await writeFile(file, all.map((l) => l.replace(/ *#.*$/, '')).join('\n') + '\n');
  return { dir, file, line: (mark) => all.findIndex((l) => l.endsWith(`# ${mark}`)) + 1 };
}

describe('numbers and dates no source gives', () => {
  it('refuses a count of 1e300 and a distance longer than half the Earth', async () => {
    const { dir, file, line } = await withFile([
      'statements:',
      '  - id: stmt:huge-count',
      '    kind: count',
      '    subject: event:exodus',
      '    count: { amount: 1e300, phrasing: about, unit: people } # count',
      '    attributions: [{ reporter: dataset:registry }]',
      '  - id: stmt:far',
      '    kind: distance',
      '    subject: place:hilltown',
      '    object: place:valley',
      '    distance: { amount: 40000, phrasing: about, unit: km } # distance',
      '    attributions: [{ reporter: dataset:registry }]',
      '  - id: stmt:just-below',
      '    kind: count',
      '    subject: event:exodus',
      '    count: { amount: 100000000, phrasing: up_to, unit: people }',
      '    attributions: [{ reporter: dataset:registry }]',
    ]);
    expect(await refusedRun([dir])).toEqual([
      `${shown(file)}:${line('count')} (statements[0].count.amount): must be at most 100,000,000: no count in a conflict comes near that; check the digits`,
      `${shown(file)}:${line('distance')} (statements[1].distance.amount): must be at most 20,040 km: no two places on Earth are farther apart`,
    ]);
  });

  it('refuses a publication or report dated after today, years before 1900 and more than 100 years ahead', async () => {
    const { dir, file, line } = await withFile([
      '  - id: article:tomorrow',
      '    type: article',
      '    name: Tomorrow',
      '    title: Tomorrow',
      `    publishedOn: ${tomorrow} # published`,
      '    publisher: media:test-wire',
      '    language: en',
      'statements:',
      '  - id: stmt:old',
      '    kind: occurred',
      '    subject: event:exodus',
      '    pointInTime: 1850 # old',
      `    attributions: [{ reporter: dataset:registry, reportedOn: ${nextYear} }] # reported`,
      '  - id: stmt:expected-too-far',
      '    kind: control',
      '    subject: faction:alpha',
      '    object: place:valley',
      '    status: expected',
      '    start: 2999 # far',
      '    attributions: [{ reporter: dataset:registry }]',
    ]);
    const latest = Number(today.slice(0, 4)) + 100;
    expect(await refusedRun([dir])).toEqual([
      `${shown(file)}:${line('published')} (entities[2].publishedOn): "${tomorrow}" is after today (${today}): it cannot have been published or reported yet`,
      `${shown(file)}:${line('old')} (statements[0].pointInTime): "1850" is before 1900, earlier than anything the graph records: check the year`,
      `${shown(file)}:${line('reported')} (statements[0].attributions[0].reportedOn): "${nextYear}" is after today (${today}): it cannot have been published or reported yet`,
      `${shown(file)}:${line('far')} (statements[1].start): "2999" is after ${latest}, more than 100 years ahead: check the year`,
    ]);
  });

  it('takes a statement dated ahead, within 100 years: agreements and leases run for decades', async () => {
    const { dir } = await withFile([
      'statements:',
      '  - id: stmt:expected-later',
      '    kind: control',
      '    subject: faction:beta',
      '    object: place:hilltown',
      '    status: expected',
      `    start: ${nextYear}`,
      `    attributions: [{ reporter: dataset:registry, reportedOn: ${today} }]`,
    ]);
    const report = await runSeed(db, { paths: [dir] });
    expect(report.nodes.Statement?.created).toBe(4);
  });

  it('applies the same bounds to API input', async () => {
    const problems = await db
      .writeThenRollBack((tx) =>
        checkedPlan(tx, {
          statements: [
            {
              id: 'stmt:probe',
              kind: 'count',
              subject: 'event:x',
              count: { amount: 1e300, phrasing: 'about', unit: 'people' },
              attributions: [
                { reporter: 'dataset:x', carriedBy: 'dataset:x', reportedOn: { date: tomorrow } },
              ],
            },
          ],
        }),
      )
      .catch((e: unknown) => (e as { extensions: { problems: { field: string }[] } }).extensions.problems);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'input.count.amount',
        message: expect.stringMatching(/at most 100,000,000/),
      }),
      expect.objectContaining({
        field: 'input.attributions[0].reportedOn.value',
        message: expect.stringMatching(/is after today/),
      }),
    ]);
  });
});
