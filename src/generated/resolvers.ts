import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRow } from '../entity/rows.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An agreement between parties, such as a reconciliation deal. */
export type Agreement = Entity & Node & {
  __typename?: 'Agreement';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
};

/** A published article: the document statements are taken from. */
export type Article = Entity & Node & {
  __typename?: 'Article';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
};

/** A reference source that is not reporting, such as a gazetteer, cited by background statements. */
export type Dataset = Entity & Node & {
  __typename?: 'Dataset';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
};

/**
 * Something the graph knows about: a faction, a place, a media source, a person, an agreement, an event, an
 * article or a dataset. What is said about an entity is held in statements, each with its sources.
 */
export type Entity = {
  /** Other names it is known by: transliterations, Arabic script, short forms. Search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id, such as `place:a-ruheibah`. */
  id: Scalars['ID']['output'];
  /** The name the graph uses for it, in English transliteration where the source was in Arabic. */
  name: Scalars['String']['output'];
  /** Which kind of entity this is. */
  type: EntityType;
};

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

/** Something that happened: an evacuation round, a convoy's arrival, a military offensive. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What sort of event: `evacuation`, `arrival`, `offensive`, ... */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  type: EntityType;
};

/** An armed group, a state or a coalition of armed groups. */
export type Faction = Entity & Node & {
  __typename?: 'Faction';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What sort of faction: `state`, `armed group`, `coalition`, `foreign state`, ... */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  type: EntityType;
};

/** Who reports: a news outlet, a state news agency, or a group of sources such as `opposition sources on the ground`. */
export type MediaSource = Entity & Node & {
  __typename?: 'MediaSource';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What sort of source: `state media`, `independent`, `opposition media`, `unnamed sources`, ... */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  type: EntityType;
};

/**
 * An object with a global id, stable across releases and data reloads. Entity ids are readable slugs of the
 * form `<type>:<name>`, such as `place:a-ruheibah` or `faction:syrian-government`.
 */
export type Node = {
  /** The global id: pass it to `node(id:)` or `entity(id:)` to fetch this object again. */
  id: Scalars['ID']['output'];
};

/**
 * Where a page of a connection sits in the whole list (Relay cursor connections). Pass `endCursor` as `after`
 * to get the next page; cursors are opaque and stay valid for the same query.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page, null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there are items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when there are items before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page, null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A named person who reports or is reported on. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The person's role as the source gives it, such as `spokesman`. */
  role?: Maybe<Scalars['String']['output']>;
  type: EntityType;
};

/** A place: country, province, region, city, town, suburb, ... */
export type Place = Entity & Node & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What sort of place: `country`, `province`, `region`, `city`, `town`, `suburb`, ... */
  kind?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  type: EntityType;
};

/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One entity (faction, place, media source, person, agreement, event, article or dataset) by its id.
   * An id that names no entity is an error with code `NOT_FOUND`.
   */
  entity?: Maybe<Entity>;
  /**
   * Any object that has a global id, by that id. Returns null when no object has it (the Relay convention),
   * so a client can refetch objects without special cases.
   */
  node?: Maybe<Node>;
  /**
   * Entities whose name or any alias matches `query`, best first: exact matches, then prefix matches, then
   * fuzzy ones. Insensitive to case, diacritics, Arabic article prefixes (al-, a-, el-, ad-, ash-, ...),
   * common transliteration variants (ay/ai/ei, ou/u, o/u, e/a, q/k, dh/d, double letters) and Arabic
   * script: "Ruhaybah", "al-Ruhaiba" and "الرحيبة" all find a-Ruheibah.
   */
  search: SearchConnection;
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};

/** A page of search results. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The results of this page, best first. */
  edges: Array<SearchEdge>;
  /** Where this page sits in the whole result list. */
  pageInfo: PageInfo;
  /** How many entities match in all (at most 1000 are ranked). */
  totalCount: Scalars['Int']['output'];
};

/** One search result. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Pass as `after` to get the results that follow this one. */
  cursor: Scalars['String']['output'];
  /** How it matched: exact, prefix or fuzzy. */
  match: SearchMatch;
  /** The name or alias that matched best, as written in the graph. */
  matchedName: Scalars['String']['output'];
  /** The entity found. */
  node: Entity;
};

/** How a search result matched the query. */
export type SearchMatch =
  /** A name or alias equals the query (after normalisation). */
  | 'EXACT'
  /** A name or alias is close to the query: a spelling variant the normalisation does not fold. */
  | 'FUZZY'
  /** A name or alias starts with the query, or one of its words does. */
  | 'PREFIX';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Entity:
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
  Node:
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agreement: ResolverTypeWrapper<EntityRow>;
  Article: ResolverTypeWrapper<EntityRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Dataset: ResolverTypeWrapper<EntityRow>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<EntityRow>;
  Faction: ResolverTypeWrapper<EntityRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MediaSource: ResolverTypeWrapper<EntityRow>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<EntityRow>;
  Place: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  SearchMatch: SearchMatch;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agreement: EntityRow;
  Article: EntityRow;
  Boolean: Scalars['Boolean']['output'];
  Dataset: EntityRow;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  Event: EntityRow;
  Faction: EntityRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MediaSource: EntityRow;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Person: EntityRow;
  Place: EntityRow;
  Query: Record<PropertyKey, never>;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  String: Scalars['String']['output'];
}>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DatasetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Dataset' | 'Event' | 'Faction' | 'MediaSource' | 'Person' | 'Place', ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Faction'] = ResolversParentTypes['Faction']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediaSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediaSource'] = ResolversParentTypes['MediaSource']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Dataset' | 'Event' | 'Faction' | 'MediaSource' | 'Person' | 'Place', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
}>;

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  matchedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Agreement?: AgreementResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Faction?: FactionResolvers<ContextType>;
  MediaSource?: MediaSourceResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
}>;

