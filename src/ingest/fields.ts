import { z } from 'zod';
import { isAfter, latestToday, yearProblem } from '../dates/bounds.js';
import { parsePartialDate, PartialDateError, PRECISIONS, precisionOf } from '../dates/partialDate.js';
import { textProblem, type TextRules } from './text.js';

/** The free text and date fields of seed content (schema.ts puts them together). */

/**
 * Bounds no real source comes near, so that a careless or hostile input (a mutation, a generated file)
 * cannot make one node or one statement enormous.
 */
export const INPUT_BOUNDS = { text: 10_000, aliases: 200, attributions: 100 } as const;

const freeText = (rules: TextRules) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(INPUT_BOUNDS.text, `must be at most ${INPUT_BOUNDS.text.toLocaleString('en')} characters`)
    .superRefine((value, ctx) => {
      const problem = textProblem(value, rules);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
/** A name, a title, a word: one line. */
export const text = freeText({ multiline: false });
/** A description, a quote, a note: line breaks and tabs allowed. */
export const prose = freeText({ multiline: true });

/**
 * A date as YYYY-MM-DD, YYYY-MM or YYYY (precision follows from the form), in the years the graph takes
 * (src/dates/bounds.ts); `past`: not after today, for when a source was published or a claim reported.
 */
const dateString = (past: boolean) =>
  z.union([z.string(), z.number().int()]).transform((v, ctx) => {
    const value = String(v);
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    try {
      const date = parsePartialDate(value);
      const today = latestToday();
      const problem = yearProblem(date, today);
      if (problem) return fail(problem);
      if (past && isAfter(date, today)) {
        return fail(`"${value}" is after today (${today}): it cannot have been published or reported yet`);
      }
    } catch (error) {
      if (error instanceof PartialDateError) return fail(error.message);
      throw error;
    }
    return value;
  });

/** A date, short or in the long form `{ date, precision, text }` that also keeps the source's words. */
const dateInputOf = (past: boolean) =>
  z.union([
    dateString(past).transform((value) => ({ value, text: undefined as string | undefined })),
    z
      .strictObject({
        date: dateString(past),
        precision: z.enum(PRECISIONS as [string, ...string[]]).optional(),
        text: text.optional(),
      })
      .superRefine((d, ctx) => {
        if (d.precision && precisionOf(d.date) !== d.precision) {
          ctx.addIssue({
            code: 'custom',
            path: ['precision'],
            message: `precision is ${d.precision} but the date "${d.date}" is written to the ${precisionOf(d.date)}`,
          });
        }
      })
      .transform((d) => ({ value: d.date, text: d.text })),
  ]);

/** When something was so: may lie ahead for what is expected (validate.ts). */
export const dateInput = dateInputOf(false);
/** When a source was published or a claim made: never after today. */
export const pastDateInput = dateInputOf(true);
export type DateInput = z.output<typeof dateInput>;
