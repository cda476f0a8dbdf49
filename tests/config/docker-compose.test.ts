import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/env.js';
import { projectRoot } from '../../src/config/paths.js';

// docker-compose.yml cannot run on the project's machines, so these checks keep it in step by reading it.
const compose = parse(readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'));
const pom = readFileSync(path.join(projectRoot, 'scripts/neo4j/pom.xml'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs the same Neo4j line (5.26 Community) as the local launcher', () => {
    const localVersion = /<neo4j\.version>(\d+\.\d+)\.\d+<\/neo4j\.version>/.exec(pom)?.[1];
    expect(localVersion).toBe('5.26');
    expect(compose.services.neo4j.image).toBe(`neo4j:${localVersion}-community`);
  });

  it('gives the API a configuration the server accepts, pointing at the neo4j service', () => {
    const env = { ...compose.services.api.environment, NEO4J_PASSWORD: loadConfig({}).neo4j.password };
    const config = loadConfig(env);
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.http.host).toBe('0.0.0.0');
  });

  it('uses the development password default of the local setup, and waits for a healthy Neo4j', () => {
    const defaultPassword = loadConfig({}).neo4j.password;
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toBe(
      `neo4j/\${NEO4J_PASSWORD:-${defaultPassword}}`,
    );
    expect(compose.services.api.environment.NEO4J_PASSWORD).toBe(`\${NEO4J_PASSWORD:-${defaultPassword}}`);
    expect(compose.services.api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('RETURN 1');
  });
});
