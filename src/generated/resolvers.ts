import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow } from '../entity/rows.js';
import type { StatementRow, AttributionRow } from '../statement/rows.js';
import type { DateValueRow } from '../dates/dateValue.js';
import type { ControlRow, ControlPeriodRow } from '../control/rows.js';
import type { DisagreementRow } from '../disagreement/rows.js';
import type { PathRow, PathStepRow } from '../path/rows.js';
import type { LinkRow, LinkEdgeRow } from '../relations/rows.js';
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
  /**
   * A calendar date at the precision a source gave it: a day (`2018-04-20`), a month (`2018-04`) or a year
   * (`2012`). As an argument, any of the three forms is accepted and anything else is an error. A month or a
   * year stands for its whole period: `at: "2015"` asks about any day of 2015.
   */
  Date: { input: string; output: string; }
};

/** What `addAlias` did. */
export type AddAliasPayload = {
  __typename?: 'AddAliasPayload';
  /** The id of the audit entry recording this write. */
  auditId: Scalars['ID']['output'];
  /** The entity with its new alias. */
  entity: Entity;
  /** True when this answers a retry with an `idempotencyKey` already used: nothing was written this time. */
  replayed: Scalars['Boolean']['output'];
};

/** An entity to add. Fields that do not apply to the entity's type are refused. */
export type AddEntityInput = {
  /** Other names it is known by: transliterations, Arabic script, short forms. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** For articles: the id of the place it was filed from. */
  dateline?: InputMaybe<Scalars['ID']['input']>;
  /** A short editorial description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * Its id, as `<type>:<lower-case-words>` such as `place:a-ruheibah` (prefixes: faction, place, media,
   * person, agreement, event, article, dataset). Made from the name when left out.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** For factions, places, media sources and events: what kind, such as `town` or `armed group`. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** For articles: the two-letter language code, such as `en` or `ar`. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The name the graph uses for it, in English transliteration where the source was in Arabic. */
  name: Scalars['String']['input'];
  /** For articles: the day (or month, or year) it was published. */
  publishedOn?: InputMaybe<DateInput>;
  /** For articles: the id of the media source that published it. */
  publisher?: InputMaybe<Scalars['ID']['input']>;
  /** For persons: their role, such as `spokesman`. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** For articles: the headline. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** What kind of entity it is. */
  type: EntityType;
};

/** What `addEntity` did. */
export type AddEntityPayload = {
  __typename?: 'AddEntityPayload';
  /** The id of the audit entry recording this write. */
  auditId: Scalars['ID']['output'];
  /** The entity as it is now stored. */
  entity: Entity;
  /** True when this answers a retry with an `idempotencyKey` already used: nothing was written this time. */
  replayed: Scalars['Boolean']['output'];
};

/** A statement to add: which kinds link which types is given with `StatementKind`. */
export type AddStatementInput = {
  /** Who said it: at least one. */
  attributions: Array<AttributionInput>;
  /** For `COUNT` statements. */
  count?: InputMaybe<CountInput>;
  /** For `DISTANCE` statements. */
  distance?: InputMaybe<DistanceInput>;
  /** When it ended. */
  end?: InputMaybe<DateInput>;
  /** Its id, as `stmt:<lower-case-words>`. A new unique id is made when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What it says. */
  kind: StatementKind;
  /** An editor's note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The id of the other entity, for kinds that link two. */
  object?: InputMaybe<Scalars['ID']['input']>;
  /** The date it was true on or happened on. */
  pointInTime?: InputMaybe<DateInput>;
  /** The subject's role, in the source's words. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** When it began. */
  start?: InputMaybe<DateInput>;
  /** How it stood when reported. */
  status?: InputMaybe<StatementStatus>;
  /** The id of the entity it is about. */
  subject: Scalars['ID']['input'];
  /** For `AGREEMENT_TERM` statements: the term, written out. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What `addStatement` did. */
export type AddStatementPayload = {
  __typename?: 'AddStatementPayload';
  /** The id of the audit entry recording this write. */
  auditId: Scalars['ID']['output'];
  /** True when this answers a retry with an `idempotencyKey` already used: nothing was written this time. */
  replayed: Scalars['Boolean']['output'];
  /** The statement as it is now stored, with its attributions. */
  statement: Statement;
};

/** An agreement between parties, such as a reconciliation deal. */
export type Agreement = Entity & Node & {
  __typename?: 'Agreement';
  /** Other names it is known by; search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id. */
  id: Scalars['ID']['output'];
  /** The name the graph uses for it. */
  name: Scalars['String']['output'];
  /** The factions and persons party to the agreement, ordered by name, each with their role and the statements that say so. */
  parties: Array<AgreementParty>;
  /** Which kind of entity this is. */
  type: EntityType;
};

/** A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** The agreements of this page. */
  edges: Array<AgreementEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many agreements there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An agreement in a page, with the statements that link it. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Pass as `after` to get the agreements that follow this one. */
  cursor: Scalars['String']['output'];
  /** The agreement. */
  node: Agreement;
  /** The `PARTY_TO` statements that make the faction a party, ordered by id, each with its role and sources. */
  statements: Array<Statement>;
};

/** A party to an agreement. */
export type AgreementParty = {
  __typename?: 'AgreementParty';
  /** The faction or person. */
  party: Entity;
  /** Their role in the agreement, in the source's words (`government negotiators`), from the first statement by id that gives one. */
  role?: Maybe<Scalars['String']['output']>;
  /** The statements that say they are a party, ordered by id, each with its sources. */
  statements: Array<Statement>;
};

/** A published article: the document statements are taken from. */
export type Article = Entity & Node & {
  __typename?: 'Article';
  /** Other names it is known by; search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id. */
  id: Scalars['ID']['output'];
  /** The name the graph uses for it. */
  name: Scalars['String']['output'];
  /** The statements this article carries (its own reporting and the claims it relays), ordered by statement id. */
  statements: StatementConnection;
  /** Which kind of entity this is. */
  type: EntityType;
};


