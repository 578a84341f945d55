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
 * Checks a value against the response body of `getStatus100`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus100Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus100Response>;

/**
 * True when a value matches the response body of `getStatus100`.
 */
export declare function isGetStatus100Response(value: unknown): value is T.GetStatus100Response;

/**
 * Checks a value against the response body of `getStatus101`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus101Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus101Response>;

/**
 * True when a value matches the response body of `getStatus101`.
 */
export declare function isGetStatus101Response(value: unknown): value is T.GetStatus101Response;

/**
 * Checks a value against the response body of `getStatus102`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus102Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus102Response>;

/**
 * True when a value matches the response body of `getStatus102`.
 */
export declare function isGetStatus102Response(value: unknown): value is T.GetStatus102Response;

/**
 * Checks a value against the response body of `getStatus103`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus103Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus103Response>;

/**
 * True when a value matches the response body of `getStatus103`.
 */
export declare function isGetStatus103Response(value: unknown): value is T.GetStatus103Response;

/**
 * Checks a value against the response body of `getStatus200`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus200Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus200Response>;

/**
 * True when a value matches the response body of `getStatus200`.
 */
export declare function isGetStatus200Response(value: unknown): value is T.GetStatus200Response;

/**
 * Checks a value against the response body of `getStatus201`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus201Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus201Response>;

/**
 * True when a value matches the response body of `getStatus201`.
 */
export declare function isGetStatus201Response(value: unknown): value is T.GetStatus201Response;

/**
 * Checks a value against the response body of `getStatus202`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus202Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus202Response>;

/**
 * True when a value matches the response body of `getStatus202`.
 */
export declare function isGetStatus202Response(value: unknown): value is T.GetStatus202Response;

/**
 * Checks a value against the response body of `getStatus203`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus203Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus203Response>;

/**
 * True when a value matches the response body of `getStatus203`.
 */
export declare function isGetStatus203Response(value: unknown): value is T.GetStatus203Response;

/**
 * Checks a value against the response body of `getStatus204`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus204Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus204Response>;

/**
 * True when a value matches the response body of `getStatus204`.
 */
export declare function isGetStatus204Response(value: unknown): value is T.GetStatus204Response;

/**
 * Checks a value against the response body of `getStatus205`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus205Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus205Response>;

/**
 * True when a value matches the response body of `getStatus205`.
 */
export declare function isGetStatus205Response(value: unknown): value is T.GetStatus205Response;

/**
 * Checks a value against the response body of `getStatus206`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus206Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus206Response>;

/**
 * True when a value matches the response body of `getStatus206`.
 */
export declare function isGetStatus206Response(value: unknown): value is T.GetStatus206Response;

/**
 * Checks a value against the response body of `getStatus207`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus207Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus207Response>;

/**
 * True when a value matches the response body of `getStatus207`.
 */
export declare function isGetStatus207Response(value: unknown): value is T.GetStatus207Response;

/**
 * Checks a value against the response body of `getStatus208`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus208Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus208Response>;

/**
 * True when a value matches the response body of `getStatus208`.
 */
export declare function isGetStatus208Response(value: unknown): value is T.GetStatus208Response;

/**
 * Checks a value against the response body of `getStatus218`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus218Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus218Response>;

/**
 * True when a value matches the response body of `getStatus218`.
 */
export declare function isGetStatus218Response(value: unknown): value is T.GetStatus218Response;

/**
 * Checks a value against the response body of `getStatus226`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus226Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus226Response>;

/**
 * True when a value matches the response body of `getStatus226`.
 */
export declare function isGetStatus226Response(value: unknown): value is T.GetStatus226Response;

/**
 * Checks a value against the response body of `getStatus300`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus300Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus300Response>;

/**
 * True when a value matches the response body of `getStatus300`.
 */
export declare function isGetStatus300Response(value: unknown): value is T.GetStatus300Response;

/**
 * Checks a value against the response body of `getStatus301`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus301Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus301Response>;

/**
 * True when a value matches the response body of `getStatus301`.
 */
export declare function isGetStatus301Response(value: unknown): value is T.GetStatus301Response;

