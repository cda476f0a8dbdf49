import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines for machines; readable lines when a person watches the terminal (unless production).
 * Secrets are redacted wherever they might appear in a logged object.
 */
export function createLogger(level: string, production: boolean): Logger {
  const pretty = !production && process.stdout.isTTY;
  return pino({
    level,
    base: undefined,
    redact: ['password', '*.password', 'config.neo4j.password', 'req.headers.authorization'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss.l' } } } : {}),
  });
}
