import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { javaMajorVersion, preflight } from '../../src/localNeo4j/preflight.js';

/** A folder to use as the whole PATH, holding fake `java` / `mvn` commands that print what we say. */
async function fakePath(commands: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ckg-fake-bin-'));
  for (const [name, script] of Object.entries(commands)) {
    const file = path.join(dir, name);
    await writeFile(file, `#!/bin/sh\n${script}\n`);
    await chmod(file, 0o755);
  }
  return dir;
}

const java = (version: string) => `echo 'openjdk version "${version}" 2025-04-15' >&2`;

describe('preflight', () => {
  it('reads Java versions old and new', () => {
    expect(javaMajorVersion('java version "1.8.0_292"')).toBe(8);
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('nonsense')).toBeUndefined();
  });

  it('with no Java at all, says what to install and the two other ways', async () => {
    const bin = await fakePath({});
    expect(() => preflight({ PATH: bin }, true)).toThrow(
      /needs Java 17 or newer, but no Java was found \(nothing called java on PATH\).*Install a JDK 17\+ and Maven.*NEO4J_URI.*docker compose up/s,
    );
  });

  it('names a JAVA_HOME that holds no Java', () => {
    expect(() => preflight({ PATH: '/nonexistent', JAVA_HOME: '/opt/no-such-jdk' }, false)).toThrow(
      /JAVA_HOME=\/opt\/no-such-jdk/,
    );
  });

  it('refuses Java older than 17, naming the version found', async () => {
    const bin = await fakePath({ java: java('11.0.2') });
    expect(() => preflight({ PATH: bin }, false)).toThrow(
      /needs Java 17 or newer, but java is Java 11\..*NEO4J_URI/s,
    );
  });

  it('asks for Maven only when the jars still have to be fetched', async () => {
    const bin = await fakePath({ java: java('17.0.15') });
    expect(preflight({ PATH: bin }, false)).toEqual({ java: 'java' });
    expect(() => preflight({ PATH: bin }, true)).toThrow(
      /Maven was not found on PATH.*Install Maven 3\.8\+.*docker compose up/s,
    );
  });

  it('accepts the Java and Maven of this machine', () => {
    expect(preflight(process.env, true)).toEqual({ java: expect.stringMatching(/java$/), mvn: 'mvn' });
  });
});