/** A published article: the document statements are taken from. */
export type ArticleStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<StatementKind>;
};

/**
 * Who reported a statement, where and when. The reporter is whoever made the claim; the carrier is the
 * document it was read in. When an article relays another outlet's report ("according to SANA"), the reporter
 * is that outlet and the carrier is the article.
 */
export type Attribution = Node & {
  __typename?: 'Attribution';
  /** The article or dataset the claim was read in. */
  carriedBy: Entity;
  /** The attribution's stable id. */
  id: Scalars['ID']['output'];
  /** The passage the statement rests on, word for word. */
  quote?: Maybe<Scalars['String']['output']>;
  /** When the claim was reported, as precisely as known. Null for background facts from a dataset. */
  reportedOn?: Maybe<DateValue>;
  /** Who made the claim: a media source, a person, or a dataset for background facts. */
  reporter: Entity;
  /** The statement this attribution supports. */
  statement: Statement;
};

/** Who reported a statement, in which document, when. */
export type AttributionInput = {
  /** The id of the article or dataset the claim was read in. */
  carriedBy: Scalars['ID']['input'];
  /** The passage the statement rests on, word for word. Required when `carriedBy` is an article. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** When it was reported. For an article, its publication date when left out. */
  reportedOn?: InputMaybe<DateInput>;
  /** The id of whoever made the claim: a media source, a person or a dataset. */
  reporter: Scalars['ID']['input'];
};

/** One write, as recorded in the same transaction as the write itself. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation: `addEntity`, `addAlias`, `addStatement` or `retractStatement`. */
  action: Scalars['String']['output'];
  /** The name of the API key that wrote. */
  actor: Scalars['String']['output'];
  /** When, as an ISO 8601 timestamp in UTC. */
  at: Scalars['String']['output'];
  /** The entry's id, `audit:<uuid>`. */
  id: Scalars['ID']['output'];
  /** The mutation's `idempotencyKey`, when it was given one. */
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** The mutation's arguments as given, as JSON. */
  input: Scalars['String']['output'];
  /** The request id, to find the write in the server's logs. */
  requestId: Scalars['String']['output'];
  /** The role of that key. */
  role: Scalars['String']['output'];
  /** The id of the entity or statement written. */
  target: Scalars['ID']['output'];
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page. */
  edges: Array<AuditEntryEdge>;
  /** Where this page sits in the whole log. */
  pageInfo: PageInfo;
  /** How many entries the log holds. */
  totalCount: Scalars['Int']['output'];
};

/** One audit entry in a page. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to get the entries that follow this one. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/**
 * One claim that a faction controls a place, as it answers a question about a (possibly other) place: when
 * it was made about an enclosing place, `inferred` is true and `inferredFrom` names that place.
 */
export type Control = {
  __typename?: 'Control';
  /** The day or period this answer is for: the `at` asked, or the latest reported date when `at` was left out. Null in a control history. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Who reported the claim, where and when: the statement's attributions. */
  attributions: Array<Attribution>;
  /** Until when, as precisely as reported. */
  end?: Maybe<DateValue>;
  /** The faction said to control the place. */
  faction: Faction;
  /** True when the statement is about an enclosing place, not about `place` itself. */
  inferred: Scalars['Boolean']['output'];
  /** The enclosing place the control was stated for, when `inferred`. */
  inferredFrom?: Maybe<Place>;
  /** The place the question was about. */
  place: Place;
  /** The date the control was reported true on, as precisely as reported. */
  pointInTime?: Maybe<DateValue>;
  /** Since when, as precisely as reported. */
  start?: Maybe<DateValue>;
  /** The control statement, with all its qualifiers and its attributions. */
  statement: Statement;
  /** How the control stood: held, contested, expected or ended. Null when the source says nothing of it. */
  status?: Maybe<StatementStatus>;
};

