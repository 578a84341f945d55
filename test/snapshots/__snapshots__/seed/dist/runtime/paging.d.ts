import type { BuildOptions, BuiltRequest, OperationSpec } from './request.js';
import type { RequestOptions, Transport } from './transport.js';
/** The `@odata.*` annotations a service adds to any entity (`@odata.type`, `@odata.etag`, ...). */
export type ODataAnnotations = {
    readonly [annotation: `@odata.${string}`]: unknown;
};
/** An entity narrowed to the properties `$select` names (the whole entity when `S` is `never`). */
export type Selected<T, S extends PropertyKey> = [S] extends [never] ? T : Pick<T, Extract<S, keyof T>> & ODataAnnotations;
/** A page of a collection whose items are narrowed by `$select` (`K` is the items' property, `value`). */
export type SelectedPage<P, I, S extends PropertyKey, K extends string = 'value'> = [S] extends [
    never
] ? P : Omit<P, K> & {
    readonly [key in K]?: Selected<I, S>[];
};
/** A query section whose `$select` takes the names `S` (so the result can be narrowed to them). */
export type Selecting<Q, S> = Omit<Q, '$select'> & {
    readonly $select?: readonly S[] | undefined;
};
/** How `.pages()` and `.items()` walk a collection. */
export interface PagingOptions {
    /** Stop after this many pages. */
    readonly maxPages?: number | undefined;
    /** Stop after this many items (`.items()`; `.pages()` stops after the page that reaches it). */
    readonly maxItems?: number | undefined;
    /** Start from a stored next link or delta link instead of the first page. */
    readonly startFrom?: string | undefined;
    /**
     * Origins (`https://other.example`) whose next links may be followed although they differ from the
     * client's base URL. They are sent without the bearer token, which only ever goes to the base URL's origin.
     */
    readonly allowOrigins?: readonly string[] | undefined;
}
/** The pages (or items) of a collection, one request per page, and where the walk ended. */
export interface PagedIterable<T> extends AsyncIterable<T> {
    /** After the walk: the next link it did not follow (stopped by `maxPages`/`maxItems`), else `undefined`. */
    readonly nextLink: string | undefined;
    /** After the walk: the last page's `@odata.deltaLink`, when the service gave one (for later changes). */
    readonly deltaLink: string | undefined;
}
/** A next link on an origin the client may not send to. */
export declare class CrossOriginLinkError extends Error {
    readonly link: string;
    readonly expectedOrigin: string;
    constructor(link: string, expectedOrigin: string);
}
/** Where a collection's items and next link are in a page. */
export interface PagingSpec {
    readonly nextLinkName: string;
    readonly itemName: string;
}
/** Walk the pages of a pageable operation: the first request as built, then each next link. */
export declare function pagesOf<P>(transport: Transport, operation: OperationSpec, paging: PagingSpec, build: (options: BuildOptions) => BuiltRequest, options?: RequestOptions & PagingOptions): PagedIterable<P>;
/** Walk the items of a pageable operation's pages. */
export declare function itemsOf<I>(transport: Transport, operation: OperationSpec, paging: PagingSpec, build: (options: BuildOptions) => BuiltRequest, options?: RequestOptions & PagingOptions): PagedIterable<I>;
/**
 * Microsoft Graph needs `ConsistencyLevel: eventual` for `$count` and `$search` on directory
 * objects: added when the query asks for either, unless the caller sets the header.
 */
export declare function eventualConsistency(query: object | undefined, options?: BuildOptions): BuildOptions;
