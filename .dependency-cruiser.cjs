/**
 * The layers of src/, lowest first; a module imports only from its own layer or below, and nothing
 * imports in a circle. `npm run lint` checks both (docs/development.md, "Layers").
 *
 *   foundation      config, logging, dates, errors
 *   infrastructure  db (driver, migrations, circuit breaker), request (ids, scope, bookmarks), loaders
 *                   (the DataLoader kit), pagination, auth, localNeo4j
 *   domains         entity, statement, control, disagreement, relations, path, search, audit, node
 *   write model     ingest
 *   writers         write (mutations), seed (files and the command), generate (synthetic data)
 *   serving         limits, observability, server, cli, and the roots context.ts, schema.ts, migrate.ts,
 *                   main.ts
 *
 * Two kinds of import reach up by design and are allowed as types only: every resolver is handed the
 * composed request context (src/context.ts), and the generated resolver types (src/generated/) map schema
 * types onto the domains' row types.
 */
const FOUNDATION = '^src/(config|logging|dates|errors|auth)/';
const INFRASTRUCTURE = '^src/(db|request|loaders|pagination|localNeo4j)/';
const DOMAINS = '^src/(entity|statement|control|disagreement|relations|path|search|audit|node)/';
const WRITE_MODEL = '^src/(ingest/|migrate\\.ts$)';
const WRITERS = '^src/(write|seed|generate)/';
const SERVING = '^src/((limits|observability|server|cli)/|(context|schema|main)\\.ts$)';
const TYPES_FROM_ABOVE = '^src/(context\\.ts$|generated/)';

const above = (name, from, ...higher) => ({
  name,
  severity: 'error',
  comment: `${name}: a module of this layer imports from a layer above it`,
  from: { path: from },
  to: { path: higher, pathNot: TYPES_FROM_ABOVE },
});
const typesOnly = {
  name: 'types-from-above',
  severity: 'error',
  comment: 'the request context and the generated resolver types may be imported as types only',
  from: { path: '^src/', pathNot: `${SERVING}|^src/generated/` },
  to: { path: TYPES_FROM_ABOVE, dependencyTypesNot: ['type-only'] },
};

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'modules that import each other, directly or through others',
      from: {},
      to: { circular: true, viaNot: '^src/generated/' },
    },
    above('foundation', FOUNDATION, INFRASTRUCTURE, DOMAINS, WRITE_MODEL, WRITERS, SERVING),
    above('infrastructure', INFRASTRUCTURE, DOMAINS, WRITE_MODEL, WRITERS, SERVING),
    above('domains', DOMAINS, WRITE_MODEL, WRITERS, SERVING),
    above('write-model', WRITE_MODEL, WRITERS, SERVING),
    above('writers', WRITERS, SERVING),
    typesOnly,
    {
      name: 'src-stands-alone',
      severity: 'error',
      comment: 'the server does not import tests, the benchmark, scripts or the seed command',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|scripts|seed)/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