/**
 * Checks a value against the response body of `getStatus302`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus302Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus302Response>;

/**
 * True when a value matches the response body of `getStatus302`.
 */
export declare function isGetStatus302Response(value: unknown): value is T.GetStatus302Response;

/**
 * Checks a value against the response body of `getStatus303`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus303Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus303Response>;

/**
 * True when a value matches the response body of `getStatus303`.
 */
export declare function isGetStatus303Response(value: unknown): value is T.GetStatus303Response;

/**
 * Checks a value against the response body of `getStatus304`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus304Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus304Response>;

/**
 * True when a value matches the response body of `getStatus304`.
 */
export declare function isGetStatus304Response(value: unknown): value is T.GetStatus304Response;

/**
 * Checks a value against the response body of `getStatus305`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus305Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus305Response>;

/**
 * True when a value matches the response body of `getStatus305`.
 */
export declare function isGetStatus305Response(value: unknown): value is T.GetStatus305Response;

/**
 * Checks a value against the response body of `getStatus306`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus306Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus306Response>;

/**
 * True when a value matches the response body of `getStatus306`.
 */
export declare function isGetStatus306Response(value: unknown): value is T.GetStatus306Response;

/**
 * Checks a value against the response body of `getStatus307`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus307Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus307Response>;

/**
 * True when a value matches the response body of `getStatus307`.
 */
export declare function isGetStatus307Response(value: unknown): value is T.GetStatus307Response;

/**
 * Checks a value against the response body of `getStatus308`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus308Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus308Response>;

/**
 * True when a value matches the response body of `getStatus308`.
 */
export declare function isGetStatus308Response(value: unknown): value is T.GetStatus308Response;

/**
 * Checks a value against the response body of `getStatus400`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus400Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus400Response>;

/**
 * True when a value matches the response body of `getStatus400`.
 */
export declare function isGetStatus400Response(value: unknown): value is T.GetStatus400Response;

/**
 * Checks a value against the response body of `getStatus401`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus401Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus401Response>;

/**
 * True when a value matches the response body of `getStatus401`.
 */
export declare function isGetStatus401Response(value: unknown): value is T.GetStatus401Response;

/**
 * Checks a value against the response body of `getStatus402`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus402Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus402Response>;

/**
 * True when a value matches the response body of `getStatus402`.
 */
export declare function isGetStatus402Response(value: unknown): value is T.GetStatus402Response;

/**
 * Checks a value against the response body of `getStatus403`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus403Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus403Response>;

/**
 * True when a value matches the response body of `getStatus403`.
 */
export declare function isGetStatus403Response(value: unknown): value is T.GetStatus403Response;

/**
 * Checks a value against the response body of `getStatus404`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus404Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus404Response>;

/**
 * True when a value matches the response body of `getStatus404`.
 */
export declare function isGetStatus404Response(value: unknown): value is T.GetStatus404Response;

/**
 * Checks a value against the response body of `getStatus405`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus405Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus405Response>;

/**
 * True when a value matches the response body of `getStatus405`.
 */
export declare function isGetStatus405Response(value: unknown): value is T.GetStatus405Response;

/**
 * Checks a value against the response body of `getStatus406`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus406Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus406Response>;

/**
 * True when a value matches the response body of `getStatus406`.
 */
export declare function isGetStatus406Response(value: unknown): value is T.GetStatus406Response;

/**
 * Checks a value against the response body of `getStatus407`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus407Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus407Response>;

/**
 * True when a value matches the response body of `getStatus407`.
 */
export declare function isGetStatus407Response(value: unknown): value is T.GetStatus407Response;

/**
 * Checks a value against the response body of `getStatus408`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus408Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus408Response>;

/**
 * True when a value matches the response body of `getStatus408`.
 */
export declare function isGetStatus408Response(value: unknown): value is T.GetStatus408Response;

/**
 * Checks a value against the response body of `getStatus409`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus409Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus409Response>;

/**
 * True when a value matches the response body of `getStatus409`.
 */
export declare function isGetStatus409Response(value: unknown): value is T.GetStatus409Response;

/**
 * Checks a value against the response body of `getStatus410`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus410Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus410Response>;

/**
 * True when a value matches the response body of `getStatus410`.
 */
