/**
 * TEST_NEO4J_SCHEME=neo4j runs the suite over the routing (cluster) code path against the same single
 * server: `npm test` runs it once with bolt:// and once with neo4j://. Every URI a test hands to a
 * driver goes through here, the suite's own (tests/setup/neo4j.global.ts) and those of the Neo4j
 * servers some tests start for themselves.
 */
export function withTestScheme(uri: string): string {
  const scheme = process.env.TEST_NEO4J_SCHEME;
  if (!scheme) return uri;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?$/.test(scheme)) {
    throw new Error(`TEST_NEO4J_SCHEME=${scheme}: must be bolt or neo4j (optionally +s or +ssc)`);
  }
  return uri.replace(/^[a-z0-9+]+:\/\//, `${scheme}://`);
}
