/**
 * Names the generated package exports from its root besides the schema and operation types: the
 * client's error classes and option types, and the validators' result types. Schema and operation
 * type names never take one of these (a schema named `ApiError` becomes `ApiError2`), so the
 * package root's `export *` lines never export one name twice.
 */
export const RUNTIME_EXPORT_NAMES: readonly string[] = [
  // src/client.ts
  'ApiClient',
  'ApiError',
  'ApiErrorClass',
  'ApiResult',
  'BatchClient',
  'BatchOptions',
  'BatchResults',
  'BatchStep',
  'BatchStepOptions',
  'MAX_BATCH_STEPS',
  'batchStep',
  'createBatchClient',
  'ErrorShape',
  'OperationError',
  'BuildOptions',
  'BuiltRequest',
  'ClientOptions',
  'FetchLike',
  'InvalidRequestError',
  'InvalidResponseError',
  'NetworkError',
  'RequestOptions',
  'RequestSummary',
  'RequestValueLocation',
  'RetryOptions',
  'TimeoutError',
  'TokenSource',
  // src/permissions.ts
  'AccessTokenClaims',
  'CallDenial',
  'CanCallOptions',
  'CanCallResult',
  'ContextPermissions',
  'OperationId',
  'OperationPermissions',
  'OperationScope',
  'PermissionContext',
  'PermissionScheme',
  'RequiredScopes',
  'SchemePermissions',
  'SupportedScheme',
  // src/types.ts
  'Status3XX',
  'Status4XX',
  'Status5XX',
  // src/validators.ts
  'ValidationError',
  'ValidationIssue',
  'ValidationResult',
];
