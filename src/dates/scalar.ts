import { GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from './partialDate.js';

/**
 * The `Date` scalar: a day, a month or a year, as written. Input is checked (a real calendar date, in one
 * of the three forms) and kept as written, so its precision is never lost.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize(value) {
    if (typeof value !== 'string') throw new TypeError(`Date cannot represent ${String(value)}`);
    return parsePartialDate(value).value;
  },
  parseValue(value) {
    if (typeof value !== 'string') {
      throw new TypeError(
        `a Date is a string such as "2018-04-23", "2018-04" or "2018", not ${JSON.stringify(value)}`,
      );
    }
    return parsePartialDate(value).value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new TypeError('a Date is a string such as "2018-04-23", "2018-04" or "2018"');
    }
    return parsePartialDate(ast.value).value;
  },
});
