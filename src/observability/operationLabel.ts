/**
 * Operation names come from clients, so used as a metric label as they are, they would let anyone grow
 * the metrics without bound (one time series per name sent). Names are kept only if they look like
 * GraphQL names, and only the first `cap` distinct ones; the rest share a fixed label.
 */
export const ANONYMOUS = '(anonymous)';
/** The request never got as far as a known operation (refused, unparsable, or no such operation). */
export const UNKNOWN = '(unknown)';
export const OTHER = '(other)';

const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly cap = 100) {}

  /** `null`: the operation has no name; `undefined`: no operation was resolved. */
  labelFor(name: string | null | undefined): string {
    if (name === undefined) return UNKNOWN;
    if (name === null || name === '') return ANONYMOUS;
    if (!SAFE_NAME.test(name)) return OTHER;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.cap) return OTHER;
    this.seen.add(name);
    return name;
  }
}

/** A client-sent name fit to appear in a log line, or undefined. */
export function safeName(name: unknown): string | undefined {
  return typeof name === 'string' && SAFE_NAME.test(name) ? name : undefined;
}
