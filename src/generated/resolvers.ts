import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRow } from '../entity/rows.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  MediaSource: ResolverTypeWrapper<EntityRow>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Person: ResolverTypeWrapper<EntityRow>;
  Place: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  MediaSource: EntityRow;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Person: EntityRow;
  Place: EntityRow;
  Query: Record<PropertyKey, never>;
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
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