export declare function isGetStatus410Response(value: unknown): value is T.GetStatus410Response;

/**
 * Checks a value against the response body of `getStatus411`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus411Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus411Response>;

/**
 * True when a value matches the response body of `getStatus411`.
 */
export declare function isGetStatus411Response(value: unknown): value is T.GetStatus411Response;

/**
 * Checks a value against the response body of `getStatus412`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus412Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus412Response>;

/**
 * True when a value matches the response body of `getStatus412`.
 */
export declare function isGetStatus412Response(value: unknown): value is T.GetStatus412Response;

/**
 * Checks a value against the response body of `getStatus413`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus413Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus413Response>;

/**
 * True when a value matches the response body of `getStatus413`.
 */
export declare function isGetStatus413Response(value: unknown): value is T.GetStatus413Response;

/**
 * Checks a value against the response body of `getStatus414`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus414Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus414Response>;

/**
 * True when a value matches the response body of `getStatus414`.
 */
export declare function isGetStatus414Response(value: unknown): value is T.GetStatus414Response;

/**
 * Checks a value against the response body of `getStatus415`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus415Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus415Response>;

/**
 * True when a value matches the response body of `getStatus415`.
 */
export declare function isGetStatus415Response(value: unknown): value is T.GetStatus415Response;

/**
 * Checks a value against the response body of `getStatus416`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus416Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus416Response>;

/**
 * True when a value matches the response body of `getStatus416`.
 */
export declare function isGetStatus416Response(value: unknown): value is T.GetStatus416Response;

/**
 * Checks a value against the response body of `getStatus417`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus417Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus417Response>;

/**
 * True when a value matches the response body of `getStatus417`.
 */
export declare function isGetStatus417Response(value: unknown): value is T.GetStatus417Response;

/**
 * Checks a value against the response body of `getStatus418`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus418Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus418Response>;

/**
 * True when a value matches the response body of `getStatus418`.
 */
export declare function isGetStatus418Response(value: unknown): value is T.GetStatus418Response;

/**
 * Checks a value against the response body of `getStatus419`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus419Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus419Response>;

/**
 * True when a value matches the response body of `getStatus419`.
 */
export declare function isGetStatus419Response(value: unknown): value is T.GetStatus419Response;

/**
 * Checks a value against the response body of `getStatus420`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus420Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus420Response>;

/**
 * True when a value matches the response body of `getStatus420`.
 */
export declare function isGetStatus420Response(value: unknown): value is T.GetStatus420Response;

/**
 * Checks a value against the response body of `getStatus421`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus421Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus421Response>;

/**
 * True when a value matches the response body of `getStatus421`.
 */
export declare function isGetStatus421Response(value: unknown): value is T.GetStatus421Response;

/**
 * Checks a value against the response body of `getStatus422`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus422Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus422Response>;

/**
 * True when a value matches the response body of `getStatus422`.
 */
export declare function isGetStatus422Response(value: unknown): value is T.GetStatus422Response;

/**
 * Checks a value against the response body of `getStatus423`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus423Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus423Response>;

/**
 * True when a value matches the response body of `getStatus423`.
 */
export declare function isGetStatus423Response(value: unknown): value is T.GetStatus423Response;

/**
 * Checks a value against the response body of `getStatus424`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus424Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus424Response>;

/**
 * True when a value matches the response body of `getStatus424`.
 */
export declare function isGetStatus424Response(value: unknown): value is T.GetStatus424Response;

/**
 * Checks a value against the response body of `getStatus425`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus425Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus425Response>;

/**
 * True when a value matches the response body of `getStatus425`.
 */
export declare function isGetStatus425Response(value: unknown): value is T.GetStatus425Response;

/**
 * Checks a value against the response body of `getStatus426`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus426Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus426Response>;

/**
 * True when a value matches the response body of `getStatus426`.
 */
export declare function isGetStatus426Response(value: unknown): value is T.GetStatus426Response;

/**
 * Checks a value against the response body of `getStatus428`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus428Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus428Response>;

/**
 * True when a value matches the response body of `getStatus428`.
 */