/** A page of control claims. */
export type ControlConnection = {
  __typename?: 'ControlConnection';
  /** The claims of this page. */
  edges: Array<ControlEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many claims there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One control claim in a page. */
export type ControlEdge = {
  __typename?: 'ControlEdge';
  /** Pass as `after` to get the claims that follow this one. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Control;
};

/**
 * A stretch of a place's control timeline in which the same claims answer. Boundaries are the first and
 * last days the claims may cover: a claim "since 2012" starts a period on 2012-01-01.
 */
export type ControlPeriod = {
  __typename?: 'ControlPeriod';
  /** True when the claims name more than one faction or one of them is contested: shared control, or sources that disagree. */
  competing: Scalars['Boolean']['output'];
  /** The claims that answer for every day of the period; empty in a gap. */
  controls: Array<Control>;
  /** The first day of the period, or null when it has no known beginning. */
  from?: Maybe<Scalars['Date']['output']>;
  /** True when nothing is known of who controlled the place in this period. */
  gap: Scalars['Boolean']['output'];
  /** The last day of the period, or null when it runs on to the latest reports and beyond. */
  to?: Maybe<Scalars['Date']['output']>;
};

/** A page of control periods, oldest first. */
export type ControlPeriodConnection = {
  __typename?: 'ControlPeriodConnection';
  /** The periods of this page. */
  edges: Array<ControlPeriodEdge>;
  /** Where this page sits in the whole timeline. */
  pageInfo: PageInfo;
  /** How many periods the timeline has. */
  totalCount: Scalars['Int']['output'];
};

/** One period of a control timeline. */
export type ControlPeriodEdge = {
  __typename?: 'ControlPeriodEdge';
  /** Pass as `after` to get the periods that follow this one. */
  cursor: Scalars['String']['output'];
  /** The period. */
  node: ControlPeriod;
};

/** A number of people as a source gave it. */
export type Count = {
  __typename?: 'Count';
  /** The number, or null when the source gave none (`hundreds`). */
  amount?: Maybe<Scalars['Float']['output']>;
  /** How the number was phrased: about, more than, hundreds, ... */
  phrasing: Phrasing;
  /** The source's words for the number: `Some 6,000`. */
  text?: Maybe<Scalars['String']['output']>;
  /** Who or what was counted, in the source's words: `fighters and civilians`. */
  unit: Scalars['String']['output'];
};

/** A number of people as a source gave it. */
export type CountInput = {
  /** The number; leave it out for `HUNDREDS` and `THOUSANDS`. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** How the number was phrased. */
  phrasing: Phrasing;
  /** The source's words for the number: `Some 6,000`. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Who or what was counted, in the source's words: `fighters and civilians`. */
  unit: Scalars['String']['input'];
};

/** A reference source that is not reporting, such as a gazetteer, cited by background statements. */
export type Dataset = Entity & Node & {
  __typename?: 'Dataset';
  /** Other names it is known by; search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id. */
  id: Scalars['ID']['output'];
  /** The name the graph uses for it. */
  name: Scalars['String']['output'];
  /** Which kind of entity this is. */
  type: EntityType;
};

/** A date as reported, with the source's own words for it if they were not a plain date. */
export type DateInput = {
  /** The source's words, such as `last Friday` or `since 2012`. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The date: `2018-04-20`, `2018-04` or `2018`, as precisely as the source gave it. */
  value: Scalars['Date']['input'];
};

/** How precisely a date is known. */
export type DatePrecision =
  /** Known to the day: `2018-04-20`. */
  | 'DAY'
  /** Known to the month: `2018-04`. */
  | 'MONTH'
  /** Known to the year: `2012`. */
  | 'YEAR';

/**
 * A date as the source reported it, never made more precise than it was: "since 2012" is the year 2012, not
 * the day 2012-01-01. `earliest` and `latest` give the period it covers.
 */
export type DateValue = {
  __typename?: 'DateValue';
  /** The first day of the period `value` covers, such as `2012-01-01` for `2012`. */
  earliest: Scalars['Date']['output'];
  /** The last day of the period `value` covers, such as `2012-12-31` for `2012`. */
  latest: Scalars['Date']['output'];
  /** Whether `value` is a day, a month or a year. */
  precision: DatePrecision;
  /** The source's own words for the date, when the editor kept them: `last Friday`, `since the early days of the conflict`. */
  text?: Maybe<Scalars['String']['output']>;
  /** The date as reported: `2018-04-23`, `2018-04` or `2012`. */
  value: Scalars['Date']['output'];
};

/** Statements about the same thing that do not agree, side by side. */
export type Disagreement = {
  __typename?: 'Disagreement';
  /** The kind of statement compared. */
  kind: StatementKind;
  /** For `DISTANCE`: the place the distance is measured to. */
  relatedTo?: Maybe<Entity>;
  /** Everyone who reported one of the statements, ordered by id. */
  reporters: Array<Entity>;
  /** The statements, ordered by id, each with its qualifiers and its attributions (who said it, where, when). */
  statements: Array<Statement>;
  /** What the statements are about: the event (with its parts) for counts, the place for control, the subject otherwise. */
  topic: Entity;
};

/** A page of disagreements. */
export type DisagreementConnection = {
  __typename?: 'DisagreementConnection';
  /** The disagreements of this page. */
  edges: Array<DisagreementEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many disagreements there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One disagreement in a page. */
export type DisagreementEdge = {
  __typename?: 'DisagreementEdge';
  /** Pass as `after` to get the disagreements that follow this one. */
  cursor: Scalars['String']['output'];
  /** The disagreement. */
  node: Disagreement;
};

/** A distance between two places as a source gave it. */
export type Distance = {
  __typename?: 'Distance';
  /** The distance in `unit`. */
  amount: Scalars['Float']['output'];
  /** Which way the subject lies from the object: `north`, `northeast`, ... */
  bearing?: Maybe<Scalars['String']['output']>;
  /** How the number was phrased: about, exactly, up to, ... */
  phrasing: Phrasing;
  /** The source's words: `approximately 50 kilometers northeast`. */
  text?: Maybe<Scalars['String']['output']>;
  /** `km`, `m` or `mi`. */
  unit: Scalars['String']['output'];
};

/** A distance between two places as a source gave it. */
export type DistanceInput = {
  /** The distance in `unit`. */
  amount: Scalars['Float']['input'];
  /** Which way the subject lies from the object: `north`, `northeast`, ... */
  bearing?: InputMaybe<Scalars['String']['input']>;
  /** How the number was phrased. */
  phrasing: Phrasing;
  /** The source's words: `approximately 50 kilometers northeast`. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** `km`, `m` or `mi`. */
  unit: Scalars['String']['input'];
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
  /** Other names it is known by; search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** The reported numbers of people in this event, ordered by statement id. */
  counts: Array<Statement>;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id. */
  id: Scalars['ID']['output'];
  /** What sort of event: `evacuation`, `arrival`, `offensive`, ... */
  kind?: Maybe<Scalars['String']['output']>;
  /** The name the graph uses for it. */
  name: Scalars['String']['output'];
  /** Which kind of entity this is. */
  type: EntityType;
};


/** Something that happened: an evacuation round, a convoy's arrival, a military offensive. */
export type EventCountsArgs = {
  includeParts?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An armed group, a state or a coalition of armed groups. */
export type Faction = Entity & Node & {
  __typename?: 'Faction';
  /** The agreements this faction is a party to, ordered by name, each with the statements that say so. */
  agreements: AgreementConnection;
  /** Other names it is known by; search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** The places this faction controls on a date: the same answer as `controlledBy(faction: <this faction>, at:)`. */
  controls: ControlConnection;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id. */
  id: Scalars['ID']['output'];
  /** What sort of faction: `state`, `armed group`, `coalition`, `foreign state`, ... */
  kind?: Maybe<Scalars['String']['output']>;
  /** The name the graph uses for it. */
  name: Scalars['String']['output'];
  /** Which kind of entity this is. */
  type: EntityType;
};


/** An armed group, a state or a coalition of armed groups. */
export type FactionAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An armed group, a state or a coalition of armed groups. */
export type FactionControlsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who reports: a news outlet, a state news agency, or a group of sources such as `opposition sources on the ground`. */
export type MediaSource = Entity & Node & {
  __typename?: 'MediaSource';
  /** Other names it is known by; search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id. */
  id: Scalars['ID']['output'];
  /** What sort of source: `state media`, `independent`, `opposition media`, `unnamed sources`, ... */
  kind?: Maybe<Scalars['String']['output']>;
  /** The name the graph uses for it. */
  name: Scalars['String']['output'];
  /** The statements this source reported (it is the reporter of an attribution), ordered by statement id. */
  reported: StatementConnection;
  /** Which kind of entity this is. */
  type: EntityType;
};


/** Who reports: a news outlet, a state news agency, or a group of sources such as `opposition sources on the ground`. */
export type MediaSourceReportedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<StatementKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Writes, for data editors and tools. Every mutation needs an API key with the `editor` role (or `admin`):
 * without a key the error code is `UNAUTHENTICATED`, with a `reader` key `FORBIDDEN`. Input is checked by the
 * same rules as seed files, and a problem is a `BAD_USER_INPUT` error whose `extensions.field` names the input
 * field, such as `input.attributions[0].reporter`; nothing is written then. Each write and its audit entry are
 * one transaction. After a write the response carries `extensions.bookmarks` (and a `Neo4j-Bookmarks` header):
 * send them back in a `Neo4j-Bookmarks` request header to read your own write on a cluster.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds another name an entity is known by; search finds the entity by it from then on. */
  addAlias: AddAliasPayload;
  /**
   * Adds an entity. Its id must not be in use yet: when it is, or when another editor creates it at the same
   * moment, the error has code `CONFLICT` and names the id. Without an id, one is made from the name, the
   * next free one (`place:tell-abyad-2`) when that is taken.
   */
  addEntity: AddEntityPayload;
  /**
   * Adds a statement with at least one attribution: who said it. A quote must be found in the text of the
   * article carrying it, when the graph holds that text. An id already in use is refused with code
   * `CONFLICT`.
   */
  addStatement: AddStatementPayload;
  /**
   * Retracts a statement: it stays in the graph with who retracted it, when and why (`Statement.retraction`),
   * and from then on it no longer counts in answers about what is so: control, disagreements, connections,
   * relationship fields and statement lists (unless `includeRetracted` is asked for). A statement is
   * retracted once: a second retraction is refused with code `CONFLICT`, saying when and by whom it was.
   */
  retractStatement: RetractStatementPayload;
};


/**
 * Writes, for data editors and tools. Every mutation needs an API key with the `editor` role (or `admin`):
 * without a key the error code is `UNAUTHENTICATED`, with a `reader` key `FORBIDDEN`. Input is checked by the
 * same rules as seed files, and a problem is a `BAD_USER_INPUT` error whose `extensions.field` names the input
 * field, such as `input.attributions[0].reporter`; nothing is written then. Each write and its audit entry are
 * one transaction. After a write the response carries `extensions.bookmarks` (and a `Neo4j-Bookmarks` header):
 * send them back in a `Neo4j-Bookmarks` request header to read your own write on a cluster.
 */
export type MutationAddAliasArgs = {
  alias: Scalars['String']['input'];
  entity: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes, for data editors and tools. Every mutation needs an API key with the `editor` role (or `admin`):
 * without a key the error code is `UNAUTHENTICATED`, with a `reader` key `FORBIDDEN`. Input is checked by the
 * same rules as seed files, and a problem is a `BAD_USER_INPUT` error whose `extensions.field` names the input
 * field, such as `input.attributions[0].reporter`; nothing is written then. Each write and its audit entry are
 * one transaction. After a write the response carries `extensions.bookmarks` (and a `Neo4j-Bookmarks` header):
 * send them back in a `Neo4j-Bookmarks` request header to read your own write on a cluster.
 */
export type MutationAddEntityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddEntityInput;
};


/**
 * Writes, for data editors and tools. Every mutation needs an API key with the `editor` role (or `admin`):
 * without a key the error code is `UNAUTHENTICATED`, with a `reader` key `FORBIDDEN`. Input is checked by the
 * same rules as seed files, and a problem is a `BAD_USER_INPUT` error whose `extensions.field` names the input
 * field, such as `input.attributions[0].reporter`; nothing is written then. Each write and its audit entry are
 * one transaction. After a write the response carries `extensions.bookmarks` (and a `Neo4j-Bookmarks` header):
 * send them back in a `Neo4j-Bookmarks` request header to read your own write on a cluster.
 */
export type MutationAddStatementArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddStatementInput;
};


/**
 * Writes, for data editors and tools. Every mutation needs an API key with the `editor` role (or `admin`):
 * without a key the error code is `UNAUTHENTICATED`, with a `reader` key `FORBIDDEN`. Input is checked by the
 * same rules as seed files, and a problem is a `BAD_USER_INPUT` error whose `extensions.field` names the input
 * field, such as `input.attributions[0].reporter`; nothing is written then. Each write and its audit entry are
 * one transaction. After a write the response carries `extensions.bookmarks` (and a `Neo4j-Bookmarks` header):
 * send them back in a `Neo4j-Bookmarks` request header to read your own write on a cluster.
 */
export type MutationRetractStatementArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
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

/** One way two entities are connected: a chain of statements. */
export type Path = {
  __typename?: 'Path';
  /** How many statements long the path is. */
  hops: Scalars['Int']['output'];
  /** The steps, from `from` to `to`. */
  steps: Array<PathStep>;
};

/** A page of paths, ordered by the ids along them. */
export type PathConnection = {
  __typename?: 'PathConnection';
  /** The paths of this page. */
  edges: Array<PathEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many shortest paths there are (at most 1000 are looked at). */
  totalCount: Scalars['Int']['output'];
};

/** One path in a page. */
export type PathEdge = {
  __typename?: 'PathEdge';
  /** Pass as `after` to get the paths that follow this one. */
  cursor: Scalars['String']['output'];
  /** The path. */
  node: Path;
};

/** One step of a path: a statement linking two entities, in the direction of the path. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The entity this step leaves from. */
  from: Entity;
  /** The statement that links the two; `from` and `to` are its subject and object, in either order. */
  statement: Statement;
  /** The entity this step arrives at. */
  to: Entity;
};

/** A named person who reports or is reported on. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other names it is known by; search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id. */
  id: Scalars['ID']['output'];
  /** The name the graph uses for it. */
  name: Scalars['String']['output'];
  /** The statements this person reported (said, as quoted), ordered by statement id. */
  reported: StatementConnection;
  /** The person's role as the source gives it, such as `spokesman`. */
  role?: Maybe<Scalars['String']['output']>;
  /** Which kind of entity this is. */
  type: EntityType;
};


