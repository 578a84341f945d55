import type { NamedSchema, OperationNode } from '../model/ir.js';

/**
 * Which view of a schema is meant: `read` (a response: writeOnly properties left out) or `write`
 * (a request: readOnly properties left out).
 */
export type View = 'read' | 'write';

/**
 * The names that go with one type of `types.ts` that has a validator: the type itself, the
 * validators module's exports (`validateX`, `isX`, `schemas.X`) and its internal checkers
 * (`is$X`, `check$X`; `$` never starts a planned type name).
 */
export interface ValidatedNames {
  /** `User`, `UserWritable`, `UpdateUserRequestBody`. */
  readonly type: string;
  /** `validateUser`. */
  readonly validate: string;
  /** `isUser`. */
  readonly guard: string;
  /** `is$User`: the yes/no checker. */
  readonly fast: string;
  /** `check$User`: the reporting checker. */
  readonly report: string;
}

export function validatedNames(type: string): ValidatedNames {
  return Object.freeze({ type, validate: `validate${type}`, guard: `is${type}`, fast: `is$${type}`, report: `check$${type}` });
}

/** Everything named after one named schema. */
export interface SchemaNames {
  readonly id: string;
  /** The read view's names (`User`). */
  readonly read: ValidatedNames;
  /** The write view's names: `UserWritable` where readOnly/writeOnly make the views differ, else the read view's. */
  readonly write: ValidatedNames;
  /** True when the write view has a type of its own. */
  readonly writeDiffers: boolean;
  /**
   * The id the schema's alias chain ends at (`followAliases`): itself unless it is only a `$ref`.
   * References to an alias use the end's names, so no alias is more than one step deep.
   */
  readonly aliasEnd: string;
}

export function schemaNames(named: NamedSchema, aliasEnd: string): SchemaNames {
  const read = validatedNames(named.typeName);
  const write = named.writeTypeName === undefined ? read : validatedNames(named.writeTypeName);
  return Object.freeze({ id: named.id, read, write, writeDiffers: named.writeTypeName !== undefined, aliasEnd });
}

/** Everything named after one operation, in `types.ts`, `client.ts` and `validators.ts`. */
export interface OperationNames {
  /** `UpdateUserParameters`. */
  readonly parameters: string;
  /** `UpdateUserRequestBody` and its validator. */
  readonly requestBody: ValidatedNames;
  /** `UpdateUserResponse` and its validator. */
  readonly response: ValidatedNames;
  /** `UpdateUserError`: the declared error responses by status. */
  readonly error: string;
  /** `UpdateUserResult`: the client's result type when `$select` narrows it. */
  readonly result: string;
  /** `buildUpdateUserRequest`. */
  readonly builder: string;
  /** `updateUserOperation`: the client's constant holding the runtime `OperationSpec`. */
  readonly specConstant: string;
  /** `readUpdateUserResult`. */
  readonly resultReader: string;
}

/** The model reserved every `<typeName><suffix>` (see `OPERATION_TYPE_SUFFIXES`), so these never collide. */
export function operationNames(op: OperationNode): OperationNames {
  return Object.freeze({
    parameters: `${op.typeName}Parameters`,
    requestBody: validatedNames(`${op.typeName}RequestBody`),
    response: validatedNames(`${op.typeName}Response`),
    error: `${op.typeName}Error`,
    result: `${op.typeName}Result`,
    builder: `build${op.typeName}Request`,
    specConstant: `${op.identifier}Operation`,
    resultReader: `read${op.typeName}Result`,
  });
}
