import { InvalidRequestError } from './errors.js';
import { buildRequest, type BuiltRequest, type OperationSpec } from './request.js';
import { sleep } from './retry.js';
import { createTransport, type ClientOptions, type RequestOptions } from './transport.js';

/** Most steps one batch request may hold; more are split into several requests. */
export declare const MAX_BATCH_STEPS = 20;

/** One call of a batch: a built request, how to read its answer, and the steps it waits for. */
export interface BatchStep<R = unknown> {
  readonly id: string;
  readonly request: BuiltRequest;
  /** Reads the step's answer as the operation's result (`read<Op>Result`). */
  readonly read: (
    response: Response,
    options?: { readonly validate?: boolean | undefined },
  ) => Promise<R>;
  readonly dependsOn?: readonly string[] | undefined;
}

/**
 * A batch step from a pure builder's request and the operation's reader:
 * `batchStep('1', buildUpdateUserRequest(...), readUpdateUserResult, { dependsOn: ['0'] })`.
 */
export declare function batchStep<R>(id: string, request: BuiltRequest, read: BatchStep<R>['read'], options?: { readonly dependsOn?: readonly string[] | undefined }): BatchStep<R>;

/** A step's id and the ids of the steps it waits for (a fluent call's `.step(...)`). */
export interface BatchStepOptions {
  readonly id: string;
  readonly dependsOn?: readonly string[] | undefined;
}

/** Each step's typed result, in the order of the steps. */
export type BatchResults<S extends readonly BatchStep<unknown>[]> = {
  -readonly [K in keyof S]: S[K] extends BatchStep<infer R> ? R : never;
};

export interface BatchOptions extends RequestOptions {
  /** Rounds for steps answered 429 inside the batch (their `Retry-After` waited for; default 3). */
  readonly maxAttempts?: number | undefined;
}

export interface BatchClient {
  /**
   * Send the steps in as few `POST /$batch` requests as the limit of 20 allows, in dependency
   * order, and read each step's answer as its operation says (validated when the client validates
   * responses). Resolves with every step's result; rejects only when a batch request itself fails.
   */
  send<const S extends readonly BatchStep<unknown>[]>(
    steps: S,
    options?: BatchOptions,
  ): Promise<BatchResults<S>>;
}

/** A batching client over the same options as `createClient`. */
export declare function createBatchClient(batchOperation: OperationSpec, options?: ClientOptions): BatchClient;
