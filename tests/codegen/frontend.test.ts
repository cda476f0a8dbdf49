import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { seededServer } from '../helpers/api.js';
import type { TestServer } from '../helpers/server.js';

const run = promisify(execFile);
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

/** The TypeScript blocks of docs/frontend.md, in order. */
async function recipeBlocks(): Promise<string[]> {
  const text = await readFile(path.join(projectRoot, 'docs/frontend.md'), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

let dir: string;
let server: TestServer;

beforeAll(async () => {
  server = await seededServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-frontend-'));
  const blocks = await recipeBlocks();
  const config = blocks.find((block) => block.includes('CodegenConfig'));
  const question = blocks.find((block) => block.includes('graphql(`'));
  if (!config || !question) throw new Error('docs/frontend.md lost its codegen.ts or its question example');

  // Another repository: its own package.json and tsconfig, the schema copied in as the recipe says.
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'NodeNext', target: 'ES2022', noEmit: true, types: ['node'] },
      include: ['src', 'codegen.ts'],
    }),
  );
  await mkdir(path.join(dir, 'graphql'));
  await copyFile(
    path.join(projectRoot, 'docs/schema.graphql'),
    path.join(dir, 'graphql/conflict-graph.graphql'),
  );
  await mkdir(path.join(dir, 'src'));
  await writeFile(path.join(dir, 'codegen.ts'), config);
  await writeFile(path.join(dir, 'src/questions.ts'), question);
  await writeFile(
    path.join(dir, 'ask.ts'),
    "import { whoControls } from './src/questions.js';\n" +
      "console.log(JSON.stringify(await whoControls(process.argv[2]!, 'place:a-ruheibah')));\n",
  );
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('docs/frontend.md: codegen in another repository against docs/schema.graphql', () => {
  it('generates typed documents with the recipe’s codegen.ts, type-checks, and asks the real server', async () => {
    await run(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: dir });
    const generated = await readFile(path.join(dir, 'src/gql/graphql.ts'), 'utf8');
    expect(generated).toContain('export type WhoControlsQuery');

    await run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: dir });

    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'ask.ts', `${server.url}/graphql`], {
      cwd: dir,
    });
    expect(JSON.parse(stdout)).toEqual(['Syrian opposition (HELD)']);
  }, 120_000);
});
