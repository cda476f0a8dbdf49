/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kinds of thing the graph knows about. Each entity has exactly one. */
export type EntityType =
  /** An agreement between parties, such as a reconciliation or evacuation deal. */
  | 'AGREEMENT'
  /** A published piece of reporting: the document the facts were taken from. */
  | 'ARTICLE'
  /** A reference source that is not reporting, such as a gazetteer: the origin of background facts. */
  | 'DATASET'
  /** Something that happened at a time and place, such as a round of evacuations. */
  | 'EVENT'
  /** An armed group, a state, a coalition of factions, a foreign state. */
  | 'FACTION'
  /** An outlet or a group of sources that reports: a news agency, a newspaper, unnamed sources on the ground. */
  | 'MEDIA_SOURCE'
  /** A named person, such as a spokesman. */
  | 'PERSON'
  /** A country, province, region, city, town or suburb. */
  | 'PLACE';

/** How a search result matched the query. */
export type SearchMatch =
  /** A name or alias equals the query (after normalisation). */
  | 'EXACT'
  /** A name or alias is close to the query: a spelling variant the normalisation does not fold. */
  | 'FUZZY'
  /** A name or alias starts with the query, or one of its words does. */
  | 'PREFIX';

export type EntityByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityByIdQuery = { entity:
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null }
    | { kind: string | null, id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null }
    | { id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null }
    | { kind: string | null, id: string, type: EntityType, name: string, aliases: Array<string>, description: string | null }
   | null };

export type SearchEntitiesQueryVariables = Exact<{
  query: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchEntitiesQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, match: SearchMatch, matchedName: string, node:
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
        | { id: string, type: EntityType, name: string }
       }> } };


export const EntityByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Faction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<EntityByIdQuery, EntityByIdQueryVariables>;
export const SearchEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEntitiesQuery, SearchEntitiesQueryVariables>;