export declare function isGetStatus428Response(value: unknown): value is T.GetStatus428Response;

/**
 * Checks a value against the response body of `getStatus429`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus429Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus429Response>;

/**
 * True when a value matches the response body of `getStatus429`.
 */
export declare function isGetStatus429Response(value: unknown): value is T.GetStatus429Response;

/**
 * Checks a value against the response body of `getStatus430`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus430Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus430Response>;

/**
 * True when a value matches the response body of `getStatus430`.
 */
export declare function isGetStatus430Response(value: unknown): value is T.GetStatus430Response;

/**
 * Checks a value against the response body of `getStatus431`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus431Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus431Response>;

/**
 * True when a value matches the response body of `getStatus431`.
 */
export declare function isGetStatus431Response(value: unknown): value is T.GetStatus431Response;

/**
 * Checks a value against the response body of `getStatus440`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus440Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus440Response>;

/**
 * True when a value matches the response body of `getStatus440`.
 */
export declare function isGetStatus440Response(value: unknown): value is T.GetStatus440Response;

/**
 * Checks a value against the response body of `getStatus444`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus444Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus444Response>;

/**
 * True when a value matches the response body of `getStatus444`.
 */
export declare function isGetStatus444Response(value: unknown): value is T.GetStatus444Response;

/**
 * Checks a value against the response body of `getStatus449`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus449Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus449Response>;

/**
 * True when a value matches the response body of `getStatus449`.
 */
export declare function isGetStatus449Response(value: unknown): value is T.GetStatus449Response;

/**
 * Checks a value against the response body of `getStatus450`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus450Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus450Response>;

/**
 * True when a value matches the response body of `getStatus450`.
 */
export declare function isGetStatus450Response(value: unknown): value is T.GetStatus450Response;

/**
 * Checks a value against the response body of `getStatus451`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus451Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus451Response>;

/**
 * True when a value matches the response body of `getStatus451`.
 */
export declare function isGetStatus451Response(value: unknown): value is T.GetStatus451Response;

/**
 * Checks a value against the response body of `getStatus494`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus494Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus494Response>;

/**
 * True when a value matches the response body of `getStatus494`.
 */
export declare function isGetStatus494Response(value: unknown): value is T.GetStatus494Response;

/**
 * Checks a value against the response body of `getStatus495`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus495Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus495Response>;

/**
 * True when a value matches the response body of `getStatus495`.
 */
export declare function isGetStatus495Response(value: unknown): value is T.GetStatus495Response;

/**
 * Checks a value against the response body of `getStatus496`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus496Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus496Response>;

/**
 * True when a value matches the response body of `getStatus496`.
 */
export declare function isGetStatus496Response(value: unknown): value is T.GetStatus496Response;

/**
 * Checks a value against the response body of `getStatus497`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus497Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus497Response>;

/**
 * True when a value matches the response body of `getStatus497`.
 */
export declare function isGetStatus497Response(value: unknown): value is T.GetStatus497Response;

/**
 * Checks a value against the response body of `getStatus498`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus498Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus498Response>;

/**
 * True when a value matches the response body of `getStatus498`.
 */
export declare function isGetStatus498Response(value: unknown): value is T.GetStatus498Response;

/**
 * Checks a value against the response body of `getStatus499`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus499Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus499Response>;

/**
 * True when a value matches the response body of `getStatus499`.
 */
export declare function isGetStatus499Response(value: unknown): value is T.GetStatus499Response;

/**
 * Checks a value against the response body of `getStatus500`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus500Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus500Response>;

/**
 * True when a value matches the response body of `getStatus500`.
 */
export declare function isGetStatus500Response(value: unknown): value is T.GetStatus500Response;

/**
 * Checks a value against the response body of `getStatus501`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus501Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus501Response>;

/**
 * True when a value matches the response body of `getStatus501`.
 */
export declare function isGetStatus501Response(value: unknown): value is T.GetStatus501Response;

/**
 * Checks a value against the response body of `getStatus502`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus502Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus502Response>;

/**
 * True when a value matches the response body of `getStatus502`.
 */
export declare function isGetStatus502Response(value: unknown): value is T.GetStatus502Response;

