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
 * Checks a value against `Apply`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateApply(value: unknown, options?: ValidateOptions): ValidationResult<T.Apply>;

/**
 * True when a value matches `Apply`.
 */
export declare function isApply(value: unknown): value is T.Apply;

/**
 * Checks a value against `BaseError`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateBaseError(value: unknown, options?: ValidateOptions): ValidationResult<T.BaseError>;

/**
 * True when a value matches `BaseError`.
 */
export declare function isBaseError(value: unknown): value is T.BaseError;

/**
 * Checks a value against `Category`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCategory(value: unknown, options?: ValidateOptions): ValidationResult<T.Category>;

/**
 * True when a value matches `Category`.
 */
export declare function isCategory(value: unknown): value is T.Category;

/**
 * Checks a value against `Changelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateChangelog(value: unknown, options?: ValidateOptions): ValidationResult<T.Changelog>;

/**
 * True when a value matches `Changelog`.
 */
export declare function isChangelog(value: unknown): value is T.Changelog;

/**
 * Checks a value against `CondensedProjectData`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCondensedProjectData(value: unknown, options?: ValidateOptions): ValidationResult<T.CondensedProjectData>;

/**
 * True when a value matches `CondensedProjectData`.
 */
export declare function isCondensedProjectData(value: unknown): value is T.CondensedProjectData;

/**
 * Checks a value against `CustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCustomPage(value: unknown, options?: ValidateOptions): ValidationResult<T.CustomPage>;

/**
 * True when a value matches `CustomPage`.
 */
export declare function isCustomPage(value: unknown): value is T.CustomPage;

/**
 * Checks a value against `DocSchemaPost`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDocSchemaPost(value: unknown, options?: ValidateOptions): ValidationResult<T.DocSchemaPost>;

/**
 * True when a value matches `DocSchemaPost`.
 */
export declare function isDocSchemaPost(value: unknown): value is T.DocSchemaPost;

/**
 * Checks a value against `DocSchemaPut`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDocSchemaPut(value: unknown, options?: ValidateOptions): ValidationResult<T.DocSchemaPut>;

/**
 * True when a value matches `DocSchemaPut`.
 */
export declare function isDocSchemaPut(value: unknown): value is T.DocSchemaPut;

/**
 * Checks a value against `DocSchemaResponse`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDocSchemaResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DocSchemaResponse>;

/**
 * True when a value matches `DocSchemaResponse`.
 */
export declare function isDocSchemaResponse(value: unknown): value is T.DocSchemaResponse;

/**
 * Checks a value against `ErrorAPIACCESSREVOKED`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorAPIACCESSREVOKED(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorAPIACCESSREVOKED>;

/**
 * True when a value matches `ErrorAPIACCESSREVOKED`.
 */
export declare function isErrorAPIACCESSREVOKED(value: unknown): value is T.ErrorAPIACCESSREVOKED;

/**
 * Checks a value against `ErrorAPIACCESSUNAVAILABLE`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorAPIACCESSUNAVAILABLE(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorAPIACCESSUNAVAILABLE>;

/**
 * True when a value matches `ErrorAPIACCESSUNAVAILABLE`.
 */
export declare function isErrorAPIACCESSUNAVAILABLE(value: unknown): value is T.ErrorAPIACCESSUNAVAILABLE;

/**
 * Checks a value against `ErrorAPIKEYEMPTY`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorAPIKEYEMPTY(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorAPIKEYEMPTY>;

/**
 * True when a value matches `ErrorAPIKEYEMPTY`.
 */
export declare function isErrorAPIKEYEMPTY(value: unknown): value is T.ErrorAPIKEYEMPTY;

/**
 * Checks a value against `ErrorAPIKEYMISMATCH`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorAPIKEYMISMATCH(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorAPIKEYMISMATCH>;

/**
 * True when a value matches `ErrorAPIKEYMISMATCH`.
 */
export declare function isErrorAPIKEYMISMATCH(value: unknown): value is T.ErrorAPIKEYMISMATCH;

/**
 * Checks a value against `ErrorAPIKEYNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorAPIKEYNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorAPIKEYNOTFOUND>;

/**
 * True when a value matches `ErrorAPIKEYNOTFOUND`.
 */
export declare function isErrorAPIKEYNOTFOUND(value: unknown): value is T.ErrorAPIKEYNOTFOUND;

/**
 * Checks a value against `ErrorAPPLYINVALIDEMAIL`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorAPPLYINVALIDEMAIL(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorAPPLYINVALIDEMAIL>;

/**
 * True when a value matches `ErrorAPPLYINVALIDEMAIL`.
 */
export declare function isErrorAPPLYINVALIDEMAIL(value: unknown): value is T.ErrorAPPLYINVALIDEMAIL;

/**
 * Checks a value against `ErrorAPPLYINVALIDJOB`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorAPPLYINVALIDJOB(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorAPPLYINVALIDJOB>;

/**
 * True when a value matches `ErrorAPPLYINVALIDJOB`.
 */
export declare function isErrorAPPLYINVALIDJOB(value: unknown): value is T.ErrorAPPLYINVALIDJOB;

/**
 * Checks a value against `ErrorAPPLYINVALIDNAME`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorAPPLYINVALIDNAME(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorAPPLYINVALIDNAME>;

/**
 * True when a value matches `ErrorAPPLYINVALIDNAME`.
 */
export declare function isErrorAPPLYINVALIDNAME(value: unknown): value is T.ErrorAPPLYINVALIDNAME;

/**
 * Checks a value against `ErrorCATEGORYINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorCATEGORYINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorCATEGORYINVALID>;

/**
 * True when a value matches `ErrorCATEGORYINVALID`.
 */