/** A named person who reports or is reported on. */
export type PersonReportedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<StatementKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How a source phrased a number. */
export type Phrasing =
  /** About this many: `some 6,000`, `roughly 1,500`. */
  | 'ABOUT'
  /** At least this many. */
  | 'AT_LEAST'
  /** Exactly this many. */
  | 'EXACT'
  /** Hundreds, with no number given. */
  | 'HUNDREDS'
  /** More than this many: `more than 4,000`. */
  | 'MORE_THAN'
  /** Thousands, with no number given. */
  | 'THOUSANDS'
  /** Up to this many. */
  | 'UP_TO';

/** A place: country, province, region, city, town, suburb, ... */
export type Place = Entity & Node & {
  __typename?: 'Place';
  /** Other names it is known by; search matches all of them. */
  aliases: Array<Scalars['String']['output']>;
  /** The places that lie directly in this one, ordered by name. */
  children: PlaceConnection;
  /** This place's control timeline, oldest first: the same answer as `controlHistory(place: <this place>)`. */
  controlHistory: ControlPeriodConnection;
  /** Who controls this place on a date: the same answer as `whoControls(place: <this place>, at:)`. */
  controlledBy: Array<Control>;
  /** A short editorial description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entity's stable id. */
  id: Scalars['ID']['output'];
  /** What sort of place: `country`, `province`, `region`, `city`, `town`, `suburb`, ... */
  kind?: Maybe<Scalars['String']['output']>;
  /** The name the graph uses for it. */
  name: Scalars['String']['output'];
  /**
   * The place this one lies in, per its `LOCATED_IN` statements. When sources put it in more than one, the
   * first by name; `statements(about:, kind: LOCATED_IN)` lists them all.
   */
  parent?: Maybe<Place>;
  /** Which kind of entity this is. */
  type: EntityType;
};


