export type PathMatch = {
    readonly ok: true;
    readonly template: string;
    readonly params: Readonly<Record<string, string>>;
}
/** `segment`: the first path segment no template accepts, for the error message. */
 | {
    readonly ok: false;
    readonly segment: string;
};
/**
 * Matches request paths against the spec's path templates, segment by segment. A parameter takes
 * a whole segment or part of one (`/reports/get(period='{period}')`); segments are
 * percent-decoded before matching. When several templates match, the one with a literal segment
 * earliest wins (`/users/delta` over `/users/{usersId}`).
 */
export declare class PathRouter {
    #private;
    constructor(templates: readonly string[]);
    match(path: string): PathMatch;
}
/** `/a/b%2Fc/` → `['a', 'b/c']`; `undefined` when a segment is not valid percent-encoding. */
export declare function splitPath(path: string): string[] | undefined;
/** A template with its parameters filled in, each percent-encoded (`/users/{id}` → `/users/a%2Fb`). */
export declare function fillTemplate(template: string, params: Readonly<Record<string, string>>): string;