export declare function isErrorCATEGORYINVALID(value: unknown): value is T.ErrorCATEGORYINVALID;

/**
 * Checks a value against `ErrorCATEGORYNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorCATEGORYNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorCATEGORYNOTFOUND>;

/**
 * True when a value matches `ErrorCATEGORYNOTFOUND`.
 */
export declare function isErrorCATEGORYNOTFOUND(value: unknown): value is T.ErrorCATEGORYNOTFOUND;

/**
 * Checks a value against `ErrorCHANGELOGINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorCHANGELOGINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorCHANGELOGINVALID>;

/**
 * True when a value matches `ErrorCHANGELOGINVALID`.
 */
export declare function isErrorCHANGELOGINVALID(value: unknown): value is T.ErrorCHANGELOGINVALID;

/**
 * Checks a value against `ErrorCHANGELOGNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorCHANGELOGNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorCHANGELOGNOTFOUND>;

/**
 * True when a value matches `ErrorCHANGELOGNOTFOUND`.
 */
export declare function isErrorCHANGELOGNOTFOUND(value: unknown): value is T.ErrorCHANGELOGNOTFOUND;

/**
 * Checks a value against `ErrorCUSTOMBLOCKNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorCUSTOMBLOCKNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorCUSTOMBLOCKNOTFOUND>;

/**
 * True when a value matches `ErrorCUSTOMBLOCKNOTFOUND`.
 */
export declare function isErrorCUSTOMBLOCKNOTFOUND(value: unknown): value is T.ErrorCUSTOMBLOCKNOTFOUND;

/**
 * Checks a value against `ErrorCUSTOMPAGEINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorCUSTOMPAGEINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorCUSTOMPAGEINVALID>;

/**
 * True when a value matches `ErrorCUSTOMPAGEINVALID`.
 */
export declare function isErrorCUSTOMPAGEINVALID(value: unknown): value is T.ErrorCUSTOMPAGEINVALID;

/**
 * Checks a value against `ErrorCUSTOMPAGENOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorCUSTOMPAGENOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorCUSTOMPAGENOTFOUND>;

/**
 * True when a value matches `ErrorCUSTOMPAGENOTFOUND`.
 */
export declare function isErrorCUSTOMPAGENOTFOUND(value: unknown): value is T.ErrorCUSTOMPAGENOTFOUND;

/**
 * Checks a value against `ErrorDOCINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorDOCINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorDOCINVALID>;

/**
 * True when a value matches `ErrorDOCINVALID`.
 */
export declare function isErrorDOCINVALID(value: unknown): value is T.ErrorDOCINVALID;

/**
 * Checks a value against `ErrorDOCNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorDOCNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorDOCNOTFOUND>;

/**
 * True when a value matches `ErrorDOCNOTFOUND`.
 */
export declare function isErrorDOCNOTFOUND(value: unknown): value is T.ErrorDOCNOTFOUND;

/**
 * Checks a value against `ErrorENDPOINTNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorENDPOINTNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorENDPOINTNOTFOUND>;

/**
 * True when a value matches `ErrorENDPOINTNOTFOUND`.
 */
export declare function isErrorENDPOINTNOTFOUND(value: unknown): value is T.ErrorENDPOINTNOTFOUND;

/**
 * Checks a value against `ErrorINTERNALERROR`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorINTERNALERROR(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorINTERNALERROR>;

/**
 * True when a value matches `ErrorINTERNALERROR`.
 */
export declare function isErrorINTERNALERROR(value: unknown): value is T.ErrorINTERNALERROR;

/**
 * Checks a value against `ErrorOWLBOTINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorOWLBOTINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorOWLBOTINVALID>;

/**
 * True when a value matches `ErrorOWLBOTINVALID`.
 */
export declare function isErrorOWLBOTINVALID(value: unknown): value is T.ErrorOWLBOTINVALID;

/**
 * Checks a value against `ErrorOWLBOTNOTENABLED`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorOWLBOTNOTENABLED(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorOWLBOTNOTENABLED>;

/**
 * True when a value matches `ErrorOWLBOTNOTENABLED`.
 */
export declare function isErrorOWLBOTNOTENABLED(value: unknown): value is T.ErrorOWLBOTNOTENABLED;

/**
 * Checks a value against `ErrorOWLBOTNOTENTERPRISE`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorOWLBOTNOTENTERPRISE(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorOWLBOTNOTENTERPRISE>;

/**
 * True when a value matches `ErrorOWLBOTNOTENTERPRISE`.
 */
export declare function isErrorOWLBOTNOTENTERPRISE(value: unknown): value is T.ErrorOWLBOTNOTENTERPRISE;

/**
 * Checks a value against `ErrorPROJECTNEEDSSTAGING`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorPROJECTNEEDSSTAGING(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorPROJECTNEEDSSTAGING>;

/**
 * True when a value matches `ErrorPROJECTNEEDSSTAGING`.
 */
export declare function isErrorPROJECTNEEDSSTAGING(value: unknown): value is T.ErrorPROJECTNEEDSSTAGING;

/**
 * Checks a value against `ErrorPROJECTNOTCHILD`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorPROJECTNOTCHILD(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorPROJECTNOTCHILD>;

/**
 * True when a value matches `ErrorPROJECTNOTCHILD`.
 */
export declare function isErrorPROJECTNOTCHILD(value: unknown): value is T.ErrorPROJECTNOTCHILD;

/**
 * Checks a value against `ErrorPROJECTNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorPROJECTNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorPROJECTNOTFOUND>;

/**
 * True when a value matches `ErrorPROJECTNOTFOUND`.
 */
export declare function isErrorPROJECTNOTFOUND(value: unknown): value is T.ErrorPROJECTNOTFOUND;

