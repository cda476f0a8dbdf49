import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import type { App } from '../../src/server/app.js';
import { WARM_UP_QUESTIONS, warmUp } from '../../src/server/warmUp.js';
import { testDatabase } from '../helpers/database.js';
import { capturedLogger } from '../helpers/observed.js';
import { emptyGraph } from '../helpers/seed.js';
import { createTestApp } from '../helpers/server.js';

let app: App;

beforeAll(async () => {
  await emptyGraph();
  await runSeed(testDatabase(), { paths: [SEED_DIR] });
  app = await createTestApp(testDatabase());
  return () => app.stop();
});

describe('the warm-up before /readyz says ready', () => {
  it('asks every question of examples/ once, each answered without error from the sample data, and lists them in its log line', async () => {
    const { log, lines } = capturedLogger();
    const before = testDatabase().queriesSent;
    await warmUp(app.runOperation, log);

    const warmed = lines().find((line) => line.msg === 'warmed up: asked each question once');
    expect(warmed?.questions).toEqual(WARM_UP_QUESTIONS.map(({ name }) => name));
    expect(warmed?.questions).toEqual(expect.arrayContaining(['whoControls', 'controlHistory', 'search']));
    expect(lines().filter((line) => line.level !== 30)).toEqual([]);
    // Each question reached Neo4j through the resolvers: that is what plans and caches its queries.
    expect(testDatabase().queriesSent - before).toBeGreaterThanOrEqual(WARM_UP_QUESTIONS.length);
  });

  it('runs an operation as a request would, reporting the codes of the errors it was answered with', async () => {
    const whoControls = WARM_UP_QUESTIONS.find(({ name }) => name === 'whoControls')!;
    expect(await app.runOperation(whoControls.query, whoControls.variables)).toEqual([]);
    expect(await app.runOperation(whoControls.query, { place: 'place:nowhere' })).toEqual(['NOT_FOUND']);
  });

  it('asks through the database it is given (start-up’s, without the request time budget), not the API’s', async () => {
    const setup = new Database(inject('neo4j'), { patient: true });
    try {
      const before = testDatabase().queriesSent;
      await warmUp(app.runOperation, capturedLogger().log, { db: setup });
      expect(setup.queriesSent).toBeGreaterThanOrEqual(WARM_UP_QUESTIONS.length);
      expect(testDatabase().queriesSent).toBe(before);
    } finally {
      await setup.close();
    }
  });

  it('logs the questions that failed and still finishes: a cold question is slow, not wrong', async () => {
    await emptyGraph();
    try {
      const { log, lines } = capturedLogger();
      await warmUp(app.runOperation, log);
      const warning = lines().find(
        (line) => line.msg === 'warm-up: some questions were answered with errors',
      );
      expect(warning?.failed).toMatchObject({ whoControls: ['NOT_FOUND'] });
      expect(lines().some((line) => line.msg === 'warmed up: asked each question once')).toBe(true);
    } finally {
      await runSeed(testDatabase(), { paths: [SEED_DIR] });
    }
  });
});
