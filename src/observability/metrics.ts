import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import { OperationLabels } from './operationLabel.js';

/** Seconds, from a 5 ms lookup to the 10 s that public APIs cut requests off at. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const QUERY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Codes are ours or a library's, but bound them anyway: a label must never grow with traffic. */
const CODE_SHAPE = /^[A-Z][A-Z0-9_]{2,63}$/;
const MAX_CODES = 50;

export interface FinishedRequest {
  /** As src/observability/operationLabel.ts understands it: null anonymous, undefined unresolved. */
  operationName: string | null | undefined;
  seconds: number;
  status: number;
  errorCodes: readonly string[];
}

export interface MetricsSources {
  db: Database;
  /** Whether Neo4j answered at the last look (the circuit breaker's view). */
  databaseUp: () => boolean;
}

/**
 * The service's Prometheus metrics, in a registry of its own (never prom-client's global one, which a
 * second app in the same process, as in the tests, would collide with).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new OperationLabels();
  private readonly codes = new Set<string>();
  private readonly requestDuration: Histogram<'operation'>;
  private readonly inFlight: Gauge;
  private readonly errors: Counter<'code'>;
  private readonly stopListening: () => void;

  constructor({ db, databaseUp }: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a /graphql request to sending its response, by operation name',
      labelNames: ['operation'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.inFlight = new Gauge({
      name: 'graphql_requests_in_flight',
      help: '/graphql requests received and not yet answered',
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors sent to clients, by extensions.code (HTTP_<status> for requests refused before GraphQL)',
      labelNames: ['code'],
      registers,
    });
    const queries = new Counter({
      name: 'neo4j_queries_total',
      help: 'Cypher queries sent to Neo4j, by outcome',
      labelNames: ['outcome'],
      registers,
    });
    const queryDuration = new Histogram({
      name: 'neo4j_query_duration_seconds',
      help: 'Time from sending a Cypher query to having its whole result',
      buckets: QUERY_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'neo4j_sessions_open',
      help: 'Driver sessions open now; each holds at most one pooled connection (the pool allows 100)',
      registers,
      collect() {
        this.set(db.openSessions);
      },
    });
    new Gauge({
      name: 'neo4j_up',
      help: '1 while Neo4j answers, 0 while requests are refused with SERVICE_UNAVAILABLE',
      registers,
      collect() {
        this.set(databaseUp() ? 1 : 0);
      },
    });
    // Both series exist from the start, so a rate() over them is defined before the first failure.
    queries.inc({ outcome: 'ok' }, 0);
    queries.inc({ outcome: 'failed' }, 0);
    this.stopListening = db.onQuery((millis, failed) => {
      queries.inc({ outcome: failed ? 'failed' : 'ok' });
      queryDuration.observe(millis / 1000);
    });
  }

  requestStarted(): void {
    this.inFlight.inc();
  }

  requestFinished({ operationName, seconds, status, errorCodes }: FinishedRequest): void {
    this.inFlight.dec();
    this.requestDuration.observe({ operation: this.operations.labelFor(operationName) }, seconds);
    const codes = errorCodes.length === 0 && status >= 400 ? [`HTTP_${status}`] : errorCodes;
    for (const code of codes) this.errors.inc({ code: this.codeLabel(code) });
  }

  private codeLabel(code: string): string {
    if (!CODE_SHAPE.test(code)) return 'OTHER';
    if (!this.codes.has(code) && this.codes.size >= MAX_CODES) return 'OTHER';
    this.codes.add(code);
    return code;
  }

  /** The app is stopping: stop counting this database's queries. */
  stop(): void {
    this.stopListening();
  }
}
