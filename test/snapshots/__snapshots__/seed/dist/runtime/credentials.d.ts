import { InvalidRequestError } from './errors.js';
import { checkHeaderValue, encodeComponent } from './url.js';

/** A credential, or a function giving it at each call (may be async; `undefined`: none now). */
export type Secret =
  string | (() => string | null | undefined | Promise<string | null | undefined>);

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * Credentials for `createClient({ credentials })`: an API key for every apiKey scheme (or one per
 * scheme, by the scheme's name in the spec), HTTP Basic's user and password, a Bearer token.
 * Each operation sends those its security requirements ask for (see `applyCredentials`).
 */
export interface CredentialOptions {
  readonly apiKey?: Secret | { readonly [scheme: string]: Secret | undefined } | undefined;
  readonly basic?:
    | BasicCredentials
    | (() => BasicCredentials | undefined | Promise<BasicCredentials | undefined>)
    | undefined;
  readonly bearer?: Secret | undefined;
}

/** Credentials as plain values (what a pure `build…Request` takes in `BuildOptions.credentials`). */
export interface CredentialValues {
  readonly apiKey?: string | { readonly [scheme: string]: string | undefined } | undefined;
  readonly basic?: BasicCredentials | undefined;
  readonly bearer?: string | undefined;
}

/** A security scheme as the client applies it (generated from the spec). */
export type SecurityScheme =
  | {
      readonly kind: 'apiKey';
      readonly scheme: string;
      readonly in: 'header' | 'query' | 'cookie';
      readonly name: string;
    }
  | { readonly kind: 'basic' | 'bearer' | 'other'; readonly scheme: string };

/** Alternatives, any one of which suffices; each lists the schemes it needs together (`[]`: anonymous). */
export type SecurityRequirements = readonly (readonly SecurityScheme[])[];

/** What the chosen requirement adds to a request. */
export interface AppliedCredentials {
  readonly headers: readonly (readonly [string, string])[];
  readonly query: readonly string[];
  readonly cookies: readonly string[];
}

/** Call the functions among `options` that `requirements` can use, giving plain values. */
export declare function resolveCredentials(requirements: SecurityRequirements, options: CredentialOptions | undefined): Promise<CredentialValues | undefined>;

/**
 * The credentials of the first requirement that `values` (and `token`, a Bearer token from
 * `getToken`) satisfy entirely; an anonymous alternative only when none is. Nothing when no
 * requirement can be met: the server answers 401.
 */
export declare function applyCredentials(requirements: SecurityRequirements, values: CredentialValues | undefined, token: string | undefined): AppliedCredentials;
