export type ErrorDetails = {
    code: string;
    message: string;
    target?: string;
};
/**
 * Diagnostic details of the request that failed.
 */
export type InnerError = {
    /**
     * Date when the error occurred.
     *
     * Format: date-time
     */
    date?: string;
    /**
     * Request Id as tracked internally by the service.
     */
    'request-id'?: string;
    /**
     * Client request Id as sent by the client application.
     */
    'client-request-id'?: string;
};
export type MainError = {
    /**
     * An error code string for the error that occurred.
     */
    code: string;
    /**
     * A developer-ready message about the error that occurred.
     */
    message: string;
    /**
     * The target of the error.
     */
    target?: string;
    details?: ErrorDetails[];
    innerError?: InnerError;
};
/**
 * The error envelope Microsoft Graph returns with every 4XX and 5XX response.
 */
export type OdataError = {
    error: MainError;
};
/**
 * A user in Intune (Microsoft Graph `microsoft.graph.user`).
 */
export type User = {
    /**
     * Unique identifier of the user.
     */
    id?: string;
    /**
     * The limit on the maximum number of devices that the user is permitted to enroll. Allowed values are 5 or 1000.
     *
     * Format: int32
     */
    deviceEnrollmentLimit?: 5 | 1000;
};
/**
 * PATCH /users/{usersId}
 */
export type UpdateUserParameters = {
    path: {
        /**
         * Unique identifier of the user.
         */
        usersId: string;
    };
};
/**
 * Update user
 */
export type UpdateUserRequestBody = User;
/**
 * Update user
 */
export type UpdateUserResponse = User;
