import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schema.js';

/** Every named thing in our SDL that has no description: the SDL is the researchers' manual. */
function undocumented(): string[] {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Built-in scalars (String, ID, ...) come with graphql-js's own descriptions; ours must have one too.
    if (type.name.startsWith('__')) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the SDL', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(undocumented()).toEqual([]);
  });
});
