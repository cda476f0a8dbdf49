import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, anywhere below the field being resolved, for a field named one of `names`:
 * lets a resolver leave out of its query what no later level will read. Fragments count; `@skip` and
 * `@include` are not weighed, so a field that may be asked counts as asked (the safe side: at worst a
 * query reads what it did not need).
 */
export function selectsBelow(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const wanted = new Set(names);
  const seenFragments = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return wanted.has(selection.name.value) || visit(selection.selectionSet);
        case Kind.INLINE_FRAGMENT:
          return visit(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seenFragments.has(name)) return false;
          seenFragments.add(name);
          return visit(info.fragments[name]?.selectionSet);
        }
      }
    });
  return info.fieldNodes.some((field: FieldNode) => visit(field.selectionSet));
}