/** A place: country, province, region, city, town, suburb, ... */
export type PlaceChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place: country, province, region, city, town, suburb, ... */
export type PlaceControlHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place: country, province, region, city, town, suburb, ... */
export type PlaceControlledByArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of places. */
export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  /** The places of this page. */
  edges: Array<PlaceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many places there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A place in a page, with the statements that link it. */
export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  /** Pass as `after` to get the places that follow this one. */
  cursor: Scalars['String']['output'];
  /** The place. */
  node: Place;
  /** The `LOCATED_IN` statements that put it here, ordered by id, each with its sources. */
  statements: Array<Statement>;
};

/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Every write, newest first: who made it, when, what and with which input. Needs an API key with the
   * `admin` role (`UNAUTHENTICATED` without a key, `FORBIDDEN` with another role).
   */
  auditLog: AuditEntryConnection;
  /**
   * The shortest ways two entities are connected through statements: each path is a chain of entities in
   * which every step is one statement linking its two ends (as subject and object), with the statement and
   * its sources. Only the shortest paths are returned, all of them, up to `maxHops` statements long. Errors
   * with code `BAD_USER_INPUT` when `from` and `to` are the same or `maxHops` is outside 1 to 4, and
   * `NOT_FOUND` when an id names no entity.
   */
  connections: PathConnection;
  /**
   * The control timeline of a place, oldest first: consecutive periods, each with the claims that answer for
   * it (exactly what `whoControls` gives for any day in the period). A period with no claims is a gap in
   * what is known; a period with claims naming more than one faction, or a contested one, is `competing`.
   * An unknown place id is an error with code `NOT_FOUND`.
   */
  controlHistory: ControlPeriodConnection;
  /**
   * The places a faction controls on a date: every place for which `whoControls(place, at)` would name the
   * faction, including places inside the ones it is said to control. Ordered by place name. An unknown
   * faction id is an error with code `NOT_FOUND`.
   */
  controlledBy: ControlConnection;
  /**
   * Groups of statements about the same thing whose values or qualifiers differ, side by side with their
   * sources. What counts as "the same thing" depends on the kind:
   *
   * - `COUNT`: an event together with its parts (events `PART_OF` it, at any depth), so the number leaving
   *   an evacuation is compared with the numbers in its rounds and convoys;
   * - `CONTROL`: who controls one place;
   * - `DISTANCE`: how far one place is from another;
   * - `OCCURRED`, `LOCATION`, `ORIGIN`, `DESTINATION`: when, where, from where and to where one event happened.
   *
   * Kinds that are many-valued by nature (parties, participants, terms, affiliations, ...) are not compared.
   * Ordered by topic id, then kind.
   */
  disagreements: DisagreementConnection;
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
  /**
   * Statements, with who reported them: filter by what they are about, their kind, their reporter and the
   * date they were reported. Ordered by statement id, a stable order. An `about` or `reportedBy` id that
   * names no entity is an error with code `NOT_FOUND`.
   */
  statements: StatementConnection;
  /**
   * The factions controlling a place on a date, each claim with its statement, qualifiers and sources.
   *
   * A claim counts when the period it covers overlaps `at`. Imprecise dates are their whole period: "since
   * 2012" may be true on any day from 2012-01-01 on, so it answers for 2012-06-01 but not for 2011-12-31. A
   * claim with no date of its own is dated by when it was reported.
   *
   * When no claim is about the place itself on that date, claims about the places it lies in answer for it
   * (nearest enclosing place first), marked `inferred`. A claim about the place itself overrides them.
   *
   * Competing claims are all returned, never one chosen: read `status` and the attributions. The list is
   * bounded by the claims about one place and date, so it is not paginated. An unknown place id is an error
   * with code `NOT_FOUND`.
   */
  whoControls: Array<Control>;
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryControlHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  place: Scalars['ID']['input'];
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryControlledByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  faction: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryDisagreementsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryStatementsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<StatementKind>;
  reportedBy?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * The questions you can ask the conflict knowledge graph. Every answer about the world carries its sources:
 * see `Statement` and `Attribution`.
 */
