import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { clipped, LOG_TEXT_MAX } from './clip.js';

export type { Logger };

/** Every top-level text field (and text in a top-level list) bounded, whoever logs it. */
function boundedFields(object: Record<string, unknown>): Record<string, unknown> {
  const long = (item: unknown) => typeof item === 'string' && item.length > LOG_TEXT_MAX;
  const clip = (item: unknown) => (typeof item === 'string' ? clipped(item, LOG_TEXT_MAX) : item);
  let bounded: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(object)) {
    // A copy, made only when needed: the caller's object is not ours to change.
    if (long(value)) (bounded ??= { ...object })[key] = clip(value);
    else if (Array.isArray(value) && value.some(long)) (bounded ??= { ...object })[key] = value.map(clip);
  }
  return bounded ?? object;
}

/** Errors as pino writes them, their message and stack bounded (a message may quote a client's input). */
function boundedError(error: Error): Record<string, unknown> {
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of ['message', 'stack']) {
    const value = serialized[key];
    if (typeof value === 'string') serialized[key] = clipped(value, LOG_TEXT_MAX);
  }
  return serialized;
}

/**
 * JSON lines for machines; readable lines when a person watches the terminal (unless production).
 * Secrets are redacted wherever they might appear in a logged object (a second line of defence: the
 * request log writes no headers and no variable values at all). Text fields are bounded in length (a
 * backstop: what comes from clients is clipped much shorter where it is logged, src/logging/clip.ts).
 * `destination` is for tests that read the lines back.
 */
export function createLogger(level: string, production: boolean, destination?: DestinationStream): Logger {
  const pretty = !production && process.stdout.isTTY && !destination;
  const options = {
    level,
    base: undefined,
    redact: [
      'password',
      '*.password',
      'config.neo4j.password',
      'req.headers.authorization',
      'req.headers["x-api-key"]',
      'req.headers.cookie',
      'headers.authorization',
      'headers["x-api-key"]',
    ],
    formatters: { log: boundedFields },
    serializers: { err: boundedError },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss.l' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
