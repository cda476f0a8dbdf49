import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines for machines; readable lines when a person watches the terminal (unless production).
 * Secrets are redacted wherever they might appear in a logged object (a second line of defence: the
 * request log writes no headers and no variable values at all). `destination` is for tests that read
 * the lines back.
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
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss.l' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