/**
 * Checks a value against `ErrorRATELIMITED`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorRATELIMITED(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorRATELIMITED>;

/**
 * True when a value matches `ErrorRATELIMITED`.
 */
export declare function isErrorRATELIMITED(value: unknown): value is T.ErrorRATELIMITED;

/**
 * Checks a value against `ErrorREGISTRYINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorREGISTRYINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorREGISTRYINVALID>;

/**
 * True when a value matches `ErrorREGISTRYINVALID`.
 */
export declare function isErrorREGISTRYINVALID(value: unknown): value is T.ErrorREGISTRYINVALID;

/**
 * Checks a value against `ErrorREGISTRYNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorREGISTRYNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorREGISTRYNOTFOUND>;

/**
 * True when a value matches `ErrorREGISTRYNOTFOUND`.
 */
export declare function isErrorREGISTRYNOTFOUND(value: unknown): value is T.ErrorREGISTRYNOTFOUND;

/**
 * Checks a value against `ErrorSPECFILEEMPTY`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECFILEEMPTY(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECFILEEMPTY>;

/**
 * True when a value matches `ErrorSPECFILEEMPTY`.
 */
export declare function isErrorSPECFILEEMPTY(value: unknown): value is T.ErrorSPECFILEEMPTY;

/**
 * Checks a value against `ErrorSPECIDDUPLICATE`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECIDDUPLICATE(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECIDDUPLICATE>;

/**
 * True when a value matches `ErrorSPECIDDUPLICATE`.
 */
export declare function isErrorSPECIDDUPLICATE(value: unknown): value is T.ErrorSPECIDDUPLICATE;

/**
 * Checks a value against `ErrorSPECIDINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECIDINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECIDINVALID>;

/**
 * True when a value matches `ErrorSPECIDINVALID`.
 */
export declare function isErrorSPECIDINVALID(value: unknown): value is T.ErrorSPECIDINVALID;

/**
 * Checks a value against `ErrorSPECINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECINVALID>;

/**
 * True when a value matches `ErrorSPECINVALID`.
 */
export declare function isErrorSPECINVALID(value: unknown): value is T.ErrorSPECINVALID;

/**
 * Checks a value against `ErrorSPECINVALIDSCHEMA`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECINVALIDSCHEMA(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECINVALIDSCHEMA>;

/**
 * True when a value matches `ErrorSPECINVALIDSCHEMA`.
 */
export declare function isErrorSPECINVALIDSCHEMA(value: unknown): value is T.ErrorSPECINVALIDSCHEMA;

/**
 * Checks a value against `ErrorSPECINVALIDSUPERHUB`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECINVALIDSUPERHUB(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECINVALIDSUPERHUB>;

/**
 * True when a value matches `ErrorSPECINVALIDSUPERHUB`.
 */
export declare function isErrorSPECINVALIDSUPERHUB(value: unknown): value is T.ErrorSPECINVALIDSUPERHUB;

/**
 * Checks a value against `ErrorSPECNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECNOTFOUND>;

/**
 * True when a value matches `ErrorSPECNOTFOUND`.
 */
export declare function isErrorSPECNOTFOUND(value: unknown): value is T.ErrorSPECNOTFOUND;

/**
 * Checks a value against `ErrorSPECTIMEOUT`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECTIMEOUT(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECTIMEOUT>;

/**
 * True when a value matches `ErrorSPECTIMEOUT`.
 */
export declare function isErrorSPECTIMEOUT(value: unknown): value is T.ErrorSPECTIMEOUT;

/**
 * Checks a value against `ErrorSPECVERSIONNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorSPECVERSIONNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorSPECVERSIONNOTFOUND>;

/**
 * True when a value matches `ErrorSPECVERSIONNOTFOUND`.
 */
export declare function isErrorSPECVERSIONNOTFOUND(value: unknown): value is T.ErrorSPECVERSIONNOTFOUND;

/**
 * Checks a value against `ErrorUNEXPECTEDERROR`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorUNEXPECTEDERROR(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorUNEXPECTEDERROR>;

/**
 * True when a value matches `ErrorUNEXPECTEDERROR`.
 */
export declare function isErrorUNEXPECTEDERROR(value: unknown): value is T.ErrorUNEXPECTEDERROR;

/**
 * Checks a value against `ErrorVERSIONCANTDEMOTESTABLE`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONCANTDEMOTESTABLE(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONCANTDEMOTESTABLE>;

/**
 * True when a value matches `ErrorVERSIONCANTDEMOTESTABLE`.
 */
export declare function isErrorVERSIONCANTDEMOTESTABLE(value: unknown): value is T.ErrorVERSIONCANTDEMOTESTABLE;

/**
 * Checks a value against `ErrorVERSIONCANTREMOVESTABLE`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONCANTREMOVESTABLE(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONCANTREMOVESTABLE>;

/**
 * True when a value matches `ErrorVERSIONCANTREMOVESTABLE`.
 */
export declare function isErrorVERSIONCANTREMOVESTABLE(value: unknown): value is T.ErrorVERSIONCANTREMOVESTABLE;

/**
 * Checks a value against `ErrorVERSIONCONFLICTINGFLAGS`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONCONFLICTINGFLAGS(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONCONFLICTINGFLAGS>;

/**
 * True when a value matches `ErrorVERSIONCONFLICTINGFLAGS`.
 */
export declare function isErrorVERSIONCONFLICTINGFLAGS(value: unknown): value is T.ErrorVERSIONCONFLICTINGFLAGS;

/**
 * Checks a value against `ErrorVERSIONDUPLICATE`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONDUPLICATE(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONDUPLICATE>;

/**
 * True when a value matches `ErrorVERSIONDUPLICATE`.
 */
