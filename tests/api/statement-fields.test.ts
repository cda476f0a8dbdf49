import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf, seededServer } from '../helpers/api.js';
import type { TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await seededServer();
});

describe('statement and attribution fields', () => {
  it("gives counts, dates with precision, and the source's words", async () => {
    const response = await server.graphql<{ node: Record<string, unknown> }>(`{
      node(id: "stmt:evacuation-more-than-4000-left-by-2018-04-22") {
        id
        ... on Statement {
          kind status subject { id } object { id }
          start { value precision earliest latest text }
          pointInTime { value precision earliest latest text }
          count { amount phrasing unit text }
          distance { amount }
        }
      }
    }`);
    expect(dataOf(response).node).toEqual({
      id: 'stmt:evacuation-more-than-4000-left-by-2018-04-22',
      kind: 'COUNT',
      status: null,
      subject: { id: 'event:east-qalamoun-evacuation' },
      object: null,
      start: {
        value: '2018-04-21',
        precision: 'DAY',
        earliest: '2018-04-21',
        latest: '2018-04-21',
        text: 'since Saturday',
      },
      pointInTime: {
        value: '2018-04-22',
        precision: 'DAY',
        earliest: '2018-04-22',
        latest: '2018-04-22',
        text: 'on Sunday',
      },
      count: {
        amount: 4000,
        phrasing: 'MORE_THAN',
        unit: 'fighters and their families',
        text: 'More than 4,000',
      },
      distance: null,
    });
  });

  it('gives a year as its whole period, and distances with bearing', async () => {
    const response = await server.graphql<{ a: Record<string, unknown>; b: Record<string, unknown> }>(`{
      a: node(id: "stmt:fsa-rebels-held-east-qalamoun-since-2012") { ... on Statement { start { value precision earliest latest } } }
      b: node(id: "stmt:east-qalamoun-50-km-northeast-of-damascus") {
        ... on Statement { distance { amount phrasing unit bearing text } }
      }
    }`);
    expect(dataOf(response)).toEqual({
      a: { start: { value: '2012', precision: 'YEAR', earliest: '2012-01-01', latest: '2012-12-31' } },
      b: {
        distance: {
          amount: 50,
          phrasing: 'ABOUT',
          unit: 'km',
          bearing: 'northeast',
          text: 'approximately 50 kilometers northeast',
        },
      },
    });
  });

  it("tells a relayed claim's reporter from the article that carried it, and links back", async () => {
    const response = await server.graphql<{
      node: {
        attributions: {
          id: string;
          reporter: { id: string };
          carriedBy: { id: string };
          quote: string;
          statement: { id: string };
        }[];
      };
    }>(`{
      node(id: "stmt:evacuation-about-6000-expected") {
        ... on Statement { attributions { id reporter { id } carriedBy { id } quote statement { id } } }
      }
    }`);
    const [attribution] = dataOf(response).node.attributions;
    expect(attribution).toMatchObject({
      reporter: { id: 'media:sana' },
      carriedBy: { id: 'article:2018-04-23-syria-direct-east-qalamoun' },
      statement: { id: 'stmt:evacuation-about-6000-expected' },
    });
    expect(attribution!.quote).toContain('6,000');
    const again = await server.graphql<{ node: { id: string; quote: string } }>(
      `query($id: ID!) { node(id: $id) { id ... on Attribution { quote } } }`,
      { id: attribution!.id },
    );
    expect(dataOf(again).node).toEqual({ id: attribution!.id, quote: attribution!.quote });
  });

  it('gives the attributions of a page linked back to their statement, oldest report first', async () => {
    const response = await server.graphql<{
      statements: {
        edges: {
          node: {
            id: string;
            attributions: {
              id: string;
              statement: { id: string };
              reporter: { id: string };
              reportedOn: { earliest: string } | null;
            }[];
          };
        }[];
      };
    }>(`{ statements(first: 100) { edges { node { id
      attributions { id statement { id } reporter { id } reportedOn { earliest } } } } } }`);
    const nodes = dataOf(response).statements.edges.map((e) => e.node);
    const attributions = nodes.flatMap((n) => n.attributions.map((a) => ({ ...a, of: n.id })));
    expect(attributions.length).toBeGreaterThan(nodes.length);
    for (const a of attributions) expect(a.statement.id).toBe(a.of);
    // Neo4j's order: the date reported (none last), then the reporter's id, then the attribution's.
    const key = (a: (typeof attributions)[number]) => [
      a.reportedOn?.earliest ?? '\uffff',
      a.reporter.id,
      a.id,
    ];
    const before = (x: string[], y: string[]) => {
      const at = x.findIndex((v, i) => v !== y[i]);
      return at < 0 || x[at]! < y[at]!;
    };
    for (const node of nodes) {
      const keys = attributions.filter((a) => a.of === node.id).map(key);
      keys.slice(1).forEach((k, i) => expect(before(keys[i]!, k)).toBe(true));
    }
  });

  it('gives background facts their dataset as reporter and no reported date', async () => {
    const response = await server.graphql<{ node: { attributions: unknown[] } }>(`{
      node(id: "stmt:east-qalamoun-in-rif-dimashq") {
        ... on Statement { attributions { reporter { id } carriedBy { id } reportedOn { value } } }
      }
    }`);
    expect(dataOf(response).node.attributions).toEqual([
      {
        reporter: { id: 'dataset:editorial-gazetteer' },
        carriedBy: { id: 'dataset:editorial-gazetteer' },
        reportedOn: null,
      },
    ]);
  });

  it('answers node() with null for an id nothing has', async () => {
    const response = await server.graphql<{ a: unknown; b: unknown; c: unknown }>(
      `{ a: node(id: "stmt:never-said") { id } b: node(id: "attr:0000") { id } c: node(id: "place:atlantis") { id } }`,
    );
    expect(dataOf(response)).toEqual({ a: null, b: null, c: null });
  });
});