export type QueryWhoControlsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  place: Scalars['ID']['input'];
};

/** What `retractStatement` did. */
export type RetractStatementPayload = {
  __typename?: 'RetractStatementPayload';
  /** The id of the audit entry recording this write. */
  auditId: Scalars['ID']['output'];
  /** True when this answers a retry with an `idempotencyKey` already used: nothing was written this time. */
  replayed: Scalars['Boolean']['output'];
  /** The statement, now with its `retraction`. */
  statement: Statement;
};

/** Who retracted a statement, when and why. */
export type Retraction = {
  __typename?: 'Retraction';
  /** When, as an ISO 8601 timestamp in UTC. */
  at: Scalars['String']['output'];
  /** The name of the API key that retracted it. */
  by: Scalars['String']['output'];
  /** Why, as given. */
  reason: Scalars['String']['output'];
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

/**
 * A fact as a source stated it, with its qualifiers and its sources. Facts are never bare links: a statement
 * links a subject entity to an object entity (for most kinds), carries dates with their precision and a
 * status, and has one or more attributions saying who reported it, where and when.
 */
export type Statement = Node & {
  __typename?: 'Statement';
  /** Who reported it, where and when, oldest report first. Never empty: there is no fact without a source. */
  attributions: Array<Attribution>;
  /** For `COUNT` statements: how many people, as reported. */
  count?: Maybe<Count>;
  /** For `DISTANCE` statements: how far, as reported. */
  distance?: Maybe<Distance>;
  /** When it ended, as precisely as reported. */
  end?: Maybe<DateValue>;
  /** The statement's stable id, such as `stmt:fsa-rebels-held-east-qalamoun-since-2012`. */
  id: Scalars['ID']['output'];
  /** What the statement says: control, a count, an affiliation, ... */
  kind: StatementKind;
  /** An editor's remark on how the source was read. */
  note?: Maybe<Scalars['String']['output']>;
  /** The other entity, for kinds that link two: the place controlled, the agreement joined, ... Null for counts and dates of events. */
  object?: Maybe<Entity>;
  /** The date it was true on or happened on, as precisely as reported. */
  pointInTime?: Maybe<DateValue>;
  /** Set when the statement was retracted: it then no longer counts in answers about what is so. */
  retraction?: Maybe<Retraction>;
  /** The subject's role, in the source's words: `spokesman`, `government negotiators`. */
  role?: Maybe<Scalars['String']['output']>;
  /** When it began, as precisely as reported. */
  start?: Maybe<DateValue>;
  /** How it stood when reported: held, contested, expected or ended. Null when the source says nothing of it. */
  status?: Maybe<StatementStatus>;
  /** What the statement is about: the faction that controls, the event that is counted, ... */
  subject: Entity;
  /** For `AGREEMENT_TERM` statements: the term, written out. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page. */
  edges: Array<StatementEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many statements match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One statement in a page. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Pass as `after` to get the statements that follow this one. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** What a statement says. Each kind links a subject to an object of given types (see the descriptions). */
export type StatementKind =
  /** A person, media source or faction (subject) is affiliated with a faction (object), in the `role` given. */
  | 'AFFILIATION'
  /** An agreement (subject) has a term, written out in `text`, possibly about a place (object). */
  | 'AGREEMENT_TERM'
  /** An agreement (subject) covers a place (object). */
  | 'APPLIES_TO'
  /** A person, media source or faction (subject) is based in a place (object). */
  | 'BASED_IN'
  /** A faction (subject) controls a place (object). */
  | 'CONTROL'
  /** An event or agreement (subject) involved a number of people: see `count`. */
  | 'COUNT'
  /** An event (subject), such as an evacuation, went to a place (object). */
  | 'DESTINATION'
  /** A place (subject) lies at a distance from another place (object): see `distance`. */
  | 'DISTANCE'
  /** A place (subject) lies in a larger place (object). */
  | 'LOCATED_IN'
  /** An event (subject) happened in a place (object). */
  | 'LOCATION'
  /** An event or agreement (subject) happened or was reached: see `pointInTime` and `start`. */
  | 'OCCURRED'
  /** An event (subject), such as an evacuation, set out from a place (object). */
  | 'ORIGIN'
  /** A faction or person (subject) took part in an event (object), in the `role` given. */
  | 'PARTICIPANT'
  /** A faction or person (subject) is a party to an agreement (object), in the `role` given. */
  | 'PARTY_TO'
  /** An event (subject) is part of a larger event or of an agreement (object). */
  | 'PART_OF';

/** How a statement stood when it was reported. */
export type StatementStatus =
  /** It was disputed on the ground: more than one side claimed it. */
  | 'CONTESTED'
  /** It had been so and had ended. */
  | 'ENDED'
  /** It was expected, announced or planned, not yet done. */
  | 'EXPECTED'
  /** It was so: the faction held the place, the event took place. */
  | 'HELD';

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
    | ( AttributionRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( StatementRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddAliasPayload: ResolverTypeWrapper<Omit<AddAliasPayload, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  AddEntityInput: AddEntityInput;
  AddEntityPayload: ResolverTypeWrapper<Omit<AddEntityPayload, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  AddStatementInput: AddStatementInput;
  AddStatementPayload: ResolverTypeWrapper<Omit<AddStatementPayload, 'statement'> & { statement: ResolversTypes['Statement'] }>;
  Agreement: ResolverTypeWrapper<EntityRow>;
  AgreementConnection: ResolverTypeWrapper<Omit<AgreementConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementEdge']> }>;
  AgreementEdge: ResolverTypeWrapper<LinkEdgeRow>;
  AgreementParty: ResolverTypeWrapper<LinkRow>;
  Article: ResolverTypeWrapper<EntityRow>;
  Attribution: ResolverTypeWrapper<AttributionRow>;
  AttributionInput: AttributionInput;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Control: ResolverTypeWrapper<ControlRow>;
  ControlConnection: ResolverTypeWrapper<Omit<ControlConnection, 'edges'> & { edges: Array<ResolversTypes['ControlEdge']> }>;
  ControlEdge: ResolverTypeWrapper<Omit<ControlEdge, 'node'> & { node: ResolversTypes['Control'] }>;
  ControlPeriod: ResolverTypeWrapper<ControlPeriodRow>;
  ControlPeriodConnection: ResolverTypeWrapper<Omit<ControlPeriodConnection, 'edges'> & { edges: Array<ResolversTypes['ControlPeriodEdge']> }>;
  ControlPeriodEdge: ResolverTypeWrapper<Omit<ControlPeriodEdge, 'node'> & { node: ResolversTypes['ControlPeriod'] }>;
  Count: ResolverTypeWrapper<Count>;
  CountInput: CountInput;
  Dataset: ResolverTypeWrapper<EntityRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateInput: DateInput;
  DatePrecision: DatePrecision;
  DateValue: ResolverTypeWrapper<DateValueRow>;
  Disagreement: ResolverTypeWrapper<DisagreementRow>;
  DisagreementConnection: ResolverTypeWrapper<Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversTypes['DisagreementEdge']> }>;
  DisagreementEdge: ResolverTypeWrapper<Omit<DisagreementEdge, 'node'> & { node: ResolversTypes['Disagreement'] }>;
  Distance: ResolverTypeWrapper<Distance>;
  DistanceInput: DistanceInput;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<EntityRow>;
  Faction: ResolverTypeWrapper<EntityRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MediaSource: ResolverTypeWrapper<EntityRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRow>;
  PathConnection: ResolverTypeWrapper<Omit<PathConnection, 'edges'> & { edges: Array<ResolversTypes['PathEdge']> }>;
  PathEdge: ResolverTypeWrapper<Omit<PathEdge, 'node'> & { node: ResolversTypes['Path'] }>;
  PathStep: ResolverTypeWrapper<PathStepRow>;
  Person: ResolverTypeWrapper<EntityRow>;
  Phrasing: Phrasing;
  Place: ResolverTypeWrapper<EntityRow>;
  PlaceConnection: ResolverTypeWrapper<Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceEdge']> }>;
  PlaceEdge: ResolverTypeWrapper<LinkEdgeRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RetractStatementPayload: ResolverTypeWrapper<Omit<RetractStatementPayload, 'statement'> & { statement: ResolversTypes['Statement'] }>;
  Retraction: ResolverTypeWrapper<Retraction>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  SearchMatch: SearchMatch;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementKind: StatementKind;
  StatementStatus: StatementStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddAliasPayload: Omit<AddAliasPayload, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  AddEntityInput: AddEntityInput;
  AddEntityPayload: Omit<AddEntityPayload, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  AddStatementInput: AddStatementInput;
  AddStatementPayload: Omit<AddStatementPayload, 'statement'> & { statement: ResolversParentTypes['Statement'] };
  Agreement: EntityRow;
  AgreementConnection: Omit<AgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementEdge']> };
  AgreementEdge: LinkEdgeRow;
  AgreementParty: LinkRow;
  Article: EntityRow;
  Attribution: AttributionRow;
  AttributionInput: AttributionInput;
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  Boolean: Scalars['Boolean']['output'];
  Control: ControlRow;
  ControlConnection: Omit<ControlConnection, 'edges'> & { edges: Array<ResolversParentTypes['ControlEdge']> };
  ControlEdge: Omit<ControlEdge, 'node'> & { node: ResolversParentTypes['Control'] };
  ControlPeriod: ControlPeriodRow;
  ControlPeriodConnection: Omit<ControlPeriodConnection, 'edges'> & { edges: Array<ResolversParentTypes['ControlPeriodEdge']> };
  ControlPeriodEdge: Omit<ControlPeriodEdge, 'node'> & { node: ResolversParentTypes['ControlPeriod'] };
  Count: Count;
  CountInput: CountInput;
  Dataset: EntityRow;
  Date: Scalars['Date']['output'];
  DateInput: DateInput;
  DateValue: DateValueRow;
  Disagreement: DisagreementRow;
  DisagreementConnection: Omit<DisagreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisagreementEdge']> };
  DisagreementEdge: Omit<DisagreementEdge, 'node'> & { node: ResolversParentTypes['Disagreement'] };
  Distance: Distance;
  DistanceInput: DistanceInput;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  Event: EntityRow;
  Faction: EntityRow;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MediaSource: EntityRow;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Path: PathRow;
  PathConnection: Omit<PathConnection, 'edges'> & { edges: Array<ResolversParentTypes['PathEdge']> };
  PathEdge: Omit<PathEdge, 'node'> & { node: ResolversParentTypes['Path'] };
  PathStep: PathStepRow;
  Person: EntityRow;
  Place: EntityRow;
  PlaceConnection: Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceEdge']> };
  PlaceEdge: LinkEdgeRow;
  Query: Record<PropertyKey, never>;
  RetractStatementPayload: Omit<RetractStatementPayload, 'statement'> & { statement: ResolversParentTypes['Statement'] };
  Retraction: Retraction;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  Statement: StatementRow;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  String: Scalars['String']['output'];
}>;

export type AddAliasPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddAliasPayload'] = ResolversParentTypes['AddAliasPayload']> = ResolversObject<{
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AddEntityPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddEntityPayload'] = ResolversParentTypes['AddEntityPayload']> = ResolversObject<{
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AddStatementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddStatementPayload'] = ResolversParentTypes['AddStatementPayload']> = ResolversObject<{
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['AgreementParty']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
}>;

export type AgreementPartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementParty'] = ResolversParentTypes['AgreementParty']> = ResolversObject<{
  party?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ArticleStatementsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AttributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attribution'] = ResolversParentTypes['Attribution']> = ResolversObject<{
  carriedBy?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedOn?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  reporter?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type ControlResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Control'] = ResolversParentTypes['Control']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  faction?: Resolver<ResolversTypes['Faction'], ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  pointInTime?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatementStatus']>, ParentType, ContextType>;
}>;

