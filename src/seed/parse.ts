import path from 'node:path';
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { SeedFileRef } from './files.js';
import { readRegularFile, realPathOf, UnreadableFileError } from './safeRead.js';
import { decodeUtf8, NotUtf8Error } from './utf8.js';
import { checkContent, type InputDocument } from '../ingest/document.js';

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

/** Reads one seed file: YAML syntax first, then the shape of its content. */
export async function parseSeedFile({ file: absolutePath, root }: SeedFileRef): Promise<InputDocument> {
  const file = path.relative(process.cwd(), absolutePath) || absolutePath;
  let source: string;
  try {
    source = decodeUtf8(
      await readRegularFile(await realPathOf(absolutePath), MAX_SEED_FILE_BYTES, 'seed file'),
    );
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const line = error instanceof NotUtf8Error ? error.line : 0;
    const problem = {
      code: 'UNREADABLE' as const,
      file,
      line,
      path: '',
      message: `the file ${error.message}`,
    };
    return { file, absolutePath, lineOf: () => 0, problems: [problem] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const lineOf = locator(doc, lines);
  const parsed: InputDocument = { file, absolutePath, seedRoot: root, lineOf, problems: [] };

  if (doc.errors.length > 0) {
    parsed.problems = doc.errors.map((error) => ({
      code: 'SYNTAX' as const,
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
    parsed.problems = [
      { code: 'SYNTAX', file, line: firstAliasLine(doc, lines), path: '', message: ALIAS_BOMB },
    ];
    return parsed;
  }
  return checkContent(raw ?? {}, parsed);
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
