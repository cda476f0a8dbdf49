import { spawnSync } from 'node:child_process';
import path from 'node:path';

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

const ALTERNATIVES =
  'Or use a Neo4j you already run: set NEO4J_URI (for example bolt://localhost:7687, or neo4j+s://<id>.databases.neo4j.io for Aura), ' +
  'or start one with Docker: `docker compose up`.';

export interface JavaTools {
  java: string;
  /** Present only when Maven was asked for (the jars are not fetched yet). */
  mvn?: string;
}

/** The java binary to run Neo4j with: JAVA_HOME's when set, as the neo4j scripts do, else PATH's. */
function javaCommand(env: NodeJS.ProcessEnv): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** "17.0.15" -> 17, "1.8.0_292" -> 8 */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * Checks that this machine can fetch and run Neo4j before anything is downloaded or started, so a
 * newcomer gets one message that says what to install instead of a Java stack trace.
 */
export function preflight(env: NodeJS.ProcessEnv, needMaven: boolean): JavaTools {
  const java = javaCommand(env);
  const javaRun = spawnSync(java, ['-version'], { env, encoding: 'utf8' });
  if (javaRun.error) {
    throw new LocalNeo4jError(
      `The project starts its own Neo4j when NEO4J_URI is not set, and that needs Java 17 or newer, but no Java was found ` +
        `(${env.JAVA_HOME ? `JAVA_HOME=${env.JAVA_HOME}` : 'nothing called java on PATH'}). ` +
        `Install a JDK 17+ and Maven 3.8+ (for example: apt-get install openjdk-17-jdk maven). ${ALTERNATIVES}`,
    );
  }
  const major = javaMajorVersion(`${javaRun.stderr}${javaRun.stdout}`);
  if (major === undefined || major < 17) {
    throw new LocalNeo4jError(
      `The project's own Neo4j 5 needs Java 17 or newer, but ${java} is ${major === undefined ? 'of unknown version' : `Java ${major}`}. ` +
        `Install a JDK 17+ (for example: apt-get install openjdk-17-jdk) and put it first on PATH or in JAVA_HOME. ${ALTERNATIVES}`,
    );
  }
  if (!needMaven) return { java };

  const mvn = 'mvn';
  const mvnRun = spawnSync(mvn, ['-v'], { env, encoding: 'utf8' });
  if (mvnRun.error || mvnRun.status !== 0) {
    throw new LocalNeo4jError(
      `The project fetches Neo4j once with Maven, but Maven was not found on PATH. ` +
        `Install Maven 3.8+ (for example: apt-get install maven); after the first fetch it is not needed again. ${ALTERNATIVES}`,
    );
  }
  return { java, mvn };
}