export type ControlConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlConnection'] = ResolversParentTypes['ControlConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ControlEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControlEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlEdge'] = ResolversParentTypes['ControlEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Control'], ParentType, ContextType>;
}>;

export type ControlPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlPeriod'] = ResolversParentTypes['ControlPeriod']> = ResolversObject<{
  competing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  controls?: Resolver<Array<ResolversTypes['Control']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ControlPeriodConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlPeriodConnection'] = ResolversParentTypes['ControlPeriodConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ControlPeriodEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ControlPeriodEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ControlPeriodEdge'] = ResolversParentTypes['ControlPeriodEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ControlPeriod'], ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  phrasing?: Resolver<ResolversTypes['Phrasing'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DatasetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateValue'] = ResolversParentTypes['DateValue']> = ResolversObject<{
  earliest?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type DisagreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  relatedTo?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  reporters?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type DisagreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisagreementConnection'] = ResolversParentTypes['DisagreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DisagreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DisagreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisagreementEdge'] = ResolversParentTypes['DisagreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Disagreement'], ParentType, ContextType>;
}>;

export type DistanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Distance'] = ResolversParentTypes['Distance']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bearing?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phrasing?: Resolver<ResolversTypes['Phrasing'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Dataset' | 'Event' | 'Faction' | 'MediaSource' | 'Person' | 'Place', ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<EventCountsArgs, 'includeParts'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Faction'] = ResolversParentTypes['Faction']> = ResolversObject<{
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<FactionAgreementsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  controls?: Resolver<ResolversTypes['ControlConnection'], ParentType, ContextType, RequireFields<FactionControlsArgs, 'first'>>;
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
  reported?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<MediaSourceReportedArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addAlias?: Resolver<ResolversTypes['AddAliasPayload'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'alias' | 'entity'>>;
  addEntity?: Resolver<ResolversTypes['AddEntityPayload'], ParentType, ContextType, RequireFields<MutationAddEntityArgs, 'input'>>;
  addStatement?: Resolver<ResolversTypes['AddStatementPayload'], ParentType, ContextType, RequireFields<MutationAddStatementArgs, 'input'>>;
  retractStatement?: Resolver<ResolversTypes['RetractStatementPayload'], ParentType, ContextType, RequireFields<MutationRetractStatementArgs, 'id' | 'reason'>>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Article' | 'Attribution' | 'Dataset' | 'Event' | 'Faction' | 'MediaSource' | 'Person' | 'Place' | 'Statement', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type PathConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathConnection'] = ResolversParentTypes['PathConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PathEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PathEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathEdge'] = ResolversParentTypes['PathEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonReportedArgs, 'first'>>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<PlaceChildrenArgs, 'first'>>;
  controlHistory?: Resolver<ResolversTypes['ControlPeriodConnection'], ParentType, ContextType, RequireFields<PlaceControlHistoryArgs, 'first'>>;
  controlledBy?: Resolver<Array<ResolversTypes['Control']>, ParentType, ContextType, Partial<PlaceControlledByArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  connections?: Resolver<ResolversTypes['PathConnection'], ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  controlHistory?: Resolver<ResolversTypes['ControlPeriodConnection'], ParentType, ContextType, RequireFields<QueryControlHistoryArgs, 'first' | 'place'>>;
  controlledBy?: Resolver<ResolversTypes['ControlConnection'], ParentType, ContextType, RequireFields<QueryControlledByArgs, 'faction' | 'first'>>;
  disagreements?: Resolver<ResolversTypes['DisagreementConnection'], ParentType, ContextType, RequireFields<QueryDisagreementsArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first' | 'includeRetracted'>>;
  whoControls?: Resolver<Array<ResolversTypes['Control']>, ParentType, ContextType, RequireFields<QueryWhoControlsArgs, 'place'>>;
}>;

