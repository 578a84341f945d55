/**
 * POST /post
 */
export type PostPostParameters = {
    cookie?: {
        foo?: string;
        bar?: string;
    };
};
export type PostPostRequestBody = never;
export type PostPostResponse = undefined;
