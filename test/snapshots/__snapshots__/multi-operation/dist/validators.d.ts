import type * as T from './types.js';
import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  isBinaryBody as acceptsBinaryBody,
  isBlob as acceptsBlob,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema,
  type JsonSchemaValue,
  type StandardValidator,
  type IssuePath,
  type ValidationIssue,
  type ValidateOptions,
  type ValidationResult,
} from './runtime/validation.js';
import {
  codePointLength,
  duplicateItems,
  isDecimalMultiple,
  jsonEqual,
  jsonIncludes,
} from './runtime/validation-json.js';
import * as formats from './runtime/validation-formats.js';
export {
  ValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from './runtime/validation.js';

/**
 * Checks a value against `Member` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMember(value: unknown, options?: ValidateOptions): ValidationResult<T.Member>;

/**
 * True when a value matches `Member` as received (writeOnly properties refused).
 */
export declare function isMember(value: unknown): value is T.Member;

/**
 * Checks a value against `Member` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateMemberWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.MemberWritable>;

/**
 * True when a value matches `Member` as sent (readOnly properties refused).
 */
export declare function isMemberWritable(value: unknown): value is T.MemberWritable;

/**
 * Checks a value against `Role`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRole(value: unknown, options?: ValidateOptions): ValidationResult<T.Role>;

/**
 * True when a value matches `Role`.
 */
export declare function isRole(value: unknown): value is T.Role;

/**
 * Checks a value against `Team` as received (writeOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTeam(value: unknown, options?: ValidateOptions): ValidationResult<T.Team>;

/**
 * True when a value matches `Team` as received (writeOnly properties refused).
 */
export declare function isTeam(value: unknown): value is T.Team;

/**
 * Checks a value against `Team` as sent (readOnly properties refused): returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateTeamWritable(value: unknown, options?: ValidateOptions): ValidationResult<T.TeamWritable>;

/**
 * True when a value matches `Team` as sent (readOnly properties refused).
 */
export declare function isTeamWritable(value: unknown): value is T.TeamWritable;

/**
 * Checks a value against the response body of `listTeams`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateListTeamsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ListTeamsResponse>;

/**
 * True when a value matches the response body of `listTeams`.
 */
export declare function isListTeamsResponse(value: unknown): value is T.ListTeamsResponse;

/**
 * Checks a value against the response body of `listMembers`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateListMembersResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ListMembersResponse>;

/**
 * True when a value matches the response body of `listMembers`.
 */
export declare function isListMembersResponse(value: unknown): value is T.ListMembersResponse;

/**
 * Checks a value against the request body of `addMember`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAddMemberRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.AddMemberRequestBody>;

/**
 * True when a value matches the request body of `addMember`.
 */
export declare function isAddMemberRequestBody(value: unknown): value is T.AddMemberRequestBody;

/**
 * Checks a value against the response body of `addMember`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAddMemberResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AddMemberResponse>;

/**
 * True when a value matches the response body of `addMember`.
 */
export declare function isAddMemberResponse(value: unknown): value is T.AddMemberResponse;

/**
 * Checks a value against the response body of `getMember`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetMemberResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetMemberResponse>;

/**
 * True when a value matches the response body of `getMember`.
 */
export declare function isGetMemberResponse(value: unknown): value is T.GetMemberResponse;

/**
 * Checks a value against the request body of `replaceMember`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateReplaceMemberRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.ReplaceMemberRequestBody>;

/**
 * True when a value matches the request body of `replaceMember`.
 */
export declare function isReplaceMemberRequestBody(value: unknown): value is T.ReplaceMemberRequestBody;

/**
 * Checks a value against the response body of `replaceMember`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateReplaceMemberResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.ReplaceMemberResponse>;

/**
 * True when a value matches the response body of `replaceMember`.
 */
export declare function isReplaceMemberResponse(value: unknown): value is T.ReplaceMemberResponse;

/**
 * Checks a value against the response body of `removeMember`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateRemoveMemberResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.RemoveMemberResponse>;

/**
 * True when a value matches the response body of `removeMember`.
 */
export declare function isRemoveMemberResponse(value: unknown): value is T.RemoveMemberResponse;

/**
 * Checks a value against the response body of `getTeamNotes`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetTeamNotesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetTeamNotesResponse>;

/**
 * True when a value matches the response body of `getTeamNotes`.
 */
export declare function isGetTeamNotesResponse(value: unknown): value is T.GetTeamNotesResponse;

/**
 * Checks a value against the request body of `appendTeamNote`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAppendTeamNoteRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.AppendTeamNoteRequestBody>;

/**
 * True when a value matches the request body of `appendTeamNote`.
 */
export declare function isAppendTeamNoteRequestBody(value: unknown): value is T.AppendTeamNoteRequestBody;

/**
 * Checks a value against the response body of `appendTeamNote`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAppendTeamNoteResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AppendTeamNoteResponse>;

/**
 * True when a value matches the response body of `appendTeamNote`.
 */
export declare function isAppendTeamNoteResponse(value: unknown): value is T.AppendTeamNoteResponse;

/**
 * Checks a value against the request body of `setTeamPhoto`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSetTeamPhotoRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.SetTeamPhotoRequestBody>;

/**
 * True when a value matches the request body of `setTeamPhoto`.
 */
export declare function isSetTeamPhotoRequestBody(value: unknown): value is T.SetTeamPhotoRequestBody;

/**
 * Checks a value against the response body of `setTeamPhoto`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSetTeamPhotoResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SetTeamPhotoResponse>;

/**
 * True when a value matches the response body of `setTeamPhoto`.
 */
export declare function isSetTeamPhotoResponse(value: unknown): value is T.SetTeamPhotoResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Member: StandardValidator<T.Member>;
  readonly MemberWritable: StandardValidator<T.MemberWritable>;
  readonly Role: StandardValidator<T.Role>;
  readonly Team: StandardValidator<T.Team>;
  readonly TeamWritable: StandardValidator<T.TeamWritable>;
  readonly ListTeamsResponse: StandardValidator<T.ListTeamsResponse>;
  readonly ListMembersResponse: StandardValidator<T.ListMembersResponse>;
  readonly AddMemberRequestBody: StandardValidator<T.AddMemberRequestBody>;
  readonly AddMemberResponse: StandardValidator<T.AddMemberResponse>;
  readonly GetMemberResponse: StandardValidator<T.GetMemberResponse>;
  readonly ReplaceMemberRequestBody: StandardValidator<T.ReplaceMemberRequestBody>;
  readonly ReplaceMemberResponse: StandardValidator<T.ReplaceMemberResponse>;
  readonly RemoveMemberResponse: StandardValidator<T.RemoveMemberResponse>;
  readonly GetTeamNotesResponse: StandardValidator<T.GetTeamNotesResponse>;
  readonly AppendTeamNoteRequestBody: StandardValidator<T.AppendTeamNoteRequestBody>;
  readonly AppendTeamNoteResponse: StandardValidator<T.AppendTeamNoteResponse>;
  readonly SetTeamPhotoRequestBody: StandardValidator<T.SetTeamPhotoRequestBody>;
  readonly SetTeamPhotoResponse: StandardValidator<T.SetTeamPhotoResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
