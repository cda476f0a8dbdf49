import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Cypher lives only in files named for queries (`queries.ts`, `…Queries.ts`), in the migrations and in the
 * local-Neo4j bootstrap, so that a reader finds every query a module runs in one place (issue 19). The
 * scan reads string literals and template texts only: comments may speak of RETURN 1 or MERGE freely.
 */

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** A clause keyword followed by what Cypher puts after it; upper case, as this project writes Cypher. */
const CYPHER =
  /\b(MATCH|OPTIONAL MATCH|UNWIND|MERGE|RETURN|CALL|DETACH DELETE|SHOW|DROP (INDEX|CONSTRAINT))\b\s*[([{$a-z0-9'`]|\bCREATE\s+(\(|(RANGE |TEXT |FULLTEXT |POINT )?(INDEX|CONSTRAINT))/;

const MAY_HOLD_CYPHER =
  /(^|\/)(queries|[a-zA-Z]*Queries)\.ts$|^src\/db\/migrations\.ts$|^src\/localNeo4j\/|^src\/generated\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text of every string literal and template part in `text`, with its line. */
function stringsOf(file: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    const line = () => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateTail(node)) {
      found.push({ line: line(), text: node.text });
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) {
      // What follows is an interpolation: `UNWIND ${list}` reads as Cypher.
      found.push({ line: line(), text: node.text + '${' });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** `file:line: text` for every string of `text` that reads as Cypher. */
function cypherIn(file: string, text: string): string[] {
  return stringsOf(file, text)
    .filter((s) => CYPHER.test(s.text))
    .map((s) => `${file}:${s.line}: ${s.text.trim().split('\n')[0]}`);
}

describe('where Cypher lives', () => {
  it('finds Cypher in strings and not in comments', () => {
    const text = [
      '// MATCH (n) RETURN n',
      "const q = 'MATCH (n) RETURN count(n) AS n';",
      'const t = `UNWIND ${list} AS s`;',
      "const message = 'the id is taken: CREATE it under another';",
      "const name = 'CARRIAGE RETURN';",
      'const index = `CREATE RANGE INDEX x IF NOT EXISTS FOR ()-[r:R]-() ON (r.a)`;',
    ].join('\n');
    expect(cypherIn('x.ts', text)).toEqual([
      'x.ts:2: MATCH (n) RETURN count(n) AS n',
      'x.ts:3: UNWIND ${',
      'x.ts:6: CREATE RANGE INDEX x IF NOT EXISTS FOR ()-[r:R]-() ON (r.a)',
    ]);
  });

  it('is only in files named for queries, the migrations and the local-Neo4j bootstrap', () => {
    const misplaced = sourceFiles(SRC)
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((file) => !MAY_HOLD_CYPHER.test(file))
      .flatMap((file) => cypherIn(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(misplaced).toEqual([]);
  });
});
