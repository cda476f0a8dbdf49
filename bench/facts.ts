/**
 * What our answer and the floor's must agree on, question by question: each answer reduced to its key facts
 * (ids, counts, periods, paths). bench/contenders.ts compares the two before anything is timed, so the
 * times compare the same answer.
 */
import type { Json } from './floor/shared.js';

type Edges<T> = { totalCount: number; edges: { node: T }[] };
const sorted = (values: string[]) => [...values].sort();

// Fuzzy matches of equal rank may be cut at the page's end in another order by the floor's Cypher (at a
// million statements hundreds tie): the page agrees on the count, the classes and the exact and prefix
// matches.
export const searchFacts = (data: Json) => {
  const search = data.search as { totalCount: number; edges: { match: string; node: { id: string } }[] };
  return {
    totalCount: search.totalCount,
    matches: search.edges.map((e) => e.match),
    ids: sorted(search.edges.filter((e) => e.match !== 'FUZZY').map((e) => e.node.id)),
  };
};

type ControlFacts = { statement?: { id: string }; faction: { id: string }; inferred: boolean };
const controlFacts = (controls: ControlFacts[]) =>
  sorted(controls.map((c) => `${c.statement?.id ?? c.faction.id}|${c.inferred ? 'inferred' : 'own'}`));

export const whoControlsFacts = (data: Json) => {
  const controls = data.whoControls as (ControlFacts & { asOf: string | null })[];
  return { asOf: controls[0]?.asOf ?? null, controls: controlFacts(controls) };
};

export const historyFacts = (data: Json) => {
  const history = data.controlHistory as Edges<{
    from: string | null;
    to: string | null;
    controls: ControlFacts[];
  }>;
  return {
    totalCount: history.totalCount,
    periods: history.edges.map(({ node }) => [node.from, node.to, controlFacts(node.controls)]),
  };
};

export const statementFacts = (data: Json) => {
  const statements = data.statements as Edges<{ id: string; attributions: unknown[] }>;
  return {
    totalCount: statements.totalCount,
    ids: statements.edges.map(({ node }) => node.id),
    attributions: statements.edges.map(({ node }) => node.attributions.length),
  };
};

export const disagreementFacts = (data: Json) => {
  const groups = data.disagreements as Edges<{
    kind: string;
    topic: { id: string };
    reporters: { id: string }[];
    statements: { id: string }[];
  }>;
  return {
    totalCount: groups.totalCount,
    groups: sorted(
      groups.edges.map(
        ({ node }) =>
          `${node.kind}|${node.topic.id}|${node.statements.map((s) => s.id).join(',')}|${node.reporters.map((r) => r.id).join(',')}`,
      ),
    ),
  };
};

export const connectionFacts = (data: Json) => {
  const paths = data.connections as Edges<{
    steps: { from: { id: string }; statement: { id: string }; to: { id: string } }[];
  }>;
  return {
    totalCount: paths.totalCount,
    paths: sorted(
      paths.edges.map(({ node }) =>
        [node.steps[0]?.from.id, ...node.steps.flatMap((s) => [s.statement.id, s.to.id])].join(' '),
      ),
    ),
  };
};

type NestedPlace = {
  id: string;
  children?: Edges<NestedPlace>;
  controlledBy?: ControlFacts[];
};
export const nestedFacts = (data: Json) => {
  const walk = (place: NestedPlace): unknown => ({
    id: place.id,
    ...(place.children
      ? {
          children: place.children.totalCount,
          page: place.children.edges
            .map(({ node }) => walk(node))
            .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        }
      : {}),
    ...(place.controlledBy ? { controls: controlFacts(place.controlledBy) } : {}),
  });
  return data.entity ? walk(data.entity as NestedPlace) : null;
};
