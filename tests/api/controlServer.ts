import { beforeAll } from 'vitest';
import { dataOf, seededServer } from '../helpers/api.js';
import { fixture } from '../helpers/seed.js';
import type { TestServer } from '../helpers/server.js';

/**
 * The server over the sample dataset and the control timelines of timeline.yaml, that the control test
 * files ask, and whoControls as they ask it. Call once at the top of the file: it starts the server in
 * that file's beforeAll.
 */

export interface Control {
  asOf: string | null;
  faction: { id: string };
  status: string | null;
  inferred: boolean;
  inferredFrom: { id: string } | null;
  statement: { id: string };
  start: { value: string; precision: string } | null;
  pointInTime: { value: string; precision: string } | null;
  attributions: {
    reporter: { id: string };
    carriedBy: { id: string };
    reportedOn: { value: string } | null;
  }[];
}

const CONTROL_FIELDS = `asOf faction { id } status inferred inferredFrom { id } statement { id }
  start { value precision } pointInTime { value precision }
  attributions { reporter { id } carriedBy { id } reportedOn { value } }`;

export function controlServer() {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await seededServer(fixture('../api/timeline.yaml'));
  });
  const session = {
    get server(): TestServer {
      if (!started) throw new Error('the server starts in beforeAll');
      return started;
    },
    async whoControls(place: string, at?: string): Promise<Control[]> {
      const response = await session.server.graphql<{ whoControls: Control[] }>(
        `query($place: ID!, $at: Date) { whoControls(place: $place, at: $at) { ${CONTROL_FIELDS} } }`,
        { place, at },
      );
      return dataOf(response).whoControls;
    },
  };
  return session;
}

export const factions = (controls: Control[]) => controls.map((c) => c.faction.id);