export type RetractStatementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetractStatementPayload'] = ResolversParentTypes['RetractStatementPayload']> = ResolversObject<{
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type RetractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = ResolversObject<{
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Count']>, ParentType, ContextType>;
  distance?: Resolver<Maybe<ResolversTypes['Distance']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  pointInTime?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['StatementStatus']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AddAliasPayload?: AddAliasPayloadResolvers<ContextType>;
  AddEntityPayload?: AddEntityPayloadResolvers<ContextType>;
  AddStatementPayload?: AddStatementPayloadResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AgreementParty?: AgreementPartyResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  Attribution?: AttributionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Control?: ControlResolvers<ContextType>;
  ControlConnection?: ControlConnectionResolvers<ContextType>;
  ControlEdge?: ControlEdgeResolvers<ContextType>;
  ControlPeriod?: ControlPeriodResolvers<ContextType>;
  ControlPeriodConnection?: ControlPeriodConnectionResolvers<ContextType>;
  ControlPeriodEdge?: ControlPeriodEdgeResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateValue?: DateValueResolvers<ContextType>;
  Disagreement?: DisagreementResolvers<ContextType>;
  DisagreementConnection?: DisagreementConnectionResolvers<ContextType>;
  DisagreementEdge?: DisagreementEdgeResolvers<ContextType>;
  Distance?: DistanceResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Faction?: FactionResolvers<ContextType>;
  MediaSource?: MediaSourceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathConnection?: PathConnectionResolvers<ContextType>;
  PathEdge?: PathEdgeResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetractStatementPayload?: RetractStatementPayloadResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
}>;

