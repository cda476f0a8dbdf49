import path from 'node:path';
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { SeedFileRef } from './files.js';
import { formatPath, type Problem } from './problems.js';
import { readRegularFile, realPathOf, UnreadableFileError } from './safeRead.js';
import { decodeUtf8, NotUtf8Error } from './utf8.js';
import { seedFileSchema, type SeedFile } from './schema.js';

export interface ParsedFile {
  /** As shown in messages: relative to the working directory. */
  file: string;
  absolutePath: string;
  /** The folder its text files must be in (see collectSeedFiles); absent for API input, which names none. */
  seedRoot?: string;
  content?: SeedFile;
  /** The line of the value at a path, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  problems: Problem[];
}

/** Far more than any hand-written file; a bound so that a mistaken path cannot make the seed read gigabytes. */
export const MAX_SEED_FILE_BYTES = 100 * 1024 * 1024;

function locator(doc: Document, lines: LineCounter) {
  return (at: readonly PropertyKey[]): number => {
    for (let length = at.length; length >= 0; length--) {
      const node = doc.getIn(at.slice(0, length) as unknown[], true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
}

const TYPE_WORDS: Record<string, string> = { object: 'a mapping', array: 'a list', null: 'empty' };

function typeWord(type: string): string {
  return TYPE_WORDS[type] ?? `a ${type}`;
}

/** zod's issues, reworded for data editors, each with the path of the field it is about. */
function explain(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  const at = issue.path as PropertyKey[];
  switch (issue.code) {
    case 'invalid_union': {
      // A date may be written short or long: report the reason of the form the editor used.
      const branches = issue.errors.map((branch) => branch.flatMap((sub) => explain(sub)));
      const custom = branches.find(
        (b) => b.length > 0 && b.every((x) => !/^must be (a|an) /.test(x.message)),
      );
      const chosen = custom ?? branches[0] ?? [];
      return chosen.length
        ? chosen.map((x) => ({ path: [...at, ...x.path], message: x.message }))
        : [{ path: at, message: issue.message }];
    }
    case 'invalid_type': {
      // zod leaves the input out of its issues; its message says what it received.
      const received = /received (\w+)/.exec(issue.message)?.[1] ?? 'something else';
      return [
        {
          path: at,
          message:
            received === 'undefined'
              ? 'is required'
              : `must be ${typeWord(issue.expected)}, not ${typeWord(received)}`,
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...at, key], message: `unknown field "${key}" (a typo?)` }));
    case 'invalid_value':
      return [
        {
          path: at,
          message: `${JSON.stringify(issue.input)} is not allowed: use one of ${issue.values.map((v) => String(v)).join(', ')}`,
        },
      ];
    default:
      return [{ path: at, message: issue.message }];
  }
}

/** Reads one seed file: YAML syntax first, then the shape of its content. */
export async function parseSeedFile({ file: absolutePath, root }: SeedFileRef): Promise<ParsedFile> {
  const file = path.relative(process.cwd(), absolutePath) || absolutePath;
  let source: string;
  try {
    source = decodeUtf8(
      await readRegularFile(await realPathOf(absolutePath), MAX_SEED_FILE_BYTES, 'seed file'),
    );
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const line = error instanceof NotUtf8Error ? error.line : 0;
    const problem = { file, line, path: '', message: `the file ${error.message}` };
    return { file, absolutePath, lineOf: () => 0, problems: [problem] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const lineOf = locator(doc, lines);
  const parsed: ParsedFile = { file, absolutePath, seedRoot: root, lineOf, problems: [] };

  if (doc.errors.length > 0) {
    parsed.problems = doc.errors.map((error) => ({
      file,
      line: error.linePos?.[0]?.line ?? 1,
      path: '',
      message: `not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
    return parsed;
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    parsed.problems = [{ file, line: firstAliasLine(doc, lines), path: '', message: ALIAS_BOMB }];
    return parsed;
  }
  return checkSeedContent(raw ?? {}, parsed);
}

/**
 * YAML aliases (`*name`) repeat an anchored value; nested, a few lines expand into billions of values
 * ("billion laughs") and exhaust memory. A seed file has no need of them beyond a few repeats.
 */
const MAX_ALIAS_COUNT = 100;
const ALIAS_BOMB =
  `its aliases (*name) expand into more than ${MAX_ALIAS_COUNT} copies of what they repeat, ` +
  'which is how a YAML "billion laughs" exhausts memory: write the values out instead';

function firstAliasLine(doc: Document, lines: LineCounter): number {
  let line = 1;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = lines.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * Checks the shape of seed content however it arrived (a YAML file, or a mutation's input turned into
 * the same shape): the one set of rules for both.
 */
export function checkSeedContent(raw: unknown, parsed: ParsedFile): ParsedFile {
  const result = seedFileSchema.safeParse(raw);
  if (!result.success) {
    parsed.problems = result.error.issues.flatMap(explain).map(({ path: at, message }) => ({
      file: parsed.file,
      line: parsed.lineOf(at),
      path: formatPath(at),
      message,
    }));
    return parsed;
  }
  parsed.content = result.data;
  return parsed;
}