export declare function isErrorVERSIONDUPLICATE(value: unknown): value is T.ErrorVERSIONDUPLICATE;

/**
 * Checks a value against `ErrorVERSIONEMPTY`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONEMPTY(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONEMPTY>;

/**
 * True when a value matches `ErrorVERSIONEMPTY`.
 */
export declare function isErrorVERSIONEMPTY(value: unknown): value is T.ErrorVERSIONEMPTY;

/**
 * Checks a value against `ErrorVERSIONFORKEMPTY`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONFORKEMPTY(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONFORKEMPTY>;

/**
 * True when a value matches `ErrorVERSIONFORKEMPTY`.
 */
export declare function isErrorVERSIONFORKEMPTY(value: unknown): value is T.ErrorVERSIONFORKEMPTY;

/**
 * Checks a value against `ErrorVERSIONFORKNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONFORKNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONFORKNOTFOUND>;

/**
 * True when a value matches `ErrorVERSIONFORKNOTFOUND`.
 */
export declare function isErrorVERSIONFORKNOTFOUND(value: unknown): value is T.ErrorVERSIONFORKNOTFOUND;

/**
 * Checks a value against `ErrorVERSIONINVALID`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONINVALID(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONINVALID>;

/**
 * True when a value matches `ErrorVERSIONINVALID`.
 */
export declare function isErrorVERSIONINVALID(value: unknown): value is T.ErrorVERSIONINVALID;

/**
 * Checks a value against `ErrorVERSIONNOTFOUND`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateErrorVERSIONNOTFOUND(value: unknown, options?: ValidateOptions): ValidationResult<T.ErrorVERSIONNOTFOUND>;

/**
 * True when a value matches `ErrorVERSIONNOTFOUND`.
 */
export declare function isErrorVERSIONNOTFOUND(value: unknown): value is T.ErrorVERSIONNOTFOUND;

/**
 * Checks a value against `IpListEntry`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateIpListEntry(value: unknown, options?: ValidateOptions): ValidationResult<T.IpListEntry>;

/**
 * True when a value matches `IpListEntry`.
 */
export declare function isIpListEntry(value: unknown): value is T.IpListEntry;

/**
 * Checks a value against `JobOpening`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateJobOpening(value: unknown, options?: ValidateOptions): ValidationResult<T.JobOpening>;

/**
 * True when a value matches `JobOpening`.
 */
export declare function isJobOpening(value: unknown): value is T.JobOpening;

/**
 * Checks a value against `Version`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateVersion(value: unknown, options?: ValidateOptions): ValidationResult<T.Version>;

/**
 * True when a value matches `Version`.
 */
export declare function isVersion(value: unknown): value is T.Version;

/**
 * Checks a value against the response body of `getProject`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetProjectResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetProjectResponse>;

/**
 * True when a value matches the response body of `getProject`.
 */
export declare function isGetProjectResponse(value: unknown): value is T.GetProjectResponse;

/**
 * Checks a value against the response body of `getAPIRegistry`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAPIRegistryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAPIRegistryResponse>;

/**
 * True when a value matches the response body of `getAPIRegistry`.
 */
export declare function isGetAPIRegistryResponse(value: unknown): value is T.GetAPIRegistryResponse;

/**
 * Checks a value against the response body of `getAPISpecification`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAPISpecificationResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAPISpecificationResponse>;

/**
 * True when a value matches the response body of `getAPISpecification`.
 */
export declare function isGetAPISpecificationResponse(value: unknown): value is T.GetAPISpecificationResponse;

/**
 * Checks a value against the request body of `uploadAPISpecification`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadAPISpecificationRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadAPISpecificationRequestBody>;

/**
 * True when a value matches the request body of `uploadAPISpecification`.
 */
export declare function isUploadAPISpecificationRequestBody(value: unknown): value is T.UploadAPISpecificationRequestBody;

/**
 * Checks a value against the response body of `uploadAPISpecification`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUploadAPISpecificationResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UploadAPISpecificationResponse>;

/**
 * True when a value matches the response body of `uploadAPISpecification`.
 */
export declare function isUploadAPISpecificationResponse(value: unknown): value is T.UploadAPISpecificationResponse;

/**
 * Checks a value against the request body of `updateAPISpecification`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateAPISpecificationRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateAPISpecificationRequestBody>;

/**
 * True when a value matches the request body of `updateAPISpecification`.
 */
export declare function isUpdateAPISpecificationRequestBody(value: unknown): value is T.UpdateAPISpecificationRequestBody;

/**
 * Checks a value against the response body of `updateAPISpecification`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateAPISpecificationResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateAPISpecificationResponse>;

/**
 * True when a value matches the response body of `updateAPISpecification`.
 */
export declare function isUpdateAPISpecificationResponse(value: unknown): value is T.UpdateAPISpecificationResponse;

/**
 * Checks a value against the response body of `deleteAPISpecification`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteAPISpecificationResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteAPISpecificationResponse>;

/**
 * True when a value matches the response body of `deleteAPISpecification`.
 */
export declare function isDeleteAPISpecificationResponse(value: unknown): value is T.DeleteAPISpecificationResponse;

/**
 * Checks a value against the response body of `getCategories`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCategoriesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCategoriesResponse>;

/**
 * True when a value matches the response body of `getCategories`.
 */
export declare function isGetCategoriesResponse(value: unknown): value is T.GetCategoriesResponse;

/**
 * Checks a value against the request body of `createCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateCategoryRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateCategoryRequestBody>;

/**
 * True when a value matches the request body of `createCategory`.
 */
