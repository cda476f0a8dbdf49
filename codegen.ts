import type { CodegenConfig } from '@graphql-codegen/cli';

const entityRow = '../entity/rows.js#EntityRow';
const linkEdgeRow = '../relations/rows.js#LinkEdgeRow';
// Dates travel as validated strings (YYYY, YYYY-MM or YYYY-MM-DD) both ways.
const scalars = { Date: { input: 'string', output: 'string' } };

/**
 * `npm run codegen` writes everything under src/generated/ from schema/ (the source of truth) and the
 * example operations in examples/, and the whole schema as one file, docs/schema.graphql. The files are
 * committed and never edited by hand; a test fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  documents: 'examples/**/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    // One file with every type and description, for clients in other repositories (docs/frontend.md):
    // their codegen reads it, with no server to introspect.
    'docs/schema.graphql': { plugins: ['schema-ast'] },
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars,
        useIndexSignature: true,
        mappers: {
          Faction: entityRow,
          Place: entityRow,
          MediaSource: entityRow,
          Person: entityRow,
          Agreement: entityRow,
          Event: entityRow,
          Article: entityRow,
          Dataset: entityRow,
          Statement: '../statement/rows.js#StatementRow',
          Attribution: '../statement/rows.js#AttributionRow',
          DateValue: '../dates/dateValue.js#DateValueRow',
          Control: '../control/rows.js#ControlRow',
          ControlPeriod: '../control/rows.js#ControlPeriodRow',
          Disagreement: '../disagreement/rows.js#DisagreementRow',
          Path: '../path/rows.js#PathRow',
          PathStep: '../path/rows.js#PathStepRow',
          AgreementParty: '../relations/rows.js#LinkRow',
          PlaceEdge: linkEdgeRow,
          AgreementEdge: linkEdgeRow,
        },
      },
    },
    'src/generated/client/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
