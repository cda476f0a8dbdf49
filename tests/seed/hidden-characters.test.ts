import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { checkedPlan } from '../../src/write/validate.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';
import { goodCopy, refusedRun, shown } from './refused.js';

const db = testDatabase();
beforeEach(emptyGraph);

// YAML's double-quoted escapes write the characters; the file itself is plain ASCII.
const NAMES = `entities:
  - { id: place:override, type: place, name: "Hill\\u202Etown" }
  - { id: place:nul, type: place, name: "Nul\\0town" }
  - { id: place:blank, type: place, name: "\\u200B\\u3164 \\u2800\\uFE0F" }
  - { id: place:isolate, type: place, name: Isolate, aliases: [Fine, "\\u2067x\\u2069"] }
  - { id: place:lines, type: place, name: "Two\\nlines", description: "Two\\nlines are fine here" }
  - { id: place:bell, type: place, name: Bell, description: "Rings\\a" }
`;

describe('free text that hides what it says', () => {
  it('refuses NUL and control characters, bidi overrides and isolates, and names that show nothing', async () => {
    const dir = await goodCopy();
    const file = path.join(dir, 'names.yaml');
    await writeFile(file, NAMES);
    const at = (line: number, field: string) => `${shown(file)}:${line} (entities[${line - 2}].${field})`;
    expect(await refusedRun([dir])).toEqual([
      `${at(2, 'name')}: contains U+202E (RIGHT-TO-LEFT OVERRIDE), a bidi control that shows the text around it in another order than it is stored: remove it`,
      `${at(3, 'name')}: contains U+0000 (NUL), a control character: remove it`,
      `${at(4, 'name')}: has no visible characters: only spaces and characters that show nothing, such as U+200B`,
      `${shown(file)}:5 (entities[3].aliases[1]): contains U+2067 (RIGHT-TO-LEFT ISOLATE), a bidi control that shows the text around it in another order than it is stored: remove it`,
      `${at(6, 'name')}: contains U+000A (LINE FEED): this field is one line`,
      `${at(7, 'description')}: contains U+0007, a control character: remove it`,
    ]);
  });

  it('keeps Arabic script with its right-to-left mark, and line breaks in a description', async () => {
    const dir = await goodCopy();
    await writeFile(
      path.join(dir, 'names.yaml'),
      `entities:
  - { id: place:manbij, type: place, name: Manbij, aliases: ["\\u0645\\u0646\\u0628\\u062C\\u200F"], description: "Two\\nlines" }
`,
    );
    const report = await runSeed(db, { paths: [dir] });
    expect(report.nodes.Place?.created).toBe(3);
  });

  it('applies the same rules to API input, which can also send half of a surrogate pair', async () => {
    const refusal = (name: string) =>
      db
        .writeThenRollBack((tx) => checkedPlan(tx, { entities: [{ id: 'place:x', type: 'place', name }] }))
        .then(
          () => 'accepted',
          (e: unknown) => (e as Error).message,
        );
    expect(await refusal('Hill\u202Etown')).toBe(
      'input.name: contains U+202E (RIGHT-TO-LEFT OVERRIDE), a bidi control that shows the text around it in another order than it is stored: remove it. Nothing was written.',
    );
    expect(await refusal('Hill\uD800town')).toBe(
      'input.name: contains U+D800, half of a character: the text is damaged. Nothing was written.',
    );
    expect(await refusal('\u200B')).toBe(
      'input.name: has no visible characters: only spaces and characters that show nothing, such as U+200B. Nothing was written.',
    );
  });
});
