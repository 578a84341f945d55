/**
 * POST /streams
 */
export type PostStreamsParameters = {
    query: {
        /**
         * the location where data will be sent. Must be network accessible by the source server
         */
        callbackUrl: string;
    };
};
export type PostStreamsRequestBody = never;
export type PostStreamsResponse = {
    /**
     * this unique identifier allows management of the subscription
     */
    subscriptionId: string;
};
