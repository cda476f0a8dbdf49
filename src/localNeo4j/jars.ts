import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../config/paths.js';
import { LocalNeo4jError, preflight, type JavaTools } from './preflight.js';

const mavenProject = path.join(projectRoot, 'scripts', 'neo4j');
const pom = path.join(mavenProject, 'pom.xml');
const launcherSource = path.join(mavenProject, 'src/main/java/conflictgraph/neo4j/Launcher.java');

export const localRoot = path.join(projectRoot, '.neo4j-local');
export const libDir = path.join(localRoot, 'lib');
const stampFile = path.join(libDir, '.fetched-from');

export const LAUNCHER_CLASS = 'conflictgraph.neo4j.Launcher';

/** Changes whenever the pom or the launcher does, so an edit to either refetches and rebuilds. */
function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of [pom, launcherSource]) hash.update(readFileSync(file));
  return hash.digest('hex');
}

export function jarsAreCurrent(): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === inputsDigest();
}

function runMaven(mvn: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // Aborting kills Maven; the stamp is not written, so the next start fetches again from a clean folder.
    const child = spawn(mvn, ['-B', '-q', '-f', pom, 'package'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const tail = output.trim().split('\n').slice(-30).join('\n');
      reject(
        new LocalNeo4jError(
          `Fetching Neo4j with Maven failed (exit ${code}). Maven said:\n${tail}\n` +
            `Check that Maven can reach its central repository, then run the command again. ` +
            `To skip the local Neo4j, set NEO4J_URI to a Neo4j you run yourself, or use \`docker compose up\`.`,
        ),
      );
    });
  });
}

/**
 * Makes sure Neo4j's jars and the launcher are in .neo4j-local/lib, fetching them with Maven only when
 * they are missing or the pom changed; otherwise it only checks Java, so warm starts stay instant.
 */
export async function ensureNeo4jJars(
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
  signal?: AbortSignal,
): Promise<JavaTools> {
  if (jarsAreCurrent()) return preflight(env, false);
  const tools = preflight(env, true);
  log('Fetching Neo4j Community with Maven into .neo4j-local/lib (once; about 130 MB)...');
  const started = Date.now();
  // A clean folder, so jars of an older Neo4j version never end up on the classpath beside the new ones.
  await rm(libDir, { recursive: true, force: true });
  await mkdir(libDir, { recursive: true });
  await runMaven(tools.mvn ?? 'mvn', env, signal);
  await writeFile(stampFile, `${inputsDigest()}\n`);
  log(`Fetched Neo4j in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return tools;
}
