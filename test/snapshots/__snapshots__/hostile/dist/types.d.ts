export type AnyEnum = 'plain' | 'dq"' | "sq'" | 0 | -1 | 1.5 | -0.25 | 1e21 | true | false | null | readonly ['a', 1, null] | {
    readonly '"k': 'v';
    readonly nested: {
        readonly x: readonly [1];
    };
} | {
    readonly __proto__: {
        readonly polluted: 'yes';
    };
    readonly k: 1;
};
export type Class = string;
export type Constructor = string;
export type Error = {
    message?: string;
};
export type Mood = 'plain' | 'dq"' | "sq'" | 'back`tick' | '${x}' | 'back\\slash' | 'new\nline' | 'nul\u0000' | 'ls\u2028ps\u2029' | '__proto__' | 'constructor' | 'toString' | '*/ ; globalThis.pwned = 1; /*' | '"]; globalThis.pwned = 1; //' | '`; globalThis.pwned = 1; `${globalThis.pwned = 1}' | '\ud83d\ude00' | '';
export type MySchema = number;
/**
 * Ends *\/ ; globalThis.pwned = 1; /* here.
 * \@param x injected tag
 *   \@deprecated indented tag
 * after LS
 * after PS `tick` ${x} "dq" 'sq' back\slash NUL\u0000 </script><img src=x onerror=alert(1)> # not a heading
 * ```
 * fence
 */
export type MySchema2 = {
    id?: string;
    /**
     * Ends *\/ ; globalThis.pwned = 1; /* here.
     * \@param x injected tag
     *   \@deprecated indented tag
     * after LS
     * after PS `tick` ${x} "dq" 'sq' back\slash NUL\u0000 </script><img src=x onerror=alert(1)> # not a heading
     * ```
     * fence
     */
    class?: string;
    '1st'?: number;
    'kebab-case'?: string;
    'dot.name'?: string;
    '@odata.type'?: string;
    'with space'?: string;
    'quo"te'?: string;
    "apos'"?: string;
    'back\\slash'?: string;
    'emoji\ud83d\ude00'?: string;
    constructor?: string;
    prototype?: string;
    toString?: string;
    hasOwnProperty?: string;
    'a-b'?: string;
    a_b?: string;
    'a b'?: string;
    aB?: string;
    /**
     * *\/ ; globalThis.pwned = 1; /*
     */
    '"]; globalThis.pwned = 1; //'?: string;
    '*/ ; globalThis.pwned = 1; /*'?: string;
    'line\u2028sep'?: string;
    'nul\u0000byte'?: string;
    '${x}`'?: string;
    slashy?: string;
    regexPayload?: string;
    flagsLike?: string;
    unicodeWord?: string;
    astral?: string;
    mood?: Mood;
    anything?: AnyEnum;
    /**
     * the __proto__ property
     */
    __proto__?: string;
};
/**
 * *\/ ; globalThis.pwned = 1; /*
 */
export type MySchema3 = string;
export type MySchema4 = boolean;
export type MySchema5 = number;
export type Promise = string;
export type Proto = string;
export type Record = string;
export type ToString = string;
export type _1thing = string;
/**
 * GET /items
 */
export type GetItem5Parameters = {
    [key: string]: never;
};
export type GetItem5RequestBody = never;
export type GetItem5Response = {
    value?: MySchema2[];
};
/**
 * PUT /items
 */
export type GlobalThisPwned1Parameters = {
    [key: string]: never;
};
export type GlobalThisPwned1RequestBody = never;
export type GlobalThisPwned1Response = undefined;
/**
 * POST /items
 */
export type GetItemParameters = {
    [key: string]: never;
};
export type GetItemRequestBody = MySchema2;
export type GetItemResponse = MySchema2;
/**
 * DELETE /items
 */
export type DeleteParameters = {
    [key: string]: never;
};
export type DeleteRequestBody = never;
export type DeleteResponse = undefined;
/**
 * GET /items/{id}
 */
export type GetItem2Parameters = {
    path: {
        id: string;
    };
};
export type GetItem2RequestBody = never;
export type GetItem2Response = MySchema2;
/**
 * GET /items/{item-id}/sub.path/{odd.name}
 */
export type GetItem3Parameters = {
    path: {
        /**
         * Ends *\/ ; globalThis.pwned = 1; /* here.
         * \@param x injected tag
         *   \@deprecated indented tag
         * after LS
         * after PS `tick` ${x} "dq" 'sq' back\slash NUL\u0000 </script><img src=x onerror=alert(1)> # not a heading
         * ```
         * fence
         */
        'item-id': string;
        'odd.name': 'plain' | 'dq"' | "sq'" | 'back`tick' | '${x}' | 'back\\slash' | 'new\nline' | 'nul\u0000' | 'ls\u2028ps\u2029' | '__proto__' | 'constructor' | 'toString' | '*/ ; globalThis.pwned = 1; /*' | '"]; globalThis.pwned = 1; //' | '`; globalThis.pwned = 1; `${globalThis.pwned = 1}' | '\ud83d\ude00';
    };
    query?: {
        'q"uery'?: string;
        $filter?: string;
    };
    header?: {
        'X-Odd-Header'?: 'a"b' | '*/ ; globalThis.pwned = 1; /*';
    };
};
/**
 * Summary *\/ ; globalThis.pwned = 1; /* `tick`
 */
export type GetItem3RequestBody = never;
/**
 * Summary *\/ ; globalThis.pwned = 1; /* `tick`
 */
export type GetItem3Response = MySchema2;
/**
 * PATCH /items/{item-id}/sub.path/{odd.name}
 */
export type GetItem4Parameters = {
    path: {
        /**
         * Ends *\/ ; globalThis.pwned = 1; /* here.
         * \@param x injected tag
         *   \@deprecated indented tag
         * after LS
         * after PS `tick` ${x} "dq" 'sq' back\slash NUL\u0000 </script><img src=x onerror=alert(1)> # not a heading
         * ```
         * fence
         */
        'item-id': string;
        'odd.name': 'plain' | 'dq"' | "sq'" | 'back`tick' | '${x}' | 'back\\slash' | 'new\nline' | 'nul\u0000' | 'ls\u2028ps\u2029' | '__proto__' | 'constructor' | 'toString' | '*/ ; globalThis.pwned = 1; /*' | '"]; globalThis.pwned = 1; //' | '`; globalThis.pwned = 1; `${globalThis.pwned = 1}' | '\ud83d\ude00';
    };
};
export type GetItem4RequestBody = MySchema2;
export type GetItem4Response = undefined;
/**
 * GET /things/__proto__/constructor
 */
export type Proto2Parameters = {
    [key: string]: never;
};
export type Proto2RequestBody = never;
export type Proto2Response = undefined;
/**
 * PUT /things/__proto__/constructor
 */
export type ToString2Parameters = {
    [key: string]: never;
};
export type ToString2RequestBody = never;
export type ToString2Response = undefined;
/**
 * POST /things/__proto__/constructor
 */
export type Constructor2Parameters = {
    [key: string]: never;
};
export type Constructor2RequestBody = never;
export type Constructor2Response = undefined;
/**
 * DELETE /things/__proto__/constructor
 */
export type _1opParameters = {
    [key: string]: never;
};
export type _1opRequestBody = never;
export type _1opResponse = undefined;
