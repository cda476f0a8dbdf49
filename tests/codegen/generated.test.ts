import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { projectRoot } from '../../src/config/paths.js';

// As `npm run codegen` runs it: @graphql-codegen/cli's CommonJS build loads the plugins package.json pins
// from the project; its ES build would load the older ones cli 6 (the last for Node 20) keeps for itself.
const { generate } = createRequire(import.meta.url)(
  '@graphql-codegen/cli',
) as typeof import('@graphql-codegen/cli');

describe('generated types', () => {
  it('match what `npm run codegen` makes from schema/ and examples/ now (run it and commit when this fails)', async () => {
    const outputs = await generate({ ...config, cwd: projectRoot, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(path.resolve(projectRoot, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});