/**
 * Checks a value against the response body of `getStatus503`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus503Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus503Response>;

/**
 * True when a value matches the response body of `getStatus503`.
 */
export declare function isGetStatus503Response(value: unknown): value is T.GetStatus503Response;

/**
 * Checks a value against the response body of `getStatus504`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus504Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus504Response>;

/**
 * True when a value matches the response body of `getStatus504`.
 */
export declare function isGetStatus504Response(value: unknown): value is T.GetStatus504Response;

/**
 * Checks a value against the response body of `getStatus505`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus505Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus505Response>;

/**
 * True when a value matches the response body of `getStatus505`.
 */
export declare function isGetStatus505Response(value: unknown): value is T.GetStatus505Response;

/**
 * Checks a value against the response body of `getStatus506`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus506Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus506Response>;

/**
 * True when a value matches the response body of `getStatus506`.
 */
export declare function isGetStatus506Response(value: unknown): value is T.GetStatus506Response;

/**
 * Checks a value against the response body of `getStatus507`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus507Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus507Response>;

/**
 * True when a value matches the response body of `getStatus507`.
 */
export declare function isGetStatus507Response(value: unknown): value is T.GetStatus507Response;

/**
 * Checks a value against the response body of `getStatus508`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus508Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus508Response>;

/**
 * True when a value matches the response body of `getStatus508`.
 */
export declare function isGetStatus508Response(value: unknown): value is T.GetStatus508Response;

/**
 * Checks a value against the response body of `getStatus509`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus509Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus509Response>;

/**
 * True when a value matches the response body of `getStatus509`.
 */
export declare function isGetStatus509Response(value: unknown): value is T.GetStatus509Response;

/**
 * Checks a value against the response body of `getStatus510`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus510Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus510Response>;

/**
 * True when a value matches the response body of `getStatus510`.
 */
export declare function isGetStatus510Response(value: unknown): value is T.GetStatus510Response;

/**
 * Checks a value against the response body of `getStatus511`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus511Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus511Response>;

/**
 * True when a value matches the response body of `getStatus511`.
 */
export declare function isGetStatus511Response(value: unknown): value is T.GetStatus511Response;

/**
 * Checks a value against the response body of `getStatus512`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus512Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus512Response>;

/**
 * True when a value matches the response body of `getStatus512`.
 */
export declare function isGetStatus512Response(value: unknown): value is T.GetStatus512Response;

/**
 * Checks a value against the response body of `getStatus520`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus520Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus520Response>;

/**
 * True when a value matches the response body of `getStatus520`.
 */
export declare function isGetStatus520Response(value: unknown): value is T.GetStatus520Response;

/**
 * Checks a value against the response body of `getStatus522`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus522Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus522Response>;

/**
 * True when a value matches the response body of `getStatus522`.
 */
export declare function isGetStatus522Response(value: unknown): value is T.GetStatus522Response;

/**
 * Checks a value against the response body of `getStatus523`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus523Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus523Response>;

/**
 * True when a value matches the response body of `getStatus523`.
 */
export declare function isGetStatus523Response(value: unknown): value is T.GetStatus523Response;

/**
 * Checks a value against the response body of `getStatus524`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus524Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus524Response>;

/**
 * True when a value matches the response body of `getStatus524`.
 */
export declare function isGetStatus524Response(value: unknown): value is T.GetStatus524Response;

/**
 * Checks a value against the response body of `getStatus525`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus525Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus525Response>;

/**
 * True when a value matches the response body of `getStatus525`.
 */
export declare function isGetStatus525Response(value: unknown): value is T.GetStatus525Response;

/**
 * Checks a value against the response body of `getStatus526`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus526Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus526Response>;

/**
 * True when a value matches the response body of `getStatus526`.
 */
export declare function isGetStatus526Response(value: unknown): value is T.GetStatus526Response;

/**
 * Checks a value against the response body of `getStatus527`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus527Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus527Response>;

/**
 * True when a value matches the response body of `getStatus527`.
 */
export declare function isGetStatus527Response(value: unknown): value is T.GetStatus527Response;

