import type { InputDocument } from './document.js';

/**
 * The kinds that build a hierarchy (a place within a place, an event within an event): a cycle in one
 * makes a place its own parent, and every walk up the hierarchy (`LOCATED_IN*`, `PART_OF*`) go round.
 */
const HIERARCHIES: Record<string, string> = {
  located_in: 'a place cannot lie within itself',
  part_of: 'an event cannot be part of itself',
};

/** A hierarchy link already in the database: the shortcut of a statement that is not retracted. */
export interface ExistingLink {
  from: string;
  to: string;
  statement: string;
}

/** The hierarchy links in the database reachable upwards from the given entities. */
export type LinkLookup = (ids: string[]) => Promise<ExistingLink[]>;

interface Link extends ExistingLink {
  /** Input order; absent for a link in the database. */
  order?: number;
  file?: InputDocument;
  index?: number;
}

export interface CycleProblem {
  file: InputDocument;
  at: PropertyKey[];
  message: string;
}

/** At most this many cycles are named: each costs a walk of the whole hierarchy. */
const MAX_REPORTED = 20;

/**
 * The located_in and part_of statements of the input that close a cycle, with the links in the database
 * that they would join: the cycle's path, reported at the statement that closes it (the last of its links
 * in the input).
 */
export async function findCycles(files: InputDocument[], lookupLinks?: LinkLookup): Promise<CycleProblem[]> {
  const input: Link[] = [];
  for (const file of files) {
    file.content!.statements.forEach((s, index) => {
      if (s.kind in HIERARCHIES && s.object) {
        input.push({ from: s.subject, to: s.object, statement: s.id, order: input.length, file, index });
      }
    });
  }
  if (input.length === 0) return [];
  // A statement in the input replaces its namesake in the database.
  const rewritten = new Set(input.map((l) => l.statement));
  const existing = lookupLinks ? await lookupLinks([...new Set(input.map((l) => l.to))]) : [];
  const links: Link[] = [...existing.filter((l) => !rewritten.has(l.statement)), ...input];

  const problems: CycleProblem[] = [];
  for (let cycle = findCycle(links); cycle && problems.length < MAX_REPORTED; cycle = findCycle(links)) {
    const closing = cycle
      .filter((l) => l.order !== undefined)
      .sort((a, b) => a.order! - b.order!)
      .at(-1);
    // A cycle wholly in the database is not this input's doing; it is left out of the search.
    links.splice(links.indexOf(closing ?? cycle[0]!), 1);
    if (closing) problems.push(describe(cycle, closing));
  }
  return problems;
}

function describe(cycle: Link[], closing: Link): CycleProblem {
  const start = cycle.indexOf(closing);
  const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
  const path = shortened([...ordered.map((l) => l.from), closing.from], ' → ');
  const others = shortened(ordered.slice(1), ', ', (l) =>
    l.file
      ? `${l.statement} (${l.file.file}:${l.file.lineOf(['statements', l.index!])})`
      : `${l.statement} (in the database)`,
  );
  const kind = closing.file!.content!.statements[closing.index!]!.kind;
  return {
    file: closing.file!,
    at: ['statements', closing.index!, 'object'],
    message:
      `closes a cycle, ${path}: ${HIERARCHIES[kind]}` + (others ? `; the other links are ${others}` : ''),
  };
}

/** A long list as its first and last few items: a cycle may be thousands of links long. */
function shortened<T>(items: T[], separator: string, show: (item: T) => string = String): string {
  if (items.length <= 12) return items.map(show).join(separator);
  const hidden = `${separator}… ${items.length - 10} more …${separator}`;
  return items.slice(0, 5).map(show).join(separator) + hidden + items.slice(-5).map(show).join(separator);
}

/** One cycle among the links, as its links in order, or undefined: an iterative depth-first search. */
function findCycle(links: Link[]): Link[] | undefined {
  const out = new Map<string, Link[]>();
  for (const link of links) {
    const list = out.get(link.from);
    if (list) list.push(link);
    else out.set(link.from, [link]);
  }
  const done = new Set<string>();
  for (const root of out.keys()) {
    if (done.has(root)) continue;
    // The path from root: the links taken, and where each node sits on it.
    const taken: Link[] = [];
    const onPath = new Map<string, number>([[root, 0]]);
    const next = [0];
    let node = root;
    for (;;) {
      const edges = out.get(node) ?? [];
      const i = next[next.length - 1]!;
      if (i < edges.length) {
        next[next.length - 1] = i + 1;
        const link = edges[i]!;
        const seen = onPath.get(link.to);
        if (seen !== undefined) return [...taken.slice(seen), link];
        if (done.has(link.to)) continue;
        taken.push(link);
        onPath.set(link.to, taken.length);
        next.push(0);
        node = link.to;
      } else {
        done.add(node);
        onPath.delete(node);
        next.pop();
        const back = taken.pop();
        if (!back) break;
        node = back.from;
      }
    }
  }
  return undefined;
}
