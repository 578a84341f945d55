export type Account = {
    readonly id: string;
    name: string;
};
/**
 * Request (write) view of {@link Account}: without readOnly properties.
 */
export type AccountWritable = {
    name: string;
    password: string;
};
export type Anything = unknown;
export type Cat = {
    petType: 'cat';
    meows: boolean;
};
export type Circle = {
    kind: 'circle';
    radius: number;
};
export type Collections = {
    tags?: string[];
    tuple?: [string?, number?];
    pairs?: [number?, ...string[]];
    matrix?: number[][];
    records?: {
        [key: string]: unknown;
    }[];
};
export type Composition = {
    both?: string;
    either?: string | number;
    exactlyOne?: number;
    notNull?: unknown;
    labelled?: Label & string;
    pet?: Pet;
};
export type Dangerous = {
    constructor: string;
    prototype?: number;
    toString?: boolean;
    'quote"and\\backslash'?: number;
    'new\nline */ end'?: number;
    'emoji \ud83d\udc31'?: number;
    [key: string]: unknown;
};
export type Dictionary = {
    [key: string]: number;
};
export type Dog = {
    petType: 'dog';
    barks: number;
};
export type Formats = {
    /**
     * Format: date-time
     */
    when?: string;
    /**
     * Format: date
     */
    day?: string;
    /**
     * Format: time
     */
    clock?: string;
    /**
     * Format: uuid
     */
    id?: string;
    /**
     * Format: email
     */
    mail?: string;
    /**
     * Format: uri
     */
    link?: string;
    /**
     * Format: byte
     */
    blob?: string;
    /**
     * Format: ipv4
     */
    v4?: string;
    /**
     * Format: ipv6
     */
    v6?: string;
    /**
     * Format: x-not-a-known-format
     */
    custom?: string;
};
/**
 * *\/ }); throw new Error('escaped'); /*
 */
export type Hostile = '"; process.exit(1); "' | 'back`tick ${x}' | 'line\u2028separator' | '*/';
export type Label = string;
export type Legacy = {
    age: number;
    score?: number;
    nick?: string | null;
    level?: 'low' | 'high' | null;
    parent?: LegacyRef | null;
    shape?: Shape;
};
export type LegacyRef = {
    name: string;
};
export type Nothing = never;
export type Pet = {
    [key: string]: unknown;
} & (Cat | Dog);
export type Scalars = {
    /**
     * Format: int32
     */
    count: number;
    /**
     * Format: int64
     */
    big?: number;
    ratio?: number;
    half?: number;
    triple?: number;
    /**
     * Format: float
     */
    weight?: number;
    /**
     * Format: double
     */
    precise?: number;
    code?: string;
    letters?: string;
    nullableName?: string | null;
    kind?: 'a' | 'b' | 1 | null;
    fixed?: {
        readonly x: 1;
        readonly y: readonly [true];
    };
    /**
     * Format: int32
     */
    choice?: 5 | 1000;
    flag?: boolean;
    color?: 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'indigo' | 'violet' | 'black' | 'white' | 'grey';
    point?: readonly [0, 0] | readonly [1, 1] | {
        readonly x: 0;
    };
    answer?: 42;
};
export type Shape = {
    kind: string;
} & (Circle | Square);
export type SlashPattern = string;
export type Square = {
    kind: 'square';
    side: number;
};
export type TreeNode = {
    value: number;
    children?: TreeNode[];
};
/**
 * PUT /accounts/{accountId}
 */
export type ReplaceAccountParameters = {
    path: {
        accountId: string;
    };
};
export type ReplaceAccountRequestBody = AccountWritable;
export type ReplaceAccountResponse = Account;
/**
 * POST /scalars
 */
export type CreateScalarsParameters = {
    [key: string]: never;
};
export type CreateScalarsRequestBody = Scalars;
export type CreateScalarsResponse = Scalars | undefined;
