/** How a personal account is named in the mock's messages. */
export declare const PERSONAL_ACCOUNT = 'personal account';

/** The audience (`aud`) of the tokens `mockToken` makes, when the service names one. */
export declare const TOKEN_AUDIENCE: string | undefined;
