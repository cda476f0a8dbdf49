import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { projectRoot } from '../src/config/paths.js';
import { QUESTIONS, type Question } from './queryQuestions.js';

/**
 * `npm run queries`: writes each researcher question's query to docs/queries/<question>.cypher as the
 * server sends it, so that it can be read whole and pasted into cypher-shell. The server assembles its
 * queries from fragments per set of statement columns asked (src/statement/columns.ts); the files show
 * the all-columns text. tests/db/renderedQueries.test.ts fails when a file is stale and runs each one.
 */

export const QUERIES_DIR = path.join(projectRoot, 'docs/queries');

interface Sent {
  text: string;
  params: Record<string, unknown>;
}

/** What `ask` sends, caught by a transaction that answers every query with no rows. */
async function sentBy(ask: Question['ask']): Promise<Sent[]> {
  const sent: Sent[] = [];
  const tx = {
    run: (text: string, params: Record<string, unknown> = {}) => {
      sent.push({ text, params });
      return Promise.resolve({ records: [], summary: {} });
    },
  } as unknown as ManagedTransaction;
  await ask(tx);
  return sent;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `value` as a Cypher literal. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? `${value}.0` : String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, v]) => `${IDENTIFIER.test(key) ? key : `\`${key}\``}: ${cypherLiteral(v)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  throw new Error(`no Cypher literal for ${typeof value}`);
}

/** The file of one question: header, `:param` line, and the query (ends trimmed, `;` for cypher-shell). */
async function render(question: Question): Promise<string> {
  const sent = await sentBy(question.ask);
  const [statement] = sent;
  if (!statement || sent.length > 1) throw new Error(`${question.name}: sent ${sent.length} queries`);
  const params = Object.entries(statement.params).map(
    ([key, value]) => `${key}: ${question.shown?.[key] ?? cypherLiteral(value)}`,
  );
  return [
    `// Question: ${question.question}`,
    `// GraphQL: ${question.graphql}`,
    `// Source: ${question.source}`,
    `// Variant: ${question.variant}`,
    '// Example parameters find rows in the sample data (seed/). Written by `npm run queries`; do not edit.',
    `:param {${params.join(', ')}}`,
    `${statement.text.trim()};`,
    '',
  ].join('\n');
}

/** Every question's file name and text. */
export async function renderQueries(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const question of QUESTIONS) {
    const file = `${question.name}.cypher`;
    if (files.has(file)) throw new Error(`two questions named ${question.name}`);
    files.set(file, await render(question));
  }
  return files;
}

/** Writes the files, and removes those of questions no longer listed. */
async function main() {
  const files = await renderQueries();
  mkdirSync(QUERIES_DIR, { recursive: true });
  for (const old of readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.cypher') && !files.has(f))) {
    rmSync(path.join(QUERIES_DIR, old));
  }
  for (const [file, text] of files) writeFileSync(path.join(QUERIES_DIR, file), text);
  console.log(`wrote ${files.size} queries to docs/queries/: ${[...files.keys()].join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
