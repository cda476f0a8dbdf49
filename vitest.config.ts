import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the server and for Apollo alike (graphql 16 has no exports
    // map); Vite would hand the test files its ES build, a second copy whose types Apollo's schema is not
    // an instance of. One copy, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
