import { describe, expect, it } from 'vitest';
import { FLOOR_QUERIES } from '../../bench/floor/index.js';
import { MAX_HIERARCHY_DEPTH } from '../../src/control/queries.js';

// Each floor query is written out whole, so it reads (and pastes into cypher-shell) as it runs; a
// variable-length bound cannot be a parameter, so the hierarchy depth is written out too. This keeps it the
// depth our server walks, or the floor would answer another question.
describe("the floor's Cypher", () => {
  it('walks the place and event hierarchies exactly as deep as our server does', () => {
    const bounds = Object.entries(FLOOR_QUERIES).flatMap(([key, floor]) =>
      [...floor.cypher.matchAll(/:(LOCATED_IN|PART_OF)\*[01]\.\.(\d+)/g)].map(
        (m) => `${key} ${m[1]} ${m[2]}`,
      ),
    );
    expect(bounds).toEqual([
      `whoControls LOCATED_IN ${MAX_HIERARCHY_DEPTH}`,
      `controlHistory LOCATED_IN ${MAX_HIERARCHY_DEPTH}`,
      `disagreements PART_OF ${MAX_HIERARCHY_DEPTH}`,
      `disagreements PART_OF ${MAX_HIERARCHY_DEPTH}`,
      `nested LOCATED_IN ${MAX_HIERARCHY_DEPTH}`,
    ]);
  });
});
