import { beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_READS } from '../../src/control/answers.js';
import { controlAnswersCypher, controlAnswersWithoutSourcesCypher } from '../../src/control/queries.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { alsoReading } from '../../src/statement/columns.js';
import { dataOf } from '../helpers/api.js';
import { testDatabase } from '../helpers/database.js';
import { RecordingDatabase } from '../helpers/recordingDatabase.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { columnsOfQuery } from '../helpers/statementColumns.js';

const db = new RecordingDatabase();
let server: TestServer;

beforeAll(async () => {
  await runSeed(testDatabase(), { paths: [SEED_DIR] });
  server = await startTestServer({ db });
  return () => db.close();
});

async function controlQueriesOf(query: string) {
  db.sent.length = 0;
  const data = dataOf(await server.graphql<Record<string, { faction: { name: string } }[]>>(query));
  const read = alsoReading(columnsOfQuery(query), CONTROL_READS);
  const [withSources, without] = [controlAnswersCypher(read), controlAnswersWithoutSourcesCypher(read)];
  const control = db.sent.filter((q) => q === withSources || q === without);
  return { data, withSources: control.map((q) => q === withSources) };
}

describe('who controls a place, read with or without its sources', () => {
  it('leaves the attributions in Neo4j when the query does not go on to them', async () => {
    const { data, withSources } = await controlQueriesOf(
      `{ whoControls(place: "place:a-ruheibah") { faction { name } status } }`,
    );
    expect(data.whoControls!.length).toBeGreaterThan(0);
    expect(withSources).toEqual([false]);
  });

  const SOURCES = 'fragment sources on Control { attributions { reporter { name } } }';
  it.each([
    ['attributions', `attributions { reporter { name } }`, ''],
    ['attributions in a fragment', `...sources`, SOURCES],
    ['the statement’s attributions', `statement { attributions { quote } }`, ''],
  ])('reads them with the answer when the query asks for %s', async (_what, selection, fragment) => {
    const { withSources } = await controlQueriesOf(
      `{ whoControls(place: "place:a-ruheibah") { faction { name } ${selection} } } ${fragment}`,
    );
    expect(withSources).toEqual([true]);
  });

  it('answers the same either way, and a later field still finds the attributions', async () => {
    const { data } = await controlQueriesOf(`{
      bare: whoControls(place: "place:a-ruheibah") { faction { name } }
      sourced: whoControls(place: "place:a-ruheibah") { faction { name } attributions { reporter { name } } }
    }`);
    const sourced = data.sourced as unknown as { faction: { name: string }; attributions: unknown[] }[];
    expect(data.bare!.map((c) => c.faction.name)).toEqual(sourced.map((c) => c.faction.name));
    expect(sourced.every((c) => c.attributions.length > 0)).toBe(true);
  });
});
