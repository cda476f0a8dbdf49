import path from 'node:path';
import type { LocalNeo4jSettings } from '../config/env.js';

/** Where one local Neo4j keeps its files; everything sits under the data folder of its settings. */
export function layout(dataDir: string) {
  return {
    home: dataDir,
    confDir: path.join(dataDir, 'conf'),
    confFile: path.join(dataDir, 'conf', 'neo4j.conf'),
    data: path.join(dataDir, 'data'),
    logs: path.join(dataDir, 'logs'),
    userLog: path.join(dataDir, 'logs', 'neo4j.log'),
  };
}

/** neo4j.conf for a development server: loopback only, Bolt only, no phoning home. */
export function renderNeo4jConf(settings: LocalNeo4jSettings): string {
  const dirs = layout(settings.dataDir);
  return [
    '# Written by src/localNeo4j at every start: change the NEO4J_LOCAL_* variables, not this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${dirs.data}`,
    `server.directories.logs=${dirs.logs}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    'dbms.usage_report.enabled=false',
    // Neo4j's default keeps the Bolt event loops alive for 5 + 5 s after the databases have stopped;
    // nothing is left to drain by then, and a fast stop matters for tests and Ctrl-C.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.dbms.bolt.netty_server_shutdown_timeout=2',
    '',
  ].join('\n');
}

/** JVM flags from Neo4j's own default neo4j.conf that matter when the JVM is started without its scripts. */
export function jvmArguments(settings: LocalNeo4jSettings): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dconflictgraph.exitWithParent=true',
    // Lets `ps` (and the test that looks for orphans) tell which JVM belongs to which data folder.
    `-Dconflictgraph.dataDir=${settings.dataDir}`,
  ];
}