export declare function isCreateCategoryRequestBody(value: unknown): value is T.CreateCategoryRequestBody;

/**
 * Checks a value against the response body of `createCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateCategoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateCategoryResponse>;

/**
 * True when a value matches the response body of `createCategory`.
 */
export declare function isCreateCategoryResponse(value: unknown): value is T.CreateCategoryResponse;

/**
 * Checks a value against the response body of `getCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCategoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCategoryResponse>;

/**
 * True when a value matches the response body of `getCategory`.
 */
export declare function isGetCategoryResponse(value: unknown): value is T.GetCategoryResponse;

/**
 * Checks a value against the request body of `updateCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateCategoryRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateCategoryRequestBody>;

/**
 * True when a value matches the request body of `updateCategory`.
 */
export declare function isUpdateCategoryRequestBody(value: unknown): value is T.UpdateCategoryRequestBody;

/**
 * Checks a value against the response body of `updateCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateCategoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateCategoryResponse>;

/**
 * True when a value matches the response body of `updateCategory`.
 */
export declare function isUpdateCategoryResponse(value: unknown): value is T.UpdateCategoryResponse;

/**
 * Checks a value against the response body of `deleteCategory`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteCategoryResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteCategoryResponse>;

/**
 * True when a value matches the response body of `deleteCategory`.
 */
export declare function isDeleteCategoryResponse(value: unknown): value is T.DeleteCategoryResponse;

/**
 * Checks a value against the response body of `getCategoryDocs`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCategoryDocsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCategoryDocsResponse>;

/**
 * True when a value matches the response body of `getCategoryDocs`.
 */
export declare function isGetCategoryDocsResponse(value: unknown): value is T.GetCategoryDocsResponse;

/**
 * Checks a value against the response body of `getChangelogs`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetChangelogsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetChangelogsResponse>;

/**
 * True when a value matches the response body of `getChangelogs`.
 */
export declare function isGetChangelogsResponse(value: unknown): value is T.GetChangelogsResponse;

/**
 * Checks a value against the request body of `createChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateChangelogRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateChangelogRequestBody>;

/**
 * True when a value matches the request body of `createChangelog`.
 */
export declare function isCreateChangelogRequestBody(value: unknown): value is T.CreateChangelogRequestBody;

/**
 * Checks a value against the response body of `createChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateChangelogResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateChangelogResponse>;

/**
 * True when a value matches the response body of `createChangelog`.
 */
export declare function isCreateChangelogResponse(value: unknown): value is T.CreateChangelogResponse;

/**
 * Checks a value against the response body of `getChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetChangelogResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetChangelogResponse>;

/**
 * True when a value matches the response body of `getChangelog`.
 */
export declare function isGetChangelogResponse(value: unknown): value is T.GetChangelogResponse;

/**
 * Checks a value against the request body of `updateChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateChangelogRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateChangelogRequestBody>;

/**
 * True when a value matches the request body of `updateChangelog`.
 */
export declare function isUpdateChangelogRequestBody(value: unknown): value is T.UpdateChangelogRequestBody;

/**
 * Checks a value against the response body of `updateChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateChangelogResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateChangelogResponse>;

/**
 * True when a value matches the response body of `updateChangelog`.
 */
export declare function isUpdateChangelogResponse(value: unknown): value is T.UpdateChangelogResponse;

/**
 * Checks a value against the response body of `deleteChangelog`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteChangelogResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteChangelogResponse>;

/**
 * True when a value matches the response body of `deleteChangelog`.
 */
export declare function isDeleteChangelogResponse(value: unknown): value is T.DeleteChangelogResponse;

/**
 * Checks a value against the response body of `getCustomPages`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCustomPagesResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCustomPagesResponse>;

/**
 * True when a value matches the response body of `getCustomPages`.
 */
export declare function isGetCustomPagesResponse(value: unknown): value is T.GetCustomPagesResponse;

/**
 * Checks a value against the request body of `createCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateCustomPageRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateCustomPageRequestBody>;

/**
 * True when a value matches the request body of `createCustomPage`.
 */
export declare function isCreateCustomPageRequestBody(value: unknown): value is T.CreateCustomPageRequestBody;

/**
 * Checks a value against the response body of `createCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateCustomPageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateCustomPageResponse>;

/**
 * True when a value matches the response body of `createCustomPage`.
 */
export declare function isCreateCustomPageResponse(value: unknown): value is T.CreateCustomPageResponse;

/**
 * Checks a value against the response body of `getCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetCustomPageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetCustomPageResponse>;

/**
 * True when a value matches the response body of `getCustomPage`.
 */
export declare function isGetCustomPageResponse(value: unknown): value is T.GetCustomPageResponse;

/**
 * Checks a value against the request body of `updateCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateCustomPageRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateCustomPageRequestBody>;

/**
 * True when a value matches the request body of `updateCustomPage`.
 */
export declare function isUpdateCustomPageRequestBody(value: unknown): value is T.UpdateCustomPageRequestBody;

/**
 * Checks a value against the response body of `updateCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateCustomPageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateCustomPageResponse>;

/**
 * True when a value matches the response body of `updateCustomPage`.
 */
export declare function isUpdateCustomPageResponse(value: unknown): value is T.UpdateCustomPageResponse;

/**
 * Checks a value against the response body of `deleteCustomPage`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteCustomPageResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteCustomPageResponse>;

/**
 * True when a value matches the response body of `deleteCustomPage`.
 */
export declare function isDeleteCustomPageResponse(value: unknown): value is T.DeleteCustomPageResponse;

/**
 * Checks a value against the request body of `createDoc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateDocRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateDocRequestBody>;

/**
 * True when a value matches the request body of `createDoc`.
 */
