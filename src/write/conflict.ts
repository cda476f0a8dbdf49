import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../errors/codes.js';

/** A write that lost to another: the id is taken, the statement already retracted, the key already used. */
export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`${message} Nothing was written.`, {
    extensions: { code: ERROR_CODES.CONFLICT, ...extensions },
  });
}

export interface ConstraintViolation {
  label: string;
  property: string;
  value: string;
}

/**
 * The node a uniqueness constraint refused, from Neo4j's error: "Node(12) already exists with label
 * `Entity` and property `id` = 'place:x'". Two writers creating one id both pass any check made before
 * their CREATE; the constraint lets one commit and refuses the other, and this tells which id it was.
 */
export function constraintViolation(error: unknown): ConstraintViolation | undefined {
  if (
    !(error instanceof Error) ||
    (error as { code?: string }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed'
  ) {
    return undefined;
  }
  const match = /label `([^`]+)` and property `([^`]+)` = '((?:[^'\\]|\\.)*)'/.exec(error.message);
  return match
    ? { label: match[1]!, property: match[2]!, value: match[3]!.replace(/\\(.)/g, '$1') }
    : undefined;
}
