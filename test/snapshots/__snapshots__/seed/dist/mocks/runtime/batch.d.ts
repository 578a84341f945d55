import { inMemoryRequest, replyText, type MockReply, type MockRequest } from './exchange.js';
import { parseStrictJson } from './strict-json.js';

/** Most steps one batch request may hold. */
export declare const MAX_BATCH_STEPS = 20;

/** One step's answer, as it goes into `responses`. */
export interface BatchStepResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

/** Answers a sub-request: the mock's handler for one request, before latency. */
export type StepHandler = (request: MockRequest) => Promise<MockReply>;

/** The error answer for the batch request itself (400 for a malformed batch). */
export type BatchError = (status: number, code: string, message: string) => MockReply;

/**
 * Answer `POST <base>/$batch`: `{"requests":[{id, method, url, headers?, body?, dependsOn?}]}` →
 * `{"responses":[{id, status, headers, body}]}`, in the order of `requests`.
 */
export declare function handleBatch(request: MockRequest, base: string, handle: StepHandler, fail: BatchError, maxBodyBytes: number): Promise<MockReply>;