export declare function isCreateDocRequestBody(value: unknown): value is T.CreateDocRequestBody;

/**
 * Checks a value against the response body of `createDoc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateDocResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateDocResponse>;

/**
 * True when a value matches the response body of `createDoc`.
 */
export declare function isCreateDocResponse(value: unknown): value is T.CreateDocResponse;

/**
 * Checks a value against the response body of `searchDocs`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateSearchDocsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.SearchDocsResponse>;

/**
 * True when a value matches the response body of `searchDocs`.
 */
export declare function isSearchDocsResponse(value: unknown): value is T.SearchDocsResponse;

/**
 * Checks a value against the response body of `getDoc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetDocResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetDocResponse>;

/**
 * True when a value matches the response body of `getDoc`.
 */
export declare function isGetDocResponse(value: unknown): value is T.GetDocResponse;

/**
 * Checks a value against the request body of `updateDoc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateDocRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateDocRequestBody>;

/**
 * True when a value matches the request body of `updateDoc`.
 */
export declare function isUpdateDocRequestBody(value: unknown): value is T.UpdateDocRequestBody;

/**
 * Checks a value against the response body of `updateDoc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateDocResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateDocResponse>;

/**
 * True when a value matches the response body of `updateDoc`.
 */
export declare function isUpdateDocResponse(value: unknown): value is T.UpdateDocResponse;

/**
 * Checks a value against the response body of `deleteDoc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteDocResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteDocResponse>;

/**
 * True when a value matches the response body of `deleteDoc`.
 */
export declare function isDeleteDocResponse(value: unknown): value is T.DeleteDocResponse;

/**
 * Checks a value against the response body of `getProductionDoc`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetProductionDocResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetProductionDocResponse>;

/**
 * True when a value matches the response body of `getProductionDoc`.
 */
export declare function isGetProductionDocResponse(value: unknown): value is T.GetProductionDocResponse;

/**
 * Checks a value against the response body of `getOutboundIPs`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetOutboundIPsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetOutboundIPsResponse>;

/**
 * True when a value matches the response body of `getOutboundIPs`.
 */
export declare function isGetOutboundIPsResponse(value: unknown): value is T.GetOutboundIPsResponse;

/**
 * Checks a value against the request body of `askOwlbot`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAskOwlbotRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.AskOwlbotRequestBody>;

/**
 * True when a value matches the request body of `askOwlbot`.
 */
export declare function isAskOwlbotRequestBody(value: unknown): value is T.AskOwlbotRequestBody;

/**
 * Checks a value against the response body of `askOwlbot`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateAskOwlbotResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.AskOwlbotResponse>;

/**
 * True when a value matches the response body of `askOwlbot`.
 */
export declare function isAskOwlbotResponse(value: unknown): value is T.AskOwlbotResponse;

/**
 * Checks a value against the response body of `getAPISchema`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetAPISchemaResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetAPISchemaResponse>;

/**
 * True when a value matches the response body of `getAPISchema`.
 */
export declare function isGetAPISchemaResponse(value: unknown): value is T.GetAPISchemaResponse;

/**
 * Checks a value against the response body of `getVersions`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetVersionsResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetVersionsResponse>;

/**
 * True when a value matches the response body of `getVersions`.
 */
export declare function isGetVersionsResponse(value: unknown): value is T.GetVersionsResponse;

/**
 * Checks a value against the request body of `createVersion`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateVersionRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateVersionRequestBody>;

/**
 * True when a value matches the request body of `createVersion`.
 */
export declare function isCreateVersionRequestBody(value: unknown): value is T.CreateVersionRequestBody;

/**
 * Checks a value against the response body of `createVersion`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateCreateVersionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.CreateVersionResponse>;

/**
 * True when a value matches the response body of `createVersion`.
 */
export declare function isCreateVersionResponse(value: unknown): value is T.CreateVersionResponse;

/**
 * Checks a value against the response body of `getVersion`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateGetVersionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.GetVersionResponse>;

/**
 * True when a value matches the response body of `getVersion`.
 */
export declare function isGetVersionResponse(value: unknown): value is T.GetVersionResponse;

/**
 * Checks a value against the request body of `updateVersion`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateVersionRequestBody(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateVersionRequestBody>;

/**
 * True when a value matches the request body of `updateVersion`.
 */
export declare function isUpdateVersionRequestBody(value: unknown): value is T.UpdateVersionRequestBody;

/**
 * Checks a value against the response body of `updateVersion`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateUpdateVersionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.UpdateVersionResponse>;

/**
 * True when a value matches the response body of `updateVersion`.
 */
export declare function isUpdateVersionResponse(value: unknown): value is T.UpdateVersionResponse;

/**
 * Checks a value against the response body of `deleteVersion`: returns it typed, or every issue found (the first `options.maxIssues` only, when given).
 */
export declare function validateDeleteVersionResponse(value: unknown, options?: ValidateOptions): ValidationResult<T.DeleteVersionResponse>;

/**
 * True when a value matches the response body of `deleteVersion`.
 */
export declare function isDeleteVersionResponse(value: unknown): value is T.DeleteVersionResponse;

/**
 * The type of {@link schemas}, written out so the module's declarations stay explicit and small
 * at any number of schemas (the compiler gives up serialising a large inferred object type).
 */
