import type { CollectionQueries, CollectionQuery } from './core.js';
import {
  filterProperties,
  matchesFilter,
  ODataQueryError,
  parseFilter,
  type FilterExpression,
} from './odata-filter.js';
export { ODataQueryError } from './odata-filter.js';

/** What the mock knows of an operation's OData conventions (generated from the spec). */
export type MockOData = CollectionQuery;

/** The OData query options for the mock core (`MockDefinition.queries`). */
export declare const odataQueries: CollectionQueries;

export interface ODataQuery {
  readonly select: readonly string[] | null;
  readonly filter: FilterExpression | null;
  readonly search: string | null;
  readonly orderby: readonly { readonly name: string; readonly descending: boolean }[];
  readonly top: number | null;
  readonly skip: number;
  readonly count: boolean;
  /** Where the previous page ended: the sort values and the position of its last entity. */
  readonly after: { readonly values: readonly unknown[]; readonly order: number } | null;
}

/** An entity with its insertion position (the default order and the tie-break of `$orderby`). */
export interface OrderedEntity {
  readonly entity: Readonly<Record<string, unknown>>;
  readonly order: number;
}

/**
 * Read the OData query options of a request. Options the operation does not declare are ignored
 * (as before), except `$skiptoken` on a paged list. Throws `ODataQueryError` for a value that
 * does not parse or a name that is not a property.
 */
export declare function readODataQuery(url: URL, odata: MockOData, paged: boolean): ODataQuery;

/** The skip token of a page that ended with `last`: its sort values and position, as base64url JSON. */
export declare function encodeSkipToken(last: OrderedEntity, orderby: ODataQuery['orderby']): string;

/** OData's order of values: null (and absent) first, then false < true, numbers, strings (code units). */
export declare function compareValues(a: unknown, b: unknown): number;

export interface ODataPage {
  readonly items: Record<string, unknown>[];
  /** The entities the query matches, over every page (for `@odata.count`). */
  readonly total: number;
  /** The skip token of the next page; `null` on the last page. */
  readonly skipToken: string | null;
}

/**
 * One page of a collection: filter and search, order (the `$orderby` keys, then insertion order:
 * stable), continue after the skip token (else skip `$skip`), take `min($top, pageSize)`. The
 * skip token holds the last entity's sort values and position, so the next page starts right
 * after it whatever was added or removed in between.
 */
export declare function queryPage(entities: readonly OrderedEntity[], query: ODataQuery, pageSize: number | null): ODataPage;

/** Only the selected properties and the `@odata.*` annotations (everything when `select` is null). */
export declare function selectProperties(entity: Readonly<Record<string, unknown>>, select: readonly string[] | null): Record<string, unknown>;

/** The next link: the request URL without `$skip` and `$skiptoken`, then the new `$skiptoken` (the rest kept as sent). */
export declare function nextLinkFor(url: URL, skipToken: string): string;
