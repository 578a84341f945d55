/**
 * Names the generated package exports from its root besides the schema and operation types: the
 * client's error classes and option types, and the validators' result types. Schema and operation
 * type names never take one of these (a schema named `ApiError` becomes `ApiError2`), so the
 * package root's `export *` lines never export one name twice.
 */
export const RUNTIME_EXPORT_NAMES: readonly string[] = [
  // src/client.ts
  'ApiClient',
  'ApiClientOptions',
  'ApiError',
  'BasicCredentials',
  'BinaryBody',
  'BinaryResponse',
  'BuildOptions',
  'BuiltRequest',
  'ClientOptions',
  'CrossOriginLinkError',
  'Credentials',
  'CredentialValues',
  'FetchLike',
  'InvalidRequestError',
  'InvalidResponseError',
  'NetworkError',
  'ODataAnnotations',
  'PagedIterable',
  'PagingOptions',
  'RequestOptions',
  'RequestSummary',
  'RequestValueLocation',
  'RetryOptions',
  'Secret',
  'Selected',
  'SelectedPage',
  'Selecting',
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
  'PERSONAL_ACCOUNT_TENANT_ID',
  'PermissionContext',
  'PermissionScheme',
  'PermissionTableType',
  'RequiredScopes',
  'SchemePermissions',
  'SupportedScheme',
  // src/validators.ts
  'Schemas',
  'ValidationError',
  'ValidationIssue',
  'ValidationResult',
];