/**
 * Checks a value against the response body of `getStatus529`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus529Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus529Response>;

/**
 * True when a value matches the response body of `getStatus529`.
 */
export declare function isGetStatus529Response(value: unknown): value is T.GetStatus529Response;

/**
 * Checks a value against the response body of `getStatus530`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus530Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus530Response>;

/**
 * True when a value matches the response body of `getStatus530`.
 */
export declare function isGetStatus530Response(value: unknown): value is T.GetStatus530Response;

/**
 * Checks a value against the response body of `getStatus598`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetStatus598Response(value: unknown, options?: ValidateOptions): ValidationResult<T.GetStatus598Response>;

/**
 * True when a value matches the response body of `getStatus598`.
 */
export declare function isGetStatus598Response(value: unknown): value is T.GetStatus598Response;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly GetStatus100Response: StandardValidator<T.GetStatus100Response>;
  readonly GetStatus101Response: StandardValidator<T.GetStatus101Response>;
  readonly GetStatus102Response: StandardValidator<T.GetStatus102Response>;
  readonly GetStatus103Response: StandardValidator<T.GetStatus103Response>;
  readonly GetStatus200Response: StandardValidator<T.GetStatus200Response>;
  readonly GetStatus201Response: StandardValidator<T.GetStatus201Response>;
  readonly GetStatus202Response: StandardValidator<T.GetStatus202Response>;
  readonly GetStatus203Response: StandardValidator<T.GetStatus203Response>;
  readonly GetStatus204Response: StandardValidator<T.GetStatus204Response>;
  readonly GetStatus205Response: StandardValidator<T.GetStatus205Response>;
  readonly GetStatus206Response: StandardValidator<T.GetStatus206Response>;
  readonly GetStatus207Response: StandardValidator<T.GetStatus207Response>;
  readonly GetStatus208Response: StandardValidator<T.GetStatus208Response>;
  readonly GetStatus218Response: StandardValidator<T.GetStatus218Response>;
  readonly GetStatus226Response: StandardValidator<T.GetStatus226Response>;
  readonly GetStatus300Response: StandardValidator<T.GetStatus300Response>;
  readonly GetStatus301Response: StandardValidator<T.GetStatus301Response>;
  readonly GetStatus302Response: StandardValidator<T.GetStatus302Response>;
  readonly GetStatus303Response: StandardValidator<T.GetStatus303Response>;
  readonly GetStatus304Response: StandardValidator<T.GetStatus304Response>;
  readonly GetStatus305Response: StandardValidator<T.GetStatus305Response>;
  readonly GetStatus306Response: StandardValidator<T.GetStatus306Response>;
  readonly GetStatus307Response: StandardValidator<T.GetStatus307Response>;
  readonly GetStatus308Response: StandardValidator<T.GetStatus308Response>;
  readonly GetStatus400Response: StandardValidator<T.GetStatus400Response>;
  readonly GetStatus401Response: StandardValidator<T.GetStatus401Response>;
  readonly GetStatus402Response: StandardValidator<T.GetStatus402Response>;
  readonly GetStatus403Response: StandardValidator<T.GetStatus403Response>;
  readonly GetStatus404Response: StandardValidator<T.GetStatus404Response>;
  readonly GetStatus405Response: StandardValidator<T.GetStatus405Response>;
  readonly GetStatus406Response: StandardValidator<T.GetStatus406Response>;
  readonly GetStatus407Response: StandardValidator<T.GetStatus407Response>;
  readonly GetStatus408Response: StandardValidator<T.GetStatus408Response>;
  readonly GetStatus409Response: StandardValidator<T.GetStatus409Response>;
  readonly GetStatus410Response: StandardValidator<T.GetStatus410Response>;
  readonly GetStatus411Response: StandardValidator<T.GetStatus411Response>;
  readonly GetStatus412Response: StandardValidator<T.GetStatus412Response>;
  readonly GetStatus413Response: StandardValidator<T.GetStatus413Response>;
  readonly GetStatus414Response: StandardValidator<T.GetStatus414Response>;
  readonly GetStatus415Response: StandardValidator<T.GetStatus415Response>;
  readonly GetStatus416Response: StandardValidator<T.GetStatus416Response>;
  readonly GetStatus417Response: StandardValidator<T.GetStatus417Response>;
  readonly GetStatus418Response: StandardValidator<T.GetStatus418Response>;
  readonly GetStatus419Response: StandardValidator<T.GetStatus419Response>;
  readonly GetStatus420Response: StandardValidator<T.GetStatus420Response>;
  readonly GetStatus421Response: StandardValidator<T.GetStatus421Response>;
  readonly GetStatus422Response: StandardValidator<T.GetStatus422Response>;
  readonly GetStatus423Response: StandardValidator<T.GetStatus423Response>;
  readonly GetStatus424Response: StandardValidator<T.GetStatus424Response>;
  readonly GetStatus425Response: StandardValidator<T.GetStatus425Response>;
  readonly GetStatus426Response: StandardValidator<T.GetStatus426Response>;
  readonly GetStatus428Response: StandardValidator<T.GetStatus428Response>;
  readonly GetStatus429Response: StandardValidator<T.GetStatus429Response>;
  readonly GetStatus430Response: StandardValidator<T.GetStatus430Response>;
  readonly GetStatus431Response: StandardValidator<T.GetStatus431Response>;
  readonly GetStatus440Response: StandardValidator<T.GetStatus440Response>;
  readonly GetStatus444Response: StandardValidator<T.GetStatus444Response>;
  readonly GetStatus449Response: StandardValidator<T.GetStatus449Response>;
  readonly GetStatus450Response: StandardValidator<T.GetStatus450Response>;
  readonly GetStatus451Response: StandardValidator<T.GetStatus451Response>;
  readonly GetStatus494Response: StandardValidator<T.GetStatus494Response>;
  readonly GetStatus495Response: StandardValidator<T.GetStatus495Response>;
  readonly GetStatus496Response: StandardValidator<T.GetStatus496Response>;
  readonly GetStatus497Response: StandardValidator<T.GetStatus497Response>;
  readonly GetStatus498Response: StandardValidator<T.GetStatus498Response>;
  readonly GetStatus499Response: StandardValidator<T.GetStatus499Response>;
  readonly GetStatus500Response: StandardValidator<T.GetStatus500Response>;
  readonly GetStatus501Response: StandardValidator<T.GetStatus501Response>;
  readonly GetStatus502Response: StandardValidator<T.GetStatus502Response>;
  readonly GetStatus503Response: StandardValidator<T.GetStatus503Response>;
  readonly GetStatus504Response: StandardValidator<T.GetStatus504Response>;
  readonly GetStatus505Response: StandardValidator<T.GetStatus505Response>;
  readonly GetStatus506Response: StandardValidator<T.GetStatus506Response>;
  readonly GetStatus507Response: StandardValidator<T.GetStatus507Response>;
  readonly GetStatus508Response: StandardValidator<T.GetStatus508Response>;
  readonly GetStatus509Response: StandardValidator<T.GetStatus509Response>;
  readonly GetStatus510Response: StandardValidator<T.GetStatus510Response>;
  readonly GetStatus511Response: StandardValidator<T.GetStatus511Response>;
  readonly GetStatus512Response: StandardValidator<T.GetStatus512Response>;
  readonly GetStatus520Response: StandardValidator<T.GetStatus520Response>;
  readonly GetStatus522Response: StandardValidator<T.GetStatus522Response>;
  readonly GetStatus523Response: StandardValidator<T.GetStatus523Response>;
  readonly GetStatus524Response: StandardValidator<T.GetStatus524Response>;
  readonly GetStatus525Response: StandardValidator<T.GetStatus525Response>;
  readonly GetStatus526Response: StandardValidator<T.GetStatus526Response>;
  readonly GetStatus527Response: StandardValidator<T.GetStatus527Response>;
  readonly GetStatus529Response: StandardValidator<T.GetStatus529Response>;
  readonly GetStatus530Response: StandardValidator<T.GetStatus530Response>;
  readonly GetStatus598Response: StandardValidator<T.GetStatus598Response>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
