import type { HeaderReader } from './exchange.js';

/** A security scheme as the mock checks it (generated from the spec; `other` cannot be checked). */
export type MockSecurityScheme =
  | {
      readonly kind: 'apiKey';
      readonly scheme: string;
      readonly in: 'header' | 'query' | 'cookie';
      readonly name: string;
    }
  | { readonly kind: 'basic' | 'bearer' | 'other'; readonly scheme: string };

/** Alternatives, any one of which suffices; each lists the schemes it needs together (`[]`: anonymous). */
export type MockSecurity = readonly (readonly MockSecurityScheme[])[];

/**
 * Undefined when the request satisfies one of the requirements (or there are none); else why not,
 * naming what is missing, and the `WWW-Authenticate` challenge to answer with.
 */
export declare function missingCredentials(request: { readonly headers: HeaderReader }, url: URL, security: MockSecurity | null): { message: string; challenge: string } | undefined;

/** The user of `Authorization: Basic <base64(user:password)>`, when well formed. */
export declare function basicUser(header: string | null): string | undefined;
