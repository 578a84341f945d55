import type { StandardSchemaV1 } from '@standard-schema/spec';
import type * as T from '../../generated/src/types.js';
import { isUser, schemas, validateUpdateUserRequestBody, type ValidationResult } from '../../generated/src/validators.js';

/**
 * Type-level checks on the committed generated package, run by `tsc -p tsconfig.json --noEmit`
 * (part of `npm test`), not by vitest: the `schemas` objects satisfy the Standard Schema
 * package's own `StandardSchemaV1`, their inferred output is the generated type, and the
 * validators narrow as documented. A line that stops compiling, or an `@ts-expect-error` that
 * stops erring, fails the type-check.
 */

export const user: StandardSchemaV1<T.User> = schemas.User;
export const body: StandardSchemaV1<T.UpdateUserRequestBody> = schemas.UpdateUserRequestBody;

type Output = StandardSchemaV1.InferOutput<typeof schemas.UpdateUserRequestBody>;
export const output: Output = { deviceEnrollmentLimit: 1000 };
// @ts-expect-error 7 is not an allowed deviceEnrollmentLimit
export const refused: Output = { deviceEnrollmentLimit: 7 };

export function narrows(value: unknown): 5 | 1000 | undefined {
  const result: ValidationResult<T.UpdateUserRequestBody> = validateUpdateUserRequestBody(value);
  if (result.ok) return result.value.deviceEnrollmentLimit;
  return isUser(value) ? value.deviceEnrollmentLimit : undefined;
}
