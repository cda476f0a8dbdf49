import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { currentScope } from '../request/scope.js';
import { pingCypher } from './probeQueries.js';

export interface DatabaseSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export interface DatabaseOptions {
  /** Keep the driver's long waits and retries (30 s and more), for batch jobs such as the seed. */
  patient?: boolean;
  /** Neo4j aborts a transaction that runs longer (the API's per-request budget); none when unset. */
  transactionTimeoutMs?: number;
}

/** Told about every query: how long it took, and whether it failed. */
export type QueryListener = (millis: number, failed: boolean) => void;

/**
 * Wraps every session's work (src/db/circuitBreaker.ts): may refuse it at once when the
 * database is known to be away, or give up waiting for it when the database stops answering.
 */
export type WorkGuard = <T>(work: () => Promise<T>) => Promise<T>;

const unguarded: WorkGuard = (work) => work();

/** Database.ping's own "no answer in time": anything the driver or Neo4j throws means something else. */
export class PingTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'PingTimeoutError';
  }
}

/** Host and port of a Bolt URI (bolt://, neo4j://, +s, +ssc), 7687 when it names none; undefined if unparsable. */
export function boltAddressOfUri(uri: string): { host: string; port: number } | undefined {
  try {
    const url = new URL(uri);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    return host ? { host, port: url.port ? Number(url.port) : 7687 } : undefined;
  } catch {
    return undefined;
  }
}

/** A JavaScript number as a Cypher integer: SKIP and LIMIT refuse the floats numbers are sent as. */
export const cypherInt = (value: number) => neo4j.int(value);

/**
 * The one owner of the neo4j-driver instance. Everything else reads through read() and writes through
 * write(), which are managed transactions: on a cluster (neo4j:// routing) reads go to any member and
 * writes to the leader, and transient failures are retried by the driver.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  /** Where the driver connects first (the server, or a cluster's router), for probes outside the driver. */
  readonly address: { host: string; port: number } | undefined;
  private isClosed = false;
  private queries = 0;
  private readonly listeners: QueryListener[] = [];
  private guard: WorkGuard = unguarded;
  private sessions = 0;
  private readonly txConfig: { timeout?: number };

  constructor(settings: DatabaseSettings, options: DatabaseOptions = {}) {
    this.name = settings.database;
    this.address = boltAddressOfUri(settings.uri);
    this.txConfig = options.transactionTimeoutMs ? { timeout: options.transactionTimeoutMs } : {};
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      // The driver's defaults wait up to a minute when the database is away; an API request should not.
      ...(options.patient
        ? {}
        : { connectionTimeout: 3000, connectionAcquisitionTimeout: 5000, maxTransactionRetryTime: 3000 }),
      userAgent: 'conflict-knowledge-graph',
      // Counts and totals are small; plain numbers spare every caller the driver's Integer objects.
      disableLosslessIntegers: true,
    });
  }

  /** A session on our database for the length of `use`, always closed (leaked sessions drain the pool). */
  private withSession<T>(mode: 'READ' | 'WRITE', use: (session: Session) => Promise<T>): Promise<T> {
    return this.guard(async () => {
      // Sessions of one request share its bookmarks: a read after a write sees it, even on a follower.
      const session = this.driver.session({
        database: this.name,
        defaultAccessMode: neo4j.session[mode],
        bookmarkManager: currentScope()?.bookmarks,
      });
      this.sessions += 1;
      try {
        return await use(session);
      } finally {
        this.sessions -= 1;
        await session.close();
      }
    });
  }

  /**
   * Sessions open right now. Each holds at most one pooled connection while its transaction runs, and
   * neo4j-driver 6 has no public figure for its pool, so this is the pool usage the metrics report.
   */
  get openSessions(): number {
    return this.sessions;
  }

  /** Puts `guard` around all session work from now on; the returned function takes it away again. */
  useGuard(guard: WorkGuard): () => void {
    this.guard = guard;
    return () => {
      if (this.guard === guard) this.guard = unguarded;
    };
  }

  /**
   * How many queries have been sent to the driver since start: the measure of round trips behind the
   * batching guarantee (a request's count grows with its depth, not with its results).
   */
  get queriesSent(): number {
    return this.queries;
  }

  /** Listens to every query from now on (metrics); the returned function stops listening. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  private counted(started: number, failed: boolean) {
    const millis = performance.now() - started;
    const scope = currentScope();
    if (scope) scope.dbMillis += millis;
    for (const listener of this.listeners) listener(millis, failed);
  }

  private counting(tx: ManagedTransaction): ManagedTransaction {
    const sent = () => {
      this.queries += 1;
      const scope = currentScope();
      if (scope) scope.queries += 1;
      return performance.now();
    };
    const done = (started: number, failed: boolean) => this.counted(started, failed);
    return new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
        return (...args: Parameters<ManagedTransaction['run']>) => {
          const started = sent();
          const result = target.run(...args);
          // A Result is consumed by awaiting it; observe that without changing what the caller gets.
          result.then(
            () => done(started, false),
            () => done(started, true),
          );
          return result;
        };
      },
    });
  }

  read<T>(work: Work<T>): Promise<T> {
    return this.withSession('READ', (session) =>
      session.executeRead((tx) => work(this.counting(tx)), this.txConfig),
    );
  }

  write<T>(work: Work<T>): Promise<T> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite((tx) => work(this.counting(tx)), this.txConfig),
    );
  }

  /**
   * Runs write work and rolls it back: what a dry run would change, computed by the same queries as the
   * real run, with nothing kept.
   */
  writeThenRollBack<T>(work: Work<T>): Promise<T> {
    return this.withSession('WRITE', async (session) => {
      const tx = session.beginTransaction(this.txConfig);
      try {
        // An explicit transaction offers run() like a managed one; the work uses nothing else.
        return await work(this.counting(tx as unknown as ManagedTransaction));
      } finally {
        await tx.rollback().catch(() => undefined);
      }
    });
  }

  /**
   * One query, no retries, bounded in time: a health probe must answer "no" quickly when the database
   * is away, where read() would keep retrying for its whole retry budget.
   */
  async ping(timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run(pingCypher),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new PingTimeoutError(timeoutMs)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  get closed(): boolean {
    return this.isClosed;
  }

  close(): Promise<void> {
    this.isClosed = true;
    return this.driver.close();
  }
}
