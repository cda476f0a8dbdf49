import type { z } from 'zod';
import { formatPath, type Problem } from './problems.js';
import { seedFileSchema, type SeedFile } from './schema.js';

/**
 * One document of input, however it arrived: a seed file read from disk (src/seed/parse.ts) or a
 * mutation's input put in the same shape (src/write/validate.ts). Problems are located in it by path.
 */
export interface InputDocument {
  /** As shown in messages: relative to the working directory. */
  file: string;
  absolutePath: string;
  /** The folder its text files must be in (see collectSeedFiles); absent for API input, which names none. */
  seedRoot?: string;
  content?: SeedFile;
  /** The line of the value at a path, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  problems: Problem[];
}

const TYPE_WORDS: Record<string, string> = { object: 'a mapping', array: 'a list', null: 'empty' };

function typeWord(type: string): string {
  return TYPE_WORDS[type] ?? `a ${type}`;
}

/** zod's issues, reworded for data editors, each with the path of the field it is about. */
interface Explained {
  path: PropertyKey[];
  message: string;
  /** Only that the value is of another type: the least telling reason a union branch can give. */
  wrongType?: boolean;
}

function explain(issue: z.core.$ZodIssue): Explained[] {
  const at = issue.path as PropertyKey[];
  switch (issue.code) {
    case 'invalid_union': {
      // A date may be written short or long: report the reason of the form the editor used.
      const branches = issue.errors.map((branch) => branch.flatMap((sub) => explain(sub)));
      const custom = branches.find((b) => b.length > 0 && b.every((x) => !x.wrongType));
      const chosen = custom ?? branches[0] ?? [];
      return chosen.length
        ? chosen.map((x) => ({ ...x, path: [...at, ...x.path] }))
        : [{ path: at, message: issue.message }];
    }
    case 'invalid_type': {
      // zod leaves the input out of its issues; its message says what it received.
      const received = /received (\w+)/.exec(issue.message)?.[1] ?? 'something else';
      return [
        {
          path: at,
          wrongType: received !== 'undefined' && issue.expected !== 'null',
          message:
            received === 'undefined'
              ? 'is required'
              : `must be ${typeWord(issue.expected)}, not ${typeWord(received)}`,
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...at, key], message: `unknown field "${key}" (a typo?)` }));
    case 'invalid_value':
      return [
        {
          path: at,
          message: `${JSON.stringify(issue.input)} is not allowed: use one of ${issue.values.map((v) => String(v)).join(', ')}`,
        },
      ];
    default:
      return [{ path: at, message: issue.message }];
  }
}

/**
 * Checks the shape of seed content however it arrived (a YAML file, or a mutation's input turned into
 * the same shape): the one set of rules for both.
 */
export function checkContent(raw: unknown, parsed: InputDocument): InputDocument {
  const result = seedFileSchema.safeParse(raw);
  if (!result.success) {
    parsed.problems = result.error.issues.flatMap(explain).map(({ path: at, message }) => ({
      code: 'SHAPE' as const,
      file: parsed.file,
      line: parsed.lineOf(at),
      path: formatPath(at),
      message,
    }));
    return parsed;
  }
  parsed.content = result.data;
  return parsed;
}