export type Schemas = {
  readonly Apply: StandardValidator<T.Apply>;
  readonly BaseError: StandardValidator<T.BaseError>;
  readonly Category: StandardValidator<T.Category>;
  readonly Changelog: StandardValidator<T.Changelog>;
  readonly CondensedProjectData: StandardValidator<T.CondensedProjectData>;
  readonly CustomPage: StandardValidator<T.CustomPage>;
  readonly DocSchemaPost: StandardValidator<T.DocSchemaPost>;
  readonly DocSchemaPut: StandardValidator<T.DocSchemaPut>;
  readonly DocSchemaResponse: StandardValidator<T.DocSchemaResponse>;
  readonly ErrorAPIACCESSREVOKED: StandardValidator<T.ErrorAPIACCESSREVOKED>;
  readonly ErrorAPIACCESSUNAVAILABLE: StandardValidator<T.ErrorAPIACCESSUNAVAILABLE>;
  readonly ErrorAPIKEYEMPTY: StandardValidator<T.ErrorAPIKEYEMPTY>;
  readonly ErrorAPIKEYMISMATCH: StandardValidator<T.ErrorAPIKEYMISMATCH>;
  readonly ErrorAPIKEYNOTFOUND: StandardValidator<T.ErrorAPIKEYNOTFOUND>;
  readonly ErrorAPPLYINVALIDEMAIL: StandardValidator<T.ErrorAPPLYINVALIDEMAIL>;
  readonly ErrorAPPLYINVALIDJOB: StandardValidator<T.ErrorAPPLYINVALIDJOB>;
  readonly ErrorAPPLYINVALIDNAME: StandardValidator<T.ErrorAPPLYINVALIDNAME>;
  readonly ErrorCATEGORYINVALID: StandardValidator<T.ErrorCATEGORYINVALID>;
  readonly ErrorCATEGORYNOTFOUND: StandardValidator<T.ErrorCATEGORYNOTFOUND>;
  readonly ErrorCHANGELOGINVALID: StandardValidator<T.ErrorCHANGELOGINVALID>;
  readonly ErrorCHANGELOGNOTFOUND: StandardValidator<T.ErrorCHANGELOGNOTFOUND>;
  readonly ErrorCUSTOMBLOCKNOTFOUND: StandardValidator<T.ErrorCUSTOMBLOCKNOTFOUND>;
  readonly ErrorCUSTOMPAGEINVALID: StandardValidator<T.ErrorCUSTOMPAGEINVALID>;
  readonly ErrorCUSTOMPAGENOTFOUND: StandardValidator<T.ErrorCUSTOMPAGENOTFOUND>;
  readonly ErrorDOCINVALID: StandardValidator<T.ErrorDOCINVALID>;
  readonly ErrorDOCNOTFOUND: StandardValidator<T.ErrorDOCNOTFOUND>;
  readonly ErrorENDPOINTNOTFOUND: StandardValidator<T.ErrorENDPOINTNOTFOUND>;
  readonly ErrorINTERNALERROR: StandardValidator<T.ErrorINTERNALERROR>;
  readonly ErrorOWLBOTINVALID: StandardValidator<T.ErrorOWLBOTINVALID>;
  readonly ErrorOWLBOTNOTENABLED: StandardValidator<T.ErrorOWLBOTNOTENABLED>;
  readonly ErrorOWLBOTNOTENTERPRISE: StandardValidator<T.ErrorOWLBOTNOTENTERPRISE>;
  readonly ErrorPROJECTNEEDSSTAGING: StandardValidator<T.ErrorPROJECTNEEDSSTAGING>;
  readonly ErrorPROJECTNOTCHILD: StandardValidator<T.ErrorPROJECTNOTCHILD>;
  readonly ErrorPROJECTNOTFOUND: StandardValidator<T.ErrorPROJECTNOTFOUND>;
  readonly ErrorRATELIMITED: StandardValidator<T.ErrorRATELIMITED>;
  readonly ErrorREGISTRYINVALID: StandardValidator<T.ErrorREGISTRYINVALID>;
  readonly ErrorREGISTRYNOTFOUND: StandardValidator<T.ErrorREGISTRYNOTFOUND>;
  readonly ErrorSPECFILEEMPTY: StandardValidator<T.ErrorSPECFILEEMPTY>;
  readonly ErrorSPECIDDUPLICATE: StandardValidator<T.ErrorSPECIDDUPLICATE>;
  readonly ErrorSPECIDINVALID: StandardValidator<T.ErrorSPECIDINVALID>;
  readonly ErrorSPECINVALID: StandardValidator<T.ErrorSPECINVALID>;
  readonly ErrorSPECINVALIDSCHEMA: StandardValidator<T.ErrorSPECINVALIDSCHEMA>;
  readonly ErrorSPECINVALIDSUPERHUB: StandardValidator<T.ErrorSPECINVALIDSUPERHUB>;
  readonly ErrorSPECNOTFOUND: StandardValidator<T.ErrorSPECNOTFOUND>;
  readonly ErrorSPECTIMEOUT: StandardValidator<T.ErrorSPECTIMEOUT>;
  readonly ErrorSPECVERSIONNOTFOUND: StandardValidator<T.ErrorSPECVERSIONNOTFOUND>;
  readonly ErrorUNEXPECTEDERROR: StandardValidator<T.ErrorUNEXPECTEDERROR>;
  readonly ErrorVERSIONCANTDEMOTESTABLE: StandardValidator<T.ErrorVERSIONCANTDEMOTESTABLE>;
  readonly ErrorVERSIONCANTREMOVESTABLE: StandardValidator<T.ErrorVERSIONCANTREMOVESTABLE>;
  readonly ErrorVERSIONCONFLICTINGFLAGS: StandardValidator<T.ErrorVERSIONCONFLICTINGFLAGS>;
  readonly ErrorVERSIONDUPLICATE: StandardValidator<T.ErrorVERSIONDUPLICATE>;
  readonly ErrorVERSIONEMPTY: StandardValidator<T.ErrorVERSIONEMPTY>;
  readonly ErrorVERSIONFORKEMPTY: StandardValidator<T.ErrorVERSIONFORKEMPTY>;
  readonly ErrorVERSIONFORKNOTFOUND: StandardValidator<T.ErrorVERSIONFORKNOTFOUND>;
  readonly ErrorVERSIONINVALID: StandardValidator<T.ErrorVERSIONINVALID>;
  readonly ErrorVERSIONNOTFOUND: StandardValidator<T.ErrorVERSIONNOTFOUND>;
  readonly IpListEntry: StandardValidator<T.IpListEntry>;
  readonly JobOpening: StandardValidator<T.JobOpening>;
  readonly Version: StandardValidator<T.Version>;
  readonly GetProjectResponse: StandardValidator<T.GetProjectResponse>;
  readonly GetAPIRegistryResponse: StandardValidator<T.GetAPIRegistryResponse>;
  readonly GetAPISpecificationResponse: StandardValidator<T.GetAPISpecificationResponse>;
  readonly UploadAPISpecificationRequestBody: StandardValidator<T.UploadAPISpecificationRequestBody>;
  readonly UploadAPISpecificationResponse: StandardValidator<T.UploadAPISpecificationResponse>;
  readonly UpdateAPISpecificationRequestBody: StandardValidator<T.UpdateAPISpecificationRequestBody>;
  readonly UpdateAPISpecificationResponse: StandardValidator<T.UpdateAPISpecificationResponse>;
  readonly DeleteAPISpecificationResponse: StandardValidator<T.DeleteAPISpecificationResponse>;
  readonly GetCategoriesResponse: StandardValidator<T.GetCategoriesResponse>;
  readonly CreateCategoryRequestBody: StandardValidator<T.CreateCategoryRequestBody>;
  readonly CreateCategoryResponse: StandardValidator<T.CreateCategoryResponse>;
  readonly GetCategoryResponse: StandardValidator<T.GetCategoryResponse>;
  readonly UpdateCategoryRequestBody: StandardValidator<T.UpdateCategoryRequestBody>;
  readonly UpdateCategoryResponse: StandardValidator<T.UpdateCategoryResponse>;
  readonly DeleteCategoryResponse: StandardValidator<T.DeleteCategoryResponse>;
  readonly GetCategoryDocsResponse: StandardValidator<T.GetCategoryDocsResponse>;
  readonly GetChangelogsResponse: StandardValidator<T.GetChangelogsResponse>;
  readonly CreateChangelogRequestBody: StandardValidator<T.CreateChangelogRequestBody>;
  readonly CreateChangelogResponse: StandardValidator<T.CreateChangelogResponse>;
  readonly GetChangelogResponse: StandardValidator<T.GetChangelogResponse>;
  readonly UpdateChangelogRequestBody: StandardValidator<T.UpdateChangelogRequestBody>;
  readonly UpdateChangelogResponse: StandardValidator<T.UpdateChangelogResponse>;
  readonly DeleteChangelogResponse: StandardValidator<T.DeleteChangelogResponse>;
  readonly GetCustomPagesResponse: StandardValidator<T.GetCustomPagesResponse>;
  readonly CreateCustomPageRequestBody: StandardValidator<T.CreateCustomPageRequestBody>;
  readonly CreateCustomPageResponse: StandardValidator<T.CreateCustomPageResponse>;
  readonly GetCustomPageResponse: StandardValidator<T.GetCustomPageResponse>;
  readonly UpdateCustomPageRequestBody: StandardValidator<T.UpdateCustomPageRequestBody>;
  readonly UpdateCustomPageResponse: StandardValidator<T.UpdateCustomPageResponse>;
  readonly DeleteCustomPageResponse: StandardValidator<T.DeleteCustomPageResponse>;
  readonly CreateDocRequestBody: StandardValidator<T.CreateDocRequestBody>;
  readonly CreateDocResponse: StandardValidator<T.CreateDocResponse>;
  readonly SearchDocsResponse: StandardValidator<T.SearchDocsResponse>;
  readonly GetDocResponse: StandardValidator<T.GetDocResponse>;
  readonly UpdateDocRequestBody: StandardValidator<T.UpdateDocRequestBody>;
  readonly UpdateDocResponse: StandardValidator<T.UpdateDocResponse>;
  readonly DeleteDocResponse: StandardValidator<T.DeleteDocResponse>;
  readonly GetProductionDocResponse: StandardValidator<T.GetProductionDocResponse>;
  readonly GetOutboundIPsResponse: StandardValidator<T.GetOutboundIPsResponse>;
  readonly AskOwlbotRequestBody: StandardValidator<T.AskOwlbotRequestBody>;
  readonly AskOwlbotResponse: StandardValidator<T.AskOwlbotResponse>;
  readonly GetAPISchemaResponse: StandardValidator<T.GetAPISchemaResponse>;
  readonly GetVersionsResponse: StandardValidator<T.GetVersionsResponse>;
  readonly CreateVersionRequestBody: StandardValidator<T.CreateVersionRequestBody>;
  readonly CreateVersionResponse: StandardValidator<T.CreateVersionResponse>;
  readonly GetVersionResponse: StandardValidator<T.GetVersionResponse>;
  readonly UpdateVersionRequestBody: StandardValidator<T.UpdateVersionRequestBody>;
  readonly UpdateVersionResponse: StandardValidator<T.UpdateVersionResponse>;
  readonly DeleteVersionResponse: StandardValidator<T.DeleteVersionResponse>;
};

/**
 * Standard Schema v1 objects by type name, for libraries that accept any such schema; each is also
 * a Standard JSON Schema v1 (`["~standard"].jsonSchema.input({ target: 'draft-2020-12' })`).
 */
export declare const schemas: Schemas;
