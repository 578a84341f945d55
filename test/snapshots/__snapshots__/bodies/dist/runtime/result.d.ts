import { decodeBody } from './body.js';
import { readApiError, type ApiResult, type ErrorShape } from './errors.js';
import type { OperationSpec } from './request.js';

/** How `read<Op>Result` reads a response. */
export interface ReadResultOptions {
  /** Check the body (success or error) against what the operation declares (default `false`; needs the generated validators). */
  readonly validate?: boolean | undefined;
}

/**
 * A response to a request built by `build<Op>Request` and sent by the caller, read as the client
 * reads it: a 2xx body decoded as the operation says, any other status an `ApiError`. Never throws
 * for a status; throws for a body that cannot be read, or (with `validate`) an invalid one.
 */
export declare function readResult(operation: OperationSpec, response: Response, options?: ReadResultOptions): Promise<ApiResult<unknown, ErrorShape>>;
