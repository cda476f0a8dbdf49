import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real Neo4j for the whole run (tests/setup/neo4j.global.ts); Community has one user database,
    // so test files take turns and each starts from an empty graph (tests/setup/clean-graph.ts).
    globalSetup: ['tests/setup/neo4j.global.ts'],
    setupFiles: ['tests/setup/clean-graph.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
