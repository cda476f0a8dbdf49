import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { seededServerWith } from '../helpers/api.js';
import { docFiles, operationBlocks, questionsWithAnswers, readDoc } from '../helpers/docs.js';
import { bearer, testKeys } from '../helpers/keys.js';
import type { TestServer } from '../helpers/server.js';

const { keys, env } = testKeys();
let server: TestServer;

beforeAll(async () => {
  server = await seededServerWith(env);
});

const examples = questionsWithAnswers();
const title = (e: { file: string; query: string }) => `${e.file}: ${e.query.split('\n')[1]!.trim()}`;

async function expectTheAnswerShown({ query, answer }: { query: string; answer: unknown }) {
  const { data, errors } = await server.graphql(query);
  expect({ data, ...(errors ? { errors } : {}) }, query).toEqual(answer);
}

describe('the questions in README.md and docs/', () => {
  it('are there, with their answers, the README showing one', () => {
    // Seven pairs when the README was split into docs/ (it had five): none may get lost in a later edit.
    expect(examples.length).toBeGreaterThanOrEqual(7);
    expect(examples.filter((e) => e.file === 'README.md')).toHaveLength(1);
  });

  it.each(examples.map((e) => [title(e), e]))('show the real answer to %s', async (_title, example) => {
    await expectTheAnswerShown(example);
  });
});

describe('the write example of the README (and docs/writing.md)', () => {
  const mutations = operationBlocks(['README.md', 'docs/writing.md']).filter(({ document }) =>
    /^\s*mutation\b/.test(document),
  );

  it('is the same in both', () => {
    expect(mutations.map((m) => m.file)).toEqual(['README.md', 'docs/writing.md']);
    expect(mutations[1]!.document).toBe(mutations[0]!.document);
  });

  it('can be sent twice, is written once, and changes no answer shown in the docs', async () => {
    const document = mutations[0]!.document;
    const first = await server.graphql(document, undefined, bearer(keys.editor));
    const again = await server.graphql(document, undefined, bearer(keys.editor));
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    // The repeat is the first write's answer, marked as a replay: same ids, same audit entry.
    const [field] = Object.keys(first.data!);
    const firstPayload = first.data![field!] as Record<string, unknown>;
    expect(firstPayload.replayed).toBe(false);
    expect(again.data![field!]).toEqual({ ...firstPayload, replayed: true });
    for (const example of examples) await expectTheAnswerShown(example);
  });
});

/** Markdown links `[text](target)` and their line numbers, code blocks left out. */
function linksOf(text: string): { target: string; line: number }[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, ' '));
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({
    target: m[1]!,
    line: withoutCode.slice(0, m.index).split('\n').length,
  }));
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(text: string): Set<string> {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '');
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of withoutCode.matchAll(/^#{1,6} +(.+?) *$/gm)) {
    const slug = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

describe('links in README.md and docs/', () => {
  it.each(docFiles())('%s links only to files of the repository that exist', (file) => {
    const text = readDoc(file);
    // A folder beside the checkout (the team's shared notes) is not in a clone: no page may send readers there.
    expect(text).not.toContain(['..', 'shared'].join('/'));
    const broken: string[] = [];
    for (const { target, line } of linksOf(text)) {
      if (/^[a-z][a-z+.-]*:/i.test(target)) {
        broken.push(`${file}:${line}: ${target} leads out of the repository`);
        continue;
      }
      const [pathPart, anchor] = target.split('#') as [string, string | undefined];
      const resolved = pathPart
        ? path.resolve(projectRoot, path.dirname(file), pathPart)
        : path.join(projectRoot, file);
      if (path.relative(projectRoot, resolved).startsWith('..')) {
        broken.push(`${file}:${line}: ${target} leads out of the repository`);
      } else if (!existsSync(resolved)) {
        broken.push(`${file}:${line}: ${target} names no file`);
      } else if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md')) {
        const anchors = anchorsOf(readDoc(path.relative(projectRoot, resolved)));
        if (!anchors.has(anchor)) broken.push(`${file}:${line}: ${target} names no heading there`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps the README a five-minute read: at most 200 lines', () => {
    expect(readDoc('README.md').split('\n').length).toBeLessThanOrEqual(200);
  });
});
