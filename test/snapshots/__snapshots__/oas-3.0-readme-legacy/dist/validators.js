import {
  below,
  checkValue,
  depthExceeded,
  fixedIssue,
  full,
  issueLimit,
  MAX_DEPTH,
  report,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import * as formats from "./runtime/validation-formats.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateApply(value, options) {
  const issues = options === void 0 ? check$Apply(value, ROOT, void 0, 0) : checkValue(check$Apply, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isApply(value) {
  return is$Apply(value, 0);
}
function validateBaseError(value, options) {
  const issues = options === void 0 ? check$BaseError(value, ROOT, void 0, 0) : checkValue(check$BaseError, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isBaseError(value) {
  return is$BaseError(value, 0);
}
function validateCategory(value, options) {
  const issues = options === void 0 ? check$Category(value, ROOT, void 0, 0) : checkValue(check$Category, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCategory(value) {
  return is$Category(value, 0);
}
function validateChangelog(value, options) {
  const issues = options === void 0 ? check$Changelog(value, ROOT, void 0, 0) : checkValue(check$Changelog, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isChangelog(value) {
  return is$Changelog(value, 0);
}
function validateCondensedProjectData(value, options) {
  const issues = options === void 0 ? check$CondensedProjectData(value, ROOT, void 0, 0) : checkValue(check$CondensedProjectData, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCondensedProjectData(value) {
  return is$CondensedProjectData(value, 0);
}
function validateCustomPage(value, options) {
  const issues = options === void 0 ? check$CustomPage(value, ROOT, void 0, 0) : checkValue(check$CustomPage, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCustomPage(value) {
  return is$CustomPage(value, 0);
}
function validateDocSchemaPost(value, options) {
  const issues = options === void 0 ? check$DocSchemaPost(value, ROOT, void 0, 0) : checkValue(check$DocSchemaPost, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDocSchemaPost(value) {
  return is$DocSchemaPost(value, 0);
}
function validateDocSchemaPut(value, options) {
  const issues = options === void 0 ? check$DocSchemaPut(value, ROOT, void 0, 0) : checkValue(check$DocSchemaPut, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDocSchemaPut(value) {
  return is$DocSchemaPut(value, 0);
}
function validateDocSchemaResponse(value, options) {
  const issues = options === void 0 ? check$DocSchemaResponse(value, ROOT, void 0, 0) : checkValue(check$DocSchemaResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDocSchemaResponse(value) {
  return is$DocSchemaResponse(value, 0);
}
function validateErrorAPIACCESSREVOKED(value, options) {
  const issues = options === void 0 ? check$ErrorAPIACCESSREVOKED(value, ROOT, void 0, 0) : checkValue(check$ErrorAPIACCESSREVOKED, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorAPIACCESSREVOKED(value) {
  return is$ErrorAPIACCESSREVOKED(value, 0);
}
function validateErrorAPIACCESSUNAVAILABLE(value, options) {
  const issues = options === void 0 ? check$ErrorAPIACCESSUNAVAILABLE(value, ROOT, void 0, 0) : checkValue(check$ErrorAPIACCESSUNAVAILABLE, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorAPIACCESSUNAVAILABLE(value) {
  return is$ErrorAPIACCESSUNAVAILABLE(value, 0);
}
function validateErrorAPIKEYEMPTY(value, options) {
  const issues = options === void 0 ? check$ErrorAPIKEYEMPTY(value, ROOT, void 0, 0) : checkValue(check$ErrorAPIKEYEMPTY, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorAPIKEYEMPTY(value) {
  return is$ErrorAPIKEYEMPTY(value, 0);
}
function validateErrorAPIKEYMISMATCH(value, options) {
  const issues = options === void 0 ? check$ErrorAPIKEYMISMATCH(value, ROOT, void 0, 0) : checkValue(check$ErrorAPIKEYMISMATCH, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorAPIKEYMISMATCH(value) {
  return is$ErrorAPIKEYMISMATCH(value, 0);
}
function validateErrorAPIKEYNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorAPIKEYNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorAPIKEYNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorAPIKEYNOTFOUND(value) {
  return is$ErrorAPIKEYNOTFOUND(value, 0);
}
function validateErrorAPPLYINVALIDEMAIL(value, options) {
  const issues = options === void 0 ? check$ErrorAPPLYINVALIDEMAIL(value, ROOT, void 0, 0) : checkValue(check$ErrorAPPLYINVALIDEMAIL, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorAPPLYINVALIDEMAIL(value) {
  return is$ErrorAPPLYINVALIDEMAIL(value, 0);
}
function validateErrorAPPLYINVALIDJOB(value, options) {
  const issues = options === void 0 ? check$ErrorAPPLYINVALIDJOB(value, ROOT, void 0, 0) : checkValue(check$ErrorAPPLYINVALIDJOB, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorAPPLYINVALIDJOB(value) {
  return is$ErrorAPPLYINVALIDJOB(value, 0);
}
function validateErrorAPPLYINVALIDNAME(value, options) {
  const issues = options === void 0 ? check$ErrorAPPLYINVALIDNAME(value, ROOT, void 0, 0) : checkValue(check$ErrorAPPLYINVALIDNAME, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorAPPLYINVALIDNAME(value) {
  return is$ErrorAPPLYINVALIDNAME(value, 0);
}
function validateErrorCATEGORYINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorCATEGORYINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorCATEGORYINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorCATEGORYINVALID(value) {
  return is$ErrorCATEGORYINVALID(value, 0);
}
function validateErrorCATEGORYNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorCATEGORYNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorCATEGORYNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorCATEGORYNOTFOUND(value) {
  return is$ErrorCATEGORYNOTFOUND(value, 0);
}
function validateErrorCHANGELOGINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorCHANGELOGINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorCHANGELOGINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorCHANGELOGINVALID(value) {
  return is$ErrorCHANGELOGINVALID(value, 0);
}
function validateErrorCHANGELOGNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorCHANGELOGNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorCHANGELOGNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorCHANGELOGNOTFOUND(value) {
  return is$ErrorCHANGELOGNOTFOUND(value, 0);
}
function validateErrorCUSTOMBLOCKNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorCUSTOMBLOCKNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorCUSTOMBLOCKNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorCUSTOMBLOCKNOTFOUND(value) {
  return is$ErrorCUSTOMBLOCKNOTFOUND(value, 0);
}
function validateErrorCUSTOMPAGEINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorCUSTOMPAGEINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorCUSTOMPAGEINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorCUSTOMPAGEINVALID(value) {
  return is$ErrorCUSTOMPAGEINVALID(value, 0);
}
function validateErrorCUSTOMPAGENOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorCUSTOMPAGENOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorCUSTOMPAGENOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorCUSTOMPAGENOTFOUND(value) {
  return is$ErrorCUSTOMPAGENOTFOUND(value, 0);
}
function validateErrorDOCINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorDOCINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorDOCINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorDOCINVALID(value) {
  return is$ErrorDOCINVALID(value, 0);
}
function validateErrorDOCNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorDOCNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorDOCNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorDOCNOTFOUND(value) {
  return is$ErrorDOCNOTFOUND(value, 0);
}
function validateErrorENDPOINTNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorENDPOINTNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorENDPOINTNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorENDPOINTNOTFOUND(value) {
  return is$ErrorENDPOINTNOTFOUND(value, 0);
}
function validateErrorINTERNALERROR(value, options) {
  const issues = options === void 0 ? check$ErrorINTERNALERROR(value, ROOT, void 0, 0) : checkValue(check$ErrorINTERNALERROR, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorINTERNALERROR(value) {
  return is$ErrorINTERNALERROR(value, 0);
}
function validateErrorOWLBOTINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorOWLBOTINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorOWLBOTINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorOWLBOTINVALID(value) {
  return is$ErrorOWLBOTINVALID(value, 0);
}
function validateErrorOWLBOTNOTENABLED(value, options) {
  const issues = options === void 0 ? check$ErrorOWLBOTNOTENABLED(value, ROOT, void 0, 0) : checkValue(check$ErrorOWLBOTNOTENABLED, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorOWLBOTNOTENABLED(value) {
  return is$ErrorOWLBOTNOTENABLED(value, 0);
}
function validateErrorOWLBOTNOTENTERPRISE(value, options) {
  const issues = options === void 0 ? check$ErrorOWLBOTNOTENTERPRISE(value, ROOT, void 0, 0) : checkValue(check$ErrorOWLBOTNOTENTERPRISE, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorOWLBOTNOTENTERPRISE(value) {
  return is$ErrorOWLBOTNOTENTERPRISE(value, 0);
}
function validateErrorPROJECTNEEDSSTAGING(value, options) {
  const issues = options === void 0 ? check$ErrorPROJECTNEEDSSTAGING(value, ROOT, void 0, 0) : checkValue(check$ErrorPROJECTNEEDSSTAGING, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorPROJECTNEEDSSTAGING(value) {
  return is$ErrorPROJECTNEEDSSTAGING(value, 0);
}
function validateErrorPROJECTNOTCHILD(value, options) {
  const issues = options === void 0 ? check$ErrorPROJECTNOTCHILD(value, ROOT, void 0, 0) : checkValue(check$ErrorPROJECTNOTCHILD, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorPROJECTNOTCHILD(value) {
  return is$ErrorPROJECTNOTCHILD(value, 0);
}
function validateErrorPROJECTNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorPROJECTNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorPROJECTNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorPROJECTNOTFOUND(value) {
  return is$ErrorPROJECTNOTFOUND(value, 0);
}
function validateErrorRATELIMITED(value, options) {
  const issues = options === void 0 ? check$ErrorRATELIMITED(value, ROOT, void 0, 0) : checkValue(check$ErrorRATELIMITED, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorRATELIMITED(value) {
  return is$ErrorRATELIMITED(value, 0);
}
function validateErrorREGISTRYINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorREGISTRYINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorREGISTRYINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorREGISTRYINVALID(value) {
  return is$ErrorREGISTRYINVALID(value, 0);
}
function validateErrorREGISTRYNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorREGISTRYNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorREGISTRYNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorREGISTRYNOTFOUND(value) {
  return is$ErrorREGISTRYNOTFOUND(value, 0);
}
function validateErrorSPECFILEEMPTY(value, options) {
  const issues = options === void 0 ? check$ErrorSPECFILEEMPTY(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECFILEEMPTY, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECFILEEMPTY(value) {
  return is$ErrorSPECFILEEMPTY(value, 0);
}
function validateErrorSPECIDDUPLICATE(value, options) {
  const issues = options === void 0 ? check$ErrorSPECIDDUPLICATE(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECIDDUPLICATE, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECIDDUPLICATE(value) {
  return is$ErrorSPECIDDUPLICATE(value, 0);
}
function validateErrorSPECIDINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorSPECIDINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECIDINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECIDINVALID(value) {
  return is$ErrorSPECIDINVALID(value, 0);
}
function validateErrorSPECINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorSPECINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECINVALID(value) {
  return is$ErrorSPECINVALID(value, 0);
}
function validateErrorSPECINVALIDSCHEMA(value, options) {
  const issues = options === void 0 ? check$ErrorSPECINVALIDSCHEMA(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECINVALIDSCHEMA, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECINVALIDSCHEMA(value) {
  return is$ErrorSPECINVALIDSCHEMA(value, 0);
}
function validateErrorSPECINVALIDSUPERHUB(value, options) {
  const issues = options === void 0 ? check$ErrorSPECINVALIDSUPERHUB(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECINVALIDSUPERHUB, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECINVALIDSUPERHUB(value) {
  return is$ErrorSPECINVALIDSUPERHUB(value, 0);
}
function validateErrorSPECNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorSPECNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECNOTFOUND(value) {
  return is$ErrorSPECNOTFOUND(value, 0);
}
function validateErrorSPECTIMEOUT(value, options) {
  const issues = options === void 0 ? check$ErrorSPECTIMEOUT(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECTIMEOUT, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECTIMEOUT(value) {
  return is$ErrorSPECTIMEOUT(value, 0);
}
function validateErrorSPECVERSIONNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorSPECVERSIONNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorSPECVERSIONNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorSPECVERSIONNOTFOUND(value) {
  return is$ErrorSPECVERSIONNOTFOUND(value, 0);
}
function validateErrorUNEXPECTEDERROR(value, options) {
  const issues = options === void 0 ? check$ErrorUNEXPECTEDERROR(value, ROOT, void 0, 0) : checkValue(check$ErrorUNEXPECTEDERROR, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorUNEXPECTEDERROR(value) {
  return is$ErrorUNEXPECTEDERROR(value, 0);
}
function validateErrorVERSIONCANTDEMOTESTABLE(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONCANTDEMOTESTABLE(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONCANTDEMOTESTABLE, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONCANTDEMOTESTABLE(value) {
  return is$ErrorVERSIONCANTDEMOTESTABLE(value, 0);
}
function validateErrorVERSIONCANTREMOVESTABLE(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONCANTREMOVESTABLE(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONCANTREMOVESTABLE, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONCANTREMOVESTABLE(value) {
  return is$ErrorVERSIONCANTREMOVESTABLE(value, 0);
}
function validateErrorVERSIONCONFLICTINGFLAGS(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONCONFLICTINGFLAGS(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONCONFLICTINGFLAGS, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONCONFLICTINGFLAGS(value) {
  return is$ErrorVERSIONCONFLICTINGFLAGS(value, 0);
}
function validateErrorVERSIONDUPLICATE(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONDUPLICATE(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONDUPLICATE, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONDUPLICATE(value) {
  return is$ErrorVERSIONDUPLICATE(value, 0);
}
function validateErrorVERSIONEMPTY(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONEMPTY(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONEMPTY, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONEMPTY(value) {
  return is$ErrorVERSIONEMPTY(value, 0);
}
function validateErrorVERSIONFORKEMPTY(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONFORKEMPTY(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONFORKEMPTY, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONFORKEMPTY(value) {
  return is$ErrorVERSIONFORKEMPTY(value, 0);
}
function validateErrorVERSIONFORKNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONFORKNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONFORKNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONFORKNOTFOUND(value) {
  return is$ErrorVERSIONFORKNOTFOUND(value, 0);
}
function validateErrorVERSIONINVALID(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONINVALID(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONINVALID, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONINVALID(value) {
  return is$ErrorVERSIONINVALID(value, 0);
}
function validateErrorVERSIONNOTFOUND(value, options) {
  const issues = options === void 0 ? check$ErrorVERSIONNOTFOUND(value, ROOT, void 0, 0) : checkValue(check$ErrorVERSIONNOTFOUND, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isErrorVERSIONNOTFOUND(value) {
  return is$ErrorVERSIONNOTFOUND(value, 0);
}
function validateIpListEntry(value, options) {
  const issues = options === void 0 ? check$IpListEntry(value, ROOT, void 0, 0) : checkValue(check$IpListEntry, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isIpListEntry(value) {
  return is$IpListEntry(value, 0);
}
function validateJobOpening(value, options) {
  const issues = options === void 0 ? check$JobOpening(value, ROOT, void 0, 0) : checkValue(check$JobOpening, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isJobOpening(value) {
  return is$JobOpening(value, 0);
}
function validateVersion(value, options) {
  const issues = options === void 0 ? check$Version(value, ROOT, void 0, 0) : checkValue(check$Version, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isVersion(value) {
  return is$Version(value, 0);
}
function validateGetProjectResponse(value, options) {
  const issues = options === void 0 ? check$CondensedProjectData(value, ROOT, void 0, 0) : checkValue(check$CondensedProjectData, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetProjectResponse(value) {
  return is$CondensedProjectData(value, 0);
}
function validateGetAPIRegistryResponse(value, options) {
  const issues = options === void 0 ? check$GetAPIRegistryResponse(value, ROOT, void 0, 0) : checkValue(check$GetAPIRegistryResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAPIRegistryResponse(value) {
  return is$GetAPIRegistryResponse(value, 0);
}
function validateGetAPISpecificationResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetAPISpecificationResponse(value, ROOT, void 0, 0) : checkValue(check$GetAPISpecificationResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAPISpecificationResponse(value) {
  return value === void 0 || is$GetAPISpecificationResponse(value, 0);
}
function validateUploadAPISpecificationRequestBody(value, options) {
  const issues = options === void 0 ? check$UploadAPISpecificationRequestBody(value, ROOT, void 0, 0) : checkValue(check$UploadAPISpecificationRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadAPISpecificationRequestBody(value) {
  return is$UploadAPISpecificationRequestBody(value, 0);
}
function validateUploadAPISpecificationResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$UploadAPISpecificationResponse(value, ROOT, void 0, 0) : checkValue(check$UploadAPISpecificationResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUploadAPISpecificationResponse(value) {
  return value === void 0 || is$UploadAPISpecificationResponse(value, 0);
}
function validateUpdateAPISpecificationRequestBody(value, options) {
  const issues = options === void 0 ? check$UpdateAPISpecificationRequestBody(value, ROOT, void 0, 0) : checkValue(check$UpdateAPISpecificationRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateAPISpecificationRequestBody(value) {
  return is$UpdateAPISpecificationRequestBody(value, 0);
}
function validateUpdateAPISpecificationResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$UpdateAPISpecificationResponse(value, ROOT, void 0, 0) : checkValue(check$UpdateAPISpecificationResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateAPISpecificationResponse(value) {
  return value === void 0 || is$UpdateAPISpecificationResponse(value, 0);
}
function validateDeleteAPISpecificationResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteAPISpecificationResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteAPISpecificationResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteAPISpecificationResponse(value) {
  return value === void 0 || is$DeleteAPISpecificationResponse(value, 0);
}
function validateGetCategoriesResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetCategoriesResponse(value, ROOT, void 0, 0) : checkValue(check$GetCategoriesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCategoriesResponse(value) {
  return value === void 0 || is$GetCategoriesResponse(value, 0);
}
function validateCreateCategoryRequestBody(value, options) {
  const issues = options === void 0 ? check$CreateCategoryRequestBody(value, ROOT, void 0, 0) : checkValue(check$CreateCategoryRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateCategoryRequestBody(value) {
  return is$CreateCategoryRequestBody(value, 0);
}
function validateCreateCategoryResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$CreateCategoryResponse(value, ROOT, void 0, 0) : checkValue(check$CreateCategoryResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateCategoryResponse(value) {
  return value === void 0 || is$CreateCategoryResponse(value, 0);
}
function validateGetCategoryResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetCategoryResponse(value, ROOT, void 0, 0) : checkValue(check$GetCategoryResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCategoryResponse(value) {
  return value === void 0 || is$GetCategoryResponse(value, 0);
}
function validateUpdateCategoryRequestBody(value, options) {
  const issues = options === void 0 ? check$Category(value, ROOT, void 0, 0) : checkValue(check$Category, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateCategoryRequestBody(value) {
  return is$Category(value, 0);
}
function validateUpdateCategoryResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$UpdateCategoryResponse(value, ROOT, void 0, 0) : checkValue(check$UpdateCategoryResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateCategoryResponse(value) {
  return value === void 0 || is$UpdateCategoryResponse(value, 0);
}
function validateDeleteCategoryResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteCategoryResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteCategoryResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteCategoryResponse(value) {
  return value === void 0 || is$DeleteCategoryResponse(value, 0);
}
function validateGetCategoryDocsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetCategoryDocsResponse(value, ROOT, void 0, 0) : checkValue(check$GetCategoryDocsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCategoryDocsResponse(value) {
  return value === void 0 || is$GetCategoryDocsResponse(value, 0);
}
function validateGetChangelogsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetChangelogsResponse(value, ROOT, void 0, 0) : checkValue(check$GetChangelogsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetChangelogsResponse(value) {
  return value === void 0 || is$GetChangelogsResponse(value, 0);
}
function validateCreateChangelogRequestBody(value, options) {
  const issues = options === void 0 ? check$Changelog(value, ROOT, void 0, 0) : checkValue(check$Changelog, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateChangelogRequestBody(value) {
  return is$Changelog(value, 0);
}
function validateCreateChangelogResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$CreateChangelogResponse(value, ROOT, void 0, 0) : checkValue(check$CreateChangelogResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateChangelogResponse(value) {
  return value === void 0 || is$CreateChangelogResponse(value, 0);
}
function validateGetChangelogResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetChangelogResponse(value, ROOT, void 0, 0) : checkValue(check$GetChangelogResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetChangelogResponse(value) {
  return value === void 0 || is$GetChangelogResponse(value, 0);
}
function validateUpdateChangelogRequestBody(value, options) {
  const issues = options === void 0 ? check$Changelog(value, ROOT, void 0, 0) : checkValue(check$Changelog, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateChangelogRequestBody(value) {
  return is$Changelog(value, 0);
}
function validateUpdateChangelogResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$UpdateChangelogResponse(value, ROOT, void 0, 0) : checkValue(check$UpdateChangelogResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateChangelogResponse(value) {
  return value === void 0 || is$UpdateChangelogResponse(value, 0);
}
function validateDeleteChangelogResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteChangelogResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteChangelogResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteChangelogResponse(value) {
  return value === void 0 || is$DeleteChangelogResponse(value, 0);
}
function validateGetCustomPagesResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetCustomPagesResponse(value, ROOT, void 0, 0) : checkValue(check$GetCustomPagesResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCustomPagesResponse(value) {
  return value === void 0 || is$GetCustomPagesResponse(value, 0);
}
function validateCreateCustomPageRequestBody(value, options) {
  const issues = options === void 0 ? check$CustomPage(value, ROOT, void 0, 0) : checkValue(check$CustomPage, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateCustomPageRequestBody(value) {
  return is$CustomPage(value, 0);
}
function validateCreateCustomPageResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$CreateCustomPageResponse(value, ROOT, void 0, 0) : checkValue(check$CreateCustomPageResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateCustomPageResponse(value) {
  return value === void 0 || is$CreateCustomPageResponse(value, 0);
}
function validateGetCustomPageResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetCustomPageResponse(value, ROOT, void 0, 0) : checkValue(check$GetCustomPageResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetCustomPageResponse(value) {
  return value === void 0 || is$GetCustomPageResponse(value, 0);
}
function validateUpdateCustomPageRequestBody(value, options) {
  const issues = options === void 0 ? check$CustomPage(value, ROOT, void 0, 0) : checkValue(check$CustomPage, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateCustomPageRequestBody(value) {
  return is$CustomPage(value, 0);
}
function validateUpdateCustomPageResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$UpdateCustomPageResponse(value, ROOT, void 0, 0) : checkValue(check$UpdateCustomPageResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateCustomPageResponse(value) {
  return value === void 0 || is$UpdateCustomPageResponse(value, 0);
}
function validateDeleteCustomPageResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteCustomPageResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteCustomPageResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteCustomPageResponse(value) {
  return value === void 0 || is$DeleteCustomPageResponse(value, 0);
}
function validateCreateDocRequestBody(value, options) {
  const issues = options === void 0 ? check$DocSchemaPost(value, ROOT, void 0, 0) : checkValue(check$DocSchemaPost, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateDocRequestBody(value) {
  return is$DocSchemaPost(value, 0);
}
function validateCreateDocResponse(value, options) {
  const issues = options === void 0 ? check$DocSchemaResponse(value, ROOT, void 0, 0) : checkValue(check$DocSchemaResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateDocResponse(value) {
  return is$DocSchemaResponse(value, 0);
}
function validateSearchDocsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$SearchDocsResponse(value, ROOT, void 0, 0) : checkValue(check$SearchDocsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isSearchDocsResponse(value) {
  return value === void 0 || is$SearchDocsResponse(value, 0);
}
function validateGetDocResponse(value, options) {
  const issues = options === void 0 ? check$DocSchemaResponse(value, ROOT, void 0, 0) : checkValue(check$DocSchemaResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetDocResponse(value) {
  return is$DocSchemaResponse(value, 0);
}
function validateUpdateDocRequestBody(value, options) {
  const issues = options === void 0 ? check$DocSchemaPut(value, ROOT, void 0, 0) : checkValue(check$DocSchemaPut, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateDocRequestBody(value) {
  return is$DocSchemaPut(value, 0);
}
function validateUpdateDocResponse(value, options) {
  const issues = options === void 0 ? check$DocSchemaResponse(value, ROOT, void 0, 0) : checkValue(check$DocSchemaResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateDocResponse(value) {
  return is$DocSchemaResponse(value, 0);
}
function validateDeleteDocResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteDocResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteDocResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteDocResponse(value) {
  return value === void 0 || is$DeleteDocResponse(value, 0);
}
function validateGetProductionDocResponse(value, options) {
  const issues = options === void 0 ? check$DocSchemaResponse(value, ROOT, void 0, 0) : checkValue(check$DocSchemaResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetProductionDocResponse(value) {
  return is$DocSchemaResponse(value, 0);
}
function validateGetOutboundIPsResponse(value, options) {
  const issues = options === void 0 ? check$GetOutboundIPsResponse(value, ROOT, void 0, 0) : checkValue(check$GetOutboundIPsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetOutboundIPsResponse(value) {
  return is$GetOutboundIPsResponse(value, 0);
}
function validateAskOwlbotRequestBody(value, options) {
  const issues = options === void 0 ? check$AskOwlbotRequestBody(value, ROOT, void 0, 0) : checkValue(check$AskOwlbotRequestBody, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAskOwlbotRequestBody(value) {
  return is$AskOwlbotRequestBody(value, 0);
}
function validateAskOwlbotResponse(value, options) {
  const issues = options === void 0 ? check$AskOwlbotResponse(value, ROOT, void 0, 0) : checkValue(check$AskOwlbotResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isAskOwlbotResponse(value) {
  return is$AskOwlbotResponse(value, 0);
}
function validateGetAPISchemaResponse(value, options) {
  const issues = options === void 0 ? check$GetAPISchemaResponse(value, ROOT, void 0, 0) : checkValue(check$GetAPISchemaResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetAPISchemaResponse(value) {
  return is$GetAPISchemaResponse(value, 0);
}
function validateGetVersionsResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetVersionsResponse(value, ROOT, void 0, 0) : checkValue(check$GetVersionsResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetVersionsResponse(value) {
  return value === void 0 || is$GetVersionsResponse(value, 0);
}
function validateCreateVersionRequestBody(value, options) {
  const issues = options === void 0 ? check$Version(value, ROOT, void 0, 0) : checkValue(check$Version, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateVersionRequestBody(value) {
  return is$Version(value, 0);
}
function validateCreateVersionResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$CreateVersionResponse(value, ROOT, void 0, 0) : checkValue(check$CreateVersionResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isCreateVersionResponse(value) {
  return value === void 0 || is$CreateVersionResponse(value, 0);
}
function validateGetVersionResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetVersionResponse(value, ROOT, void 0, 0) : checkValue(check$GetVersionResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetVersionResponse(value) {
  return value === void 0 || is$GetVersionResponse(value, 0);
}
function validateUpdateVersionRequestBody(value, options) {
  const issues = options === void 0 ? check$Version(value, ROOT, void 0, 0) : checkValue(check$Version, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateVersionRequestBody(value) {
  return is$Version(value, 0);
}
function validateUpdateVersionResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$UpdateVersionResponse(value, ROOT, void 0, 0) : checkValue(check$UpdateVersionResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isUpdateVersionResponse(value) {
  return value === void 0 || is$UpdateVersionResponse(value, 0);
}
function validateDeleteVersionResponse(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$DeleteVersionResponse(value, ROOT, void 0, 0) : checkValue(check$DeleteVersionResponse, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isDeleteVersionResponse(value) {
  return value === void 0 || is$DeleteVersionResponse(value, 0);
}
const schemas = {
  Apply: /* @__PURE__ */ standardSchema(validateApply, jsonSchema$of("Apply")),
  BaseError: /* @__PURE__ */ standardSchema(validateBaseError, jsonSchema$of("BaseError")),
  Category: /* @__PURE__ */ standardSchema(validateCategory, jsonSchema$of("Category")),
  Changelog: /* @__PURE__ */ standardSchema(validateChangelog, jsonSchema$of("Changelog")),
  CondensedProjectData: /* @__PURE__ */ standardSchema(validateCondensedProjectData, jsonSchema$of("CondensedProjectData")),
  CustomPage: /* @__PURE__ */ standardSchema(validateCustomPage, jsonSchema$of("CustomPage")),
  DocSchemaPost: /* @__PURE__ */ standardSchema(validateDocSchemaPost, jsonSchema$of("DocSchemaPost")),
  DocSchemaPut: /* @__PURE__ */ standardSchema(validateDocSchemaPut, jsonSchema$of("DocSchemaPut")),
  DocSchemaResponse: /* @__PURE__ */ standardSchema(validateDocSchemaResponse, jsonSchema$of("DocSchemaResponse")),
  ErrorAPIACCESSREVOKED: /* @__PURE__ */ standardSchema(validateErrorAPIACCESSREVOKED, jsonSchema$of("ErrorAPIACCESSREVOKED")),
  ErrorAPIACCESSUNAVAILABLE: /* @__PURE__ */ standardSchema(validateErrorAPIACCESSUNAVAILABLE, jsonSchema$of("ErrorAPIACCESSUNAVAILABLE")),
  ErrorAPIKEYEMPTY: /* @__PURE__ */ standardSchema(validateErrorAPIKEYEMPTY, jsonSchema$of("ErrorAPIKEYEMPTY")),
  ErrorAPIKEYMISMATCH: /* @__PURE__ */ standardSchema(validateErrorAPIKEYMISMATCH, jsonSchema$of("ErrorAPIKEYMISMATCH")),
  ErrorAPIKEYNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorAPIKEYNOTFOUND, jsonSchema$of("ErrorAPIKEYNOTFOUND")),
  ErrorAPPLYINVALIDEMAIL: /* @__PURE__ */ standardSchema(validateErrorAPPLYINVALIDEMAIL, jsonSchema$of("ErrorAPPLYINVALIDEMAIL")),
  ErrorAPPLYINVALIDJOB: /* @__PURE__ */ standardSchema(validateErrorAPPLYINVALIDJOB, jsonSchema$of("ErrorAPPLYINVALIDJOB")),
  ErrorAPPLYINVALIDNAME: /* @__PURE__ */ standardSchema(validateErrorAPPLYINVALIDNAME, jsonSchema$of("ErrorAPPLYINVALIDNAME")),
  ErrorCATEGORYINVALID: /* @__PURE__ */ standardSchema(validateErrorCATEGORYINVALID, jsonSchema$of("ErrorCATEGORYINVALID")),
  ErrorCATEGORYNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorCATEGORYNOTFOUND, jsonSchema$of("ErrorCATEGORYNOTFOUND")),
  ErrorCHANGELOGINVALID: /* @__PURE__ */ standardSchema(validateErrorCHANGELOGINVALID, jsonSchema$of("ErrorCHANGELOGINVALID")),
  ErrorCHANGELOGNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorCHANGELOGNOTFOUND, jsonSchema$of("ErrorCHANGELOGNOTFOUND")),
  ErrorCUSTOMBLOCKNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorCUSTOMBLOCKNOTFOUND, jsonSchema$of("ErrorCUSTOMBLOCKNOTFOUND")),
  ErrorCUSTOMPAGEINVALID: /* @__PURE__ */ standardSchema(validateErrorCUSTOMPAGEINVALID, jsonSchema$of("ErrorCUSTOMPAGEINVALID")),
  ErrorCUSTOMPAGENOTFOUND: /* @__PURE__ */ standardSchema(validateErrorCUSTOMPAGENOTFOUND, jsonSchema$of("ErrorCUSTOMPAGENOTFOUND")),
  ErrorDOCINVALID: /* @__PURE__ */ standardSchema(validateErrorDOCINVALID, jsonSchema$of("ErrorDOCINVALID")),
  ErrorDOCNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorDOCNOTFOUND, jsonSchema$of("ErrorDOCNOTFOUND")),
  ErrorENDPOINTNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorENDPOINTNOTFOUND, jsonSchema$of("ErrorENDPOINTNOTFOUND")),
  ErrorINTERNALERROR: /* @__PURE__ */ standardSchema(validateErrorINTERNALERROR, jsonSchema$of("ErrorINTERNALERROR")),
  ErrorOWLBOTINVALID: /* @__PURE__ */ standardSchema(validateErrorOWLBOTINVALID, jsonSchema$of("ErrorOWLBOTINVALID")),
  ErrorOWLBOTNOTENABLED: /* @__PURE__ */ standardSchema(validateErrorOWLBOTNOTENABLED, jsonSchema$of("ErrorOWLBOTNOTENABLED")),
  ErrorOWLBOTNOTENTERPRISE: /* @__PURE__ */ standardSchema(validateErrorOWLBOTNOTENTERPRISE, jsonSchema$of("ErrorOWLBOTNOTENTERPRISE")),
  ErrorPROJECTNEEDSSTAGING: /* @__PURE__ */ standardSchema(validateErrorPROJECTNEEDSSTAGING, jsonSchema$of("ErrorPROJECTNEEDSSTAGING")),
  ErrorPROJECTNOTCHILD: /* @__PURE__ */ standardSchema(validateErrorPROJECTNOTCHILD, jsonSchema$of("ErrorPROJECTNOTCHILD")),
  ErrorPROJECTNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorPROJECTNOTFOUND, jsonSchema$of("ErrorPROJECTNOTFOUND")),
  ErrorRATELIMITED: /* @__PURE__ */ standardSchema(validateErrorRATELIMITED, jsonSchema$of("ErrorRATELIMITED")),
  ErrorREGISTRYINVALID: /* @__PURE__ */ standardSchema(validateErrorREGISTRYINVALID, jsonSchema$of("ErrorREGISTRYINVALID")),
  ErrorREGISTRYNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorREGISTRYNOTFOUND, jsonSchema$of("ErrorREGISTRYNOTFOUND")),
  ErrorSPECFILEEMPTY: /* @__PURE__ */ standardSchema(validateErrorSPECFILEEMPTY, jsonSchema$of("ErrorSPECFILEEMPTY")),
  ErrorSPECIDDUPLICATE: /* @__PURE__ */ standardSchema(validateErrorSPECIDDUPLICATE, jsonSchema$of("ErrorSPECIDDUPLICATE")),
  ErrorSPECIDINVALID: /* @__PURE__ */ standardSchema(validateErrorSPECIDINVALID, jsonSchema$of("ErrorSPECIDINVALID")),
  ErrorSPECINVALID: /* @__PURE__ */ standardSchema(validateErrorSPECINVALID, jsonSchema$of("ErrorSPECINVALID")),
  ErrorSPECINVALIDSCHEMA: /* @__PURE__ */ standardSchema(validateErrorSPECINVALIDSCHEMA, jsonSchema$of("ErrorSPECINVALIDSCHEMA")),
  ErrorSPECINVALIDSUPERHUB: /* @__PURE__ */ standardSchema(validateErrorSPECINVALIDSUPERHUB, jsonSchema$of("ErrorSPECINVALIDSUPERHUB")),
  ErrorSPECNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorSPECNOTFOUND, jsonSchema$of("ErrorSPECNOTFOUND")),
  ErrorSPECTIMEOUT: /* @__PURE__ */ standardSchema(validateErrorSPECTIMEOUT, jsonSchema$of("ErrorSPECTIMEOUT")),
  ErrorSPECVERSIONNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorSPECVERSIONNOTFOUND, jsonSchema$of("ErrorSPECVERSIONNOTFOUND")),
  ErrorUNEXPECTEDERROR: /* @__PURE__ */ standardSchema(validateErrorUNEXPECTEDERROR, jsonSchema$of("ErrorUNEXPECTEDERROR")),
  ErrorVERSIONCANTDEMOTESTABLE: /* @__PURE__ */ standardSchema(validateErrorVERSIONCANTDEMOTESTABLE, jsonSchema$of("ErrorVERSIONCANTDEMOTESTABLE")),
  ErrorVERSIONCANTREMOVESTABLE: /* @__PURE__ */ standardSchema(validateErrorVERSIONCANTREMOVESTABLE, jsonSchema$of("ErrorVERSIONCANTREMOVESTABLE")),
  ErrorVERSIONCONFLICTINGFLAGS: /* @__PURE__ */ standardSchema(validateErrorVERSIONCONFLICTINGFLAGS, jsonSchema$of("ErrorVERSIONCONFLICTINGFLAGS")),
  ErrorVERSIONDUPLICATE: /* @__PURE__ */ standardSchema(validateErrorVERSIONDUPLICATE, jsonSchema$of("ErrorVERSIONDUPLICATE")),
  ErrorVERSIONEMPTY: /* @__PURE__ */ standardSchema(validateErrorVERSIONEMPTY, jsonSchema$of("ErrorVERSIONEMPTY")),
  ErrorVERSIONFORKEMPTY: /* @__PURE__ */ standardSchema(validateErrorVERSIONFORKEMPTY, jsonSchema$of("ErrorVERSIONFORKEMPTY")),
  ErrorVERSIONFORKNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorVERSIONFORKNOTFOUND, jsonSchema$of("ErrorVERSIONFORKNOTFOUND")),
  ErrorVERSIONINVALID: /* @__PURE__ */ standardSchema(validateErrorVERSIONINVALID, jsonSchema$of("ErrorVERSIONINVALID")),
  ErrorVERSIONNOTFOUND: /* @__PURE__ */ standardSchema(validateErrorVERSIONNOTFOUND, jsonSchema$of("ErrorVERSIONNOTFOUND")),
  IpListEntry: /* @__PURE__ */ standardSchema(validateIpListEntry, jsonSchema$of("IpListEntry")),
  JobOpening: /* @__PURE__ */ standardSchema(validateJobOpening, jsonSchema$of("JobOpening")),
  Version: /* @__PURE__ */ standardSchema(validateVersion, jsonSchema$of("Version")),
  GetProjectResponse: /* @__PURE__ */ standardSchema(validateGetProjectResponse, jsonSchema$of("GetProjectResponse")),
  GetAPIRegistryResponse: /* @__PURE__ */ standardSchema(validateGetAPIRegistryResponse, jsonSchema$of("GetAPIRegistryResponse")),
  GetAPISpecificationResponse: /* @__PURE__ */ standardSchema(validateGetAPISpecificationResponse, jsonSchema$of("GetAPISpecificationResponse")),
  UploadAPISpecificationRequestBody: /* @__PURE__ */ standardSchema(validateUploadAPISpecificationRequestBody, jsonSchema$of("UploadAPISpecificationRequestBody")),
  UploadAPISpecificationResponse: /* @__PURE__ */ standardSchema(validateUploadAPISpecificationResponse, jsonSchema$of("UploadAPISpecificationResponse")),
  UpdateAPISpecificationRequestBody: /* @__PURE__ */ standardSchema(validateUpdateAPISpecificationRequestBody, jsonSchema$of("UpdateAPISpecificationRequestBody")),
  UpdateAPISpecificationResponse: /* @__PURE__ */ standardSchema(validateUpdateAPISpecificationResponse, jsonSchema$of("UpdateAPISpecificationResponse")),
  DeleteAPISpecificationResponse: /* @__PURE__ */ standardSchema(validateDeleteAPISpecificationResponse, jsonSchema$of("DeleteAPISpecificationResponse")),
  GetCategoriesResponse: /* @__PURE__ */ standardSchema(validateGetCategoriesResponse, jsonSchema$of("GetCategoriesResponse")),
  CreateCategoryRequestBody: /* @__PURE__ */ standardSchema(validateCreateCategoryRequestBody, jsonSchema$of("CreateCategoryRequestBody")),
  CreateCategoryResponse: /* @__PURE__ */ standardSchema(validateCreateCategoryResponse, jsonSchema$of("CreateCategoryResponse")),
  GetCategoryResponse: /* @__PURE__ */ standardSchema(validateGetCategoryResponse, jsonSchema$of("GetCategoryResponse")),
  UpdateCategoryRequestBody: /* @__PURE__ */ standardSchema(validateUpdateCategoryRequestBody, jsonSchema$of("UpdateCategoryRequestBody")),
  UpdateCategoryResponse: /* @__PURE__ */ standardSchema(validateUpdateCategoryResponse, jsonSchema$of("UpdateCategoryResponse")),
  DeleteCategoryResponse: /* @__PURE__ */ standardSchema(validateDeleteCategoryResponse, jsonSchema$of("DeleteCategoryResponse")),
  GetCategoryDocsResponse: /* @__PURE__ */ standardSchema(validateGetCategoryDocsResponse, jsonSchema$of("GetCategoryDocsResponse")),
  GetChangelogsResponse: /* @__PURE__ */ standardSchema(validateGetChangelogsResponse, jsonSchema$of("GetChangelogsResponse")),
  CreateChangelogRequestBody: /* @__PURE__ */ standardSchema(validateCreateChangelogRequestBody, jsonSchema$of("CreateChangelogRequestBody")),
  CreateChangelogResponse: /* @__PURE__ */ standardSchema(validateCreateChangelogResponse, jsonSchema$of("CreateChangelogResponse")),
  GetChangelogResponse: /* @__PURE__ */ standardSchema(validateGetChangelogResponse, jsonSchema$of("GetChangelogResponse")),
  UpdateChangelogRequestBody: /* @__PURE__ */ standardSchema(validateUpdateChangelogRequestBody, jsonSchema$of("UpdateChangelogRequestBody")),
  UpdateChangelogResponse: /* @__PURE__ */ standardSchema(validateUpdateChangelogResponse, jsonSchema$of("UpdateChangelogResponse")),
  DeleteChangelogResponse: /* @__PURE__ */ standardSchema(validateDeleteChangelogResponse, jsonSchema$of("DeleteChangelogResponse")),
  GetCustomPagesResponse: /* @__PURE__ */ standardSchema(validateGetCustomPagesResponse, jsonSchema$of("GetCustomPagesResponse")),
  CreateCustomPageRequestBody: /* @__PURE__ */ standardSchema(validateCreateCustomPageRequestBody, jsonSchema$of("CreateCustomPageRequestBody")),
  CreateCustomPageResponse: /* @__PURE__ */ standardSchema(validateCreateCustomPageResponse, jsonSchema$of("CreateCustomPageResponse")),
  GetCustomPageResponse: /* @__PURE__ */ standardSchema(validateGetCustomPageResponse, jsonSchema$of("GetCustomPageResponse")),
  UpdateCustomPageRequestBody: /* @__PURE__ */ standardSchema(validateUpdateCustomPageRequestBody, jsonSchema$of("UpdateCustomPageRequestBody")),
  UpdateCustomPageResponse: /* @__PURE__ */ standardSchema(validateUpdateCustomPageResponse, jsonSchema$of("UpdateCustomPageResponse")),
  DeleteCustomPageResponse: /* @__PURE__ */ standardSchema(validateDeleteCustomPageResponse, jsonSchema$of("DeleteCustomPageResponse")),
  CreateDocRequestBody: /* @__PURE__ */ standardSchema(validateCreateDocRequestBody, jsonSchema$of("CreateDocRequestBody")),
  CreateDocResponse: /* @__PURE__ */ standardSchema(validateCreateDocResponse, jsonSchema$of("CreateDocResponse")),
  SearchDocsResponse: /* @__PURE__ */ standardSchema(validateSearchDocsResponse, jsonSchema$of("SearchDocsResponse")),
  GetDocResponse: /* @__PURE__ */ standardSchema(validateGetDocResponse, jsonSchema$of("GetDocResponse")),
  UpdateDocRequestBody: /* @__PURE__ */ standardSchema(validateUpdateDocRequestBody, jsonSchema$of("UpdateDocRequestBody")),
  UpdateDocResponse: /* @__PURE__ */ standardSchema(validateUpdateDocResponse, jsonSchema$of("UpdateDocResponse")),
  DeleteDocResponse: /* @__PURE__ */ standardSchema(validateDeleteDocResponse, jsonSchema$of("DeleteDocResponse")),
  GetProductionDocResponse: /* @__PURE__ */ standardSchema(validateGetProductionDocResponse, jsonSchema$of("GetProductionDocResponse")),
  GetOutboundIPsResponse: /* @__PURE__ */ standardSchema(validateGetOutboundIPsResponse, jsonSchema$of("GetOutboundIPsResponse")),
  AskOwlbotRequestBody: /* @__PURE__ */ standardSchema(validateAskOwlbotRequestBody, jsonSchema$of("AskOwlbotRequestBody")),
  AskOwlbotResponse: /* @__PURE__ */ standardSchema(validateAskOwlbotResponse, jsonSchema$of("AskOwlbotResponse")),
  GetAPISchemaResponse: /* @__PURE__ */ standardSchema(validateGetAPISchemaResponse, jsonSchema$of("GetAPISchemaResponse")),
  GetVersionsResponse: /* @__PURE__ */ standardSchema(validateGetVersionsResponse, jsonSchema$of("GetVersionsResponse")),
  CreateVersionRequestBody: /* @__PURE__ */ standardSchema(validateCreateVersionRequestBody, jsonSchema$of("CreateVersionRequestBody")),
  CreateVersionResponse: /* @__PURE__ */ standardSchema(validateCreateVersionResponse, jsonSchema$of("CreateVersionResponse")),
  GetVersionResponse: /* @__PURE__ */ standardSchema(validateGetVersionResponse, jsonSchema$of("GetVersionResponse")),
  UpdateVersionRequestBody: /* @__PURE__ */ standardSchema(validateUpdateVersionRequestBody, jsonSchema$of("UpdateVersionRequestBody")),
  UpdateVersionResponse: /* @__PURE__ */ standardSchema(validateUpdateVersionResponse, jsonSchema$of("UpdateVersionResponse")),
  DeleteVersionResponse: /* @__PURE__ */ standardSchema(validateDeleteVersionResponse, jsonSchema$of("DeleteVersionResponse"))
};
const issue$baseUrl_type_43f9bd = /* @__PURE__ */ fixedIssue(["baseUrl"], "type", "must be a string");
const issue$body_required_471094 = /* @__PURE__ */ fixedIssue(["body"], "required", "is required");
const issue$body_type_35015b = /* @__PURE__ */ fixedIssue(["body"], "type", "must be a string");
const issue$categorySlug_type_4c852e = /* @__PURE__ */ fixedIssue(["categorySlug"], "type", "must be a string");
const issue$category_type_8154d3 = /* @__PURE__ */ fixedIssue(["category"], "type", "must be a string");
const issue$codename_type_189492 = /* @__PURE__ */ fixedIssue(["codename"], "type", "must be a string");
const issue$coverLetter_type_f0e390 = /* @__PURE__ */ fixedIssue(["coverLetter"], "type", "must be a string");
const issue$department_type_f68d8f = /* @__PURE__ */ fixedIssue(["department"], "type", "must be a string");
const issue$description_type_1fd77a = /* @__PURE__ */ fixedIssue(["description"], "type", "must be a string");
const issue$docs_type_6835ac = /* @__PURE__ */ fixedIssue(["docs"], "type", "must be a string");
const issue$dontReallyApply_type_56ef69 = /* @__PURE__ */ fixedIssue(["dontReallyApply"], "type", "must be a boolean");
const issue$email_format_97a0cf = /* @__PURE__ */ fixedIssue(["email"], "format", "must be a valid email");
const issue$email_required_d58c29 = /* @__PURE__ */ fixedIssue(["email"], "required", "is required");
const issue$email_type_fc4ae4 = /* @__PURE__ */ fixedIssue(["email"], "type", "must be a string");
const issue$error_code_type_7d3da7 = /* @__PURE__ */ fixedIssue(["error", "code"], "type", "must be a string");
const issue$error_type_b3f4bd = /* @__PURE__ */ fixedIssue(["error"], "type", "must be an object");
const issue$error_type_fdd4b1 = /* @__PURE__ */ fixedIssue(["error"], "type", "must be a string");
const issue$from_required_c6b6ea = /* @__PURE__ */ fixedIssue(["from"], "required", "is required");
const issue$from_type_fb704c = /* @__PURE__ */ fixedIssue(["from"], "type", "must be a string");
const issue$github_type_e2c6af = /* @__PURE__ */ fixedIssue(["github"], "type", "must be a string");
const issue$help_type_012bbd = /* @__PURE__ */ fixedIssue(["help"], "type", "must be a string");
const issue$hidden_type_09bcc2 = /* @__PURE__ */ fixedIssue(["hidden"], "type", "must be a boolean");
const issue$html_type_a51541 = /* @__PURE__ */ fixedIssue(["html"], "type", "must be a string");
const issue$htmlmode_type_e885c3 = /* @__PURE__ */ fixedIssue(["htmlmode"], "type", "must be a boolean");
const issue$ipAddress_type_b85d98 = /* @__PURE__ */ fixedIssue(["ipAddress"], "type", "must be a string");
const issue$is_beta_type_a9bd6e = /* @__PURE__ */ fixedIssue(["is_beta"], "type", "must be a boolean");
const issue$is_deprecated_type_2e29b3 = /* @__PURE__ */ fixedIssue(["is_deprecated"], "type", "must be a boolean");
const issue$is_hidden_type_5608aa = /* @__PURE__ */ fixedIssue(["is_hidden"], "type", "must be a boolean");
const issue$is_stable_type_2224b0 = /* @__PURE__ */ fixedIssue(["is_stable"], "type", "must be a boolean");
const issue$job_required_781401 = /* @__PURE__ */ fixedIssue(["job"], "required", "is required");
const issue$job_type_c062ea = /* @__PURE__ */ fixedIssue(["job"], "type", "must be a string");
const issue$jwtSecret_type_8e45f0 = /* @__PURE__ */ fixedIssue(["jwtSecret"], "type", "must be a string");
const issue$linkedin_type_183953 = /* @__PURE__ */ fixedIssue(["linkedin"], "type", "must be a string");
const issue$location_type_769fc9 = /* @__PURE__ */ fixedIssue(["location"], "type", "must be a string");
const issue$message_type_eb355f = /* @__PURE__ */ fixedIssue(["message"], "type", "must be a string");
const issue$name_minLength_1dfe7a = /* @__PURE__ */ fixedIssue(["name"], "minLength", "must be at least 1 character long");
const issue$name_required_f3024a = /* @__PURE__ */ fixedIssue(["name"], "required", "is required");
const issue$name_type_734500 = /* @__PURE__ */ fixedIssue(["name"], "type", "must be a string");
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
const issue$order_type_2b1dcd = /* @__PURE__ */ fixedIssue(["order"], "type", "must be an integer");
const issue$parentDocSlug_type_a2f832 = /* @__PURE__ */ fixedIssue(["parentDocSlug"], "type", "must be a string");
const issue$parentDoc_type_8077b2 = /* @__PURE__ */ fixedIssue(["parentDoc"], "type", "must be a string");
const issue$pdfStatus_type_e11ca8 = /* @__PURE__ */ fixedIssue(["pdfStatus"], "type", "must be a string");
const issue$plan_type_682788 = /* @__PURE__ */ fixedIssue(["plan"], "type", "must be a string");
const issue$poem_type_438c89 = /* @__PURE__ */ fixedIssue(["poem"], "type", "must be an array");
const issue$pronouns_type_cd42cc = /* @__PURE__ */ fixedIssue(["pronouns"], "type", "must be a string");
const issue$pullquote_type_029022 = /* @__PURE__ */ fixedIssue(["pullquote"], "type", "must be a string");
const issue$question_required_d68d8b = /* @__PURE__ */ fixedIssue(["question"], "required", "is required");
const issue$question_type_5bd5f4 = /* @__PURE__ */ fixedIssue(["question"], "type", "must be a string");
const issue$slug_type_7a933b = /* @__PURE__ */ fixedIssue(["slug"], "type", "must be a string");
const issue$stream_type_de850a = /* @__PURE__ */ fixedIssue(["stream"], "type", "must be a boolean");
const issue$subdomain_type_3d1df7 = /* @__PURE__ */ fixedIssue(["subdomain"], "type", "must be a string");
const issue$suggestion_type_75aa77 = /* @__PURE__ */ fixedIssue(["suggestion"], "type", "must be a string");
const issue$title_required_fa43a3 = /* @__PURE__ */ fixedIssue(["title"], "required", "is required");
const issue$title_type_ebed80 = /* @__PURE__ */ fixedIssue(["title"], "type", "must be a string");
const issue$type_a5cbd8 = /* @__PURE__ */ fixedIssue([], "type", "must be a string");
const issue$type_ac2ac7 = /* @__PURE__ */ fixedIssue([], "type", "must be an array");
const issue$type_enum_0849e7 = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "", "added", "fixed", "improved", "deprecated", "removed"');
const issue$type_enum_68272a = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "basic", "error", "link"');
const issue$type_enum_e9ef78 = /* @__PURE__ */ fixedIssue(["type"], "enum", 'must be one of "reference", "guide"');
const issue$type_fc136b = /* @__PURE__ */ fixedIssue([], "type", "must be an object");
const issue$type_type_d71169 = /* @__PURE__ */ fixedIssue(["type"], "type", "must be a string");
const issue$url_type_4c30e0 = /* @__PURE__ */ fixedIssue(["url"], "type", "must be a string");
const issue$version_required_9ce4cd = /* @__PURE__ */ fixedIssue(["version"], "required", "is required");
const issue$version_type_753cce = /* @__PURE__ */ fixedIssue(["version"], "type", "must be a string");
function is$Apply(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "email") ? o1.email : void 0;
  if (x3 === void 0) return false;
  const x4 = hasOwn.call(o1, "job") ? o1.job : void 0;
  if (x4 === void 0) return false;
  if (typeof x2 !== "string") return false;
  if (x2.length < 1) return false;
  if (typeof x3 !== "string") return false;
  if (!formats.isEmail(x3)) return false;
  if (typeof x4 !== "string") return false;
  const x5 = o1.pronouns;
  if (x5 !== void 0) {
    if (typeof x5 !== "string" && hasOwn.call(o1, "pronouns")) return false;
  }
  const x7 = o1.linkedin;
  if (x7 !== void 0) {
    if (typeof x7 !== "string" && hasOwn.call(o1, "linkedin")) return false;
  }
  const x9 = o1.github;
  if (x9 !== void 0) {
    if (typeof x9 !== "string" && hasOwn.call(o1, "github")) return false;
  }
  const x11 = o1.coverLetter;
  if (x11 !== void 0) {
    if (typeof x11 !== "string" && hasOwn.call(o1, "coverLetter")) return false;
  }
  const x13 = o1.dontReallyApply;
  if (x13 !== void 0) {
    if (typeof x13 !== "boolean" && hasOwn.call(o1, "dontReallyApply")) return false;
  }
  return true;
}
function check$Apply(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "name") ? o1.name : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$name_required_f3024a)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "email") ? o1.email : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$email_required_d58c29)).length >= issueLimit) return s;
    }
    const x4 = hasOwn.call(o1, "job") ? o1.job : void 0;
    if (x4 === void 0) {
      if ((s = reportFixed(s, p, issue$job_required_781401)).length >= issueLimit) return s;
    }
    if (x2 !== void 0) {
      if (typeof x2 !== "string") {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      } else {
        if (x2.length < 1) {
          if ((s = reportFixed(s, p, issue$name_minLength_1dfe7a)).length >= issueLimit) return s;
        }
      }
    }
    if (x3 !== void 0) {
      if (typeof x3 !== "string") {
        if ((s = reportFixed(s, p, issue$email_type_fc4ae4)).length >= issueLimit) return s;
      } else {
        if (!formats.isEmail(x3)) {
          if ((s = reportFixed(s, p, issue$email_format_97a0cf)).length >= issueLimit) return s;
        }
      }
    }
    if (x4 !== void 0 && typeof x4 !== "string") {
      if ((s = reportFixed(s, p, issue$job_type_c062ea)).length >= issueLimit) return s;
    }
    const x5 = o1.pronouns;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "pronouns")) {
        if ((s = reportFixed(s, p, issue$pronouns_type_cd42cc)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.linkedin;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "linkedin")) {
        if ((s = reportFixed(s, p, issue$linkedin_type_183953)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.github;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "github")) {
        if ((s = reportFixed(s, p, issue$github_type_e2c6af)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.coverLetter;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "coverLetter")) {
        if ((s = reportFixed(s, p, issue$coverLetter_type_f0e390)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.dontReallyApply;
    if (x9 !== void 0) {
      if (typeof x9 !== "boolean" && hasOwn.call(o1, "dontReallyApply")) {
        if ((s = reportFixed(s, p, issue$dontReallyApply_type_56ef69)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$BaseError(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.error;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "error")) return false;
  }
  const x4 = o1.message;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "message")) return false;
  }
  const x6 = o1.suggestion;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "suggestion")) return false;
  }
  const x8 = o1.docs;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "docs")) return false;
  }
  const x10 = o1.help;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o1, "help")) return false;
  }
  const x12 = o1.poem;
  if (x12 !== void 0) {
    property13: {
      if (!Array.isArray(x12)) {
        if (hasOwn.call(o1, "poem")) return false;
        break property13;
      }
      const a14 = x12;
      for (let i15 = 0; i15 < a14.length; i15++) {
        const x16 = a14[i15];
        if (typeof x16 !== "string") {
          if (hasOwn.call(o1, "poem")) return false;
          break property13;
        }
      }
    }
  }
  return true;
}
function check$BaseError(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.error;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.message;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "message")) {
        if ((s = reportFixed(s, p, issue$message_type_eb355f)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.suggestion;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "suggestion")) {
        if ((s = reportFixed(s, p, issue$suggestion_type_75aa77)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.docs;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "docs")) {
        if ((s = reportFixed(s, p, issue$docs_type_6835ac)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.help;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "help")) {
        if ((s = reportFixed(s, p, issue$help_type_012bbd)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.poem;
    if (x7 !== void 0) {
      if (hasOwn.call(o1, "poem")) {
        if (!Array.isArray(x7)) {
          if ((s = reportFixed(s, p, issue$poem_type_438c89)).length >= issueLimit) return s;
        } else {
          const a8 = x7;
          for (let i9 = 0; i9 < a8.length; i9++) {
            const x10 = a8[i9];
            if (typeof x10 !== "string") {
              if ((s = report(s, p, ["poem", i9], "type", "must be a string")).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$Category(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.title;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x4 = o1.type;
  if (x4 !== void 0) {
    if (x4 !== "reference" && x4 !== "guide" && hasOwn.call(o1, "type")) return false;
  }
  return true;
}
function check$Category(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.title;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.type;
    if (x3 !== void 0) {
      if (x3 !== "reference" && x3 !== "guide" && hasOwn.call(o1, "type")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
        } else {
          if (x3 !== "reference" && x3 !== "guide") {
            if ((s = reportFixed(s, p, issue$type_enum_e9ef78)).length >= issueLimit) return s;
          }
        }
      }
    }
  }
  return s;
}
function is$Changelog(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "body") ? o1.body : void 0;
  if (x3 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x4 = o1.type;
  if (x4 !== void 0) {
    if (x4 !== "" && x4 !== "added" && x4 !== "fixed" && x4 !== "improved" && x4 !== "deprecated" && x4 !== "removed" && hasOwn.call(o1, "type")) return false;
  }
  if (typeof x3 !== "string") return false;
  const x6 = o1.hidden;
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o1, "hidden")) return false;
  }
  return true;
}
function check$Changelog(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$title_required_fa43a3)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "body") ? o1.body : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$body_required_471094)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
    }
    const x4 = o1.type;
    if (x4 !== void 0) {
      if (x4 !== "" && x4 !== "added" && x4 !== "fixed" && x4 !== "improved" && x4 !== "deprecated" && x4 !== "removed" && hasOwn.call(o1, "type")) {
        if (typeof x4 !== "string") {
          if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
        } else {
          if (x4 !== "" && x4 !== "added" && x4 !== "fixed" && x4 !== "improved" && x4 !== "deprecated" && x4 !== "removed") {
            if ((s = reportFixed(s, p, issue$type_enum_0849e7)).length >= issueLimit) return s;
          }
        }
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$body_type_35015b)).length >= issueLimit) return s;
    }
    const x5 = o1.hidden;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "hidden")) {
        if ((s = reportFixed(s, p, issue$hidden_type_09bcc2)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$CondensedProjectData(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.name;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "name")) return false;
  }
  const x4 = o1.subdomain;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "subdomain")) return false;
  }
  const x6 = o1.jwtSecret;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "jwtSecret")) return false;
  }
  const x8 = o1.baseUrl;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "baseUrl")) return false;
  }
  const x10 = o1.plan;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o1, "plan")) return false;
  }
  return true;
}
function check$CondensedProjectData(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.name;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "name")) {
        if ((s = reportFixed(s, p, issue$name_type_734500)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.subdomain;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "subdomain")) {
        if ((s = reportFixed(s, p, issue$subdomain_type_3d1df7)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.jwtSecret;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "jwtSecret")) {
        if ((s = reportFixed(s, p, issue$jwtSecret_type_8e45f0)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.baseUrl;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "baseUrl")) {
        if ((s = reportFixed(s, p, issue$baseUrl_type_43f9bd)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.plan;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "plan")) {
        if ((s = reportFixed(s, p, issue$plan_type_682788)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$CustomPage(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "title") ? o1.title : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.body;
  if (x3 !== void 0) {
    if (typeof x3 !== "string" && hasOwn.call(o1, "body")) return false;
  }
  const x5 = o1.html;
  if (x5 !== void 0) {
    if (typeof x5 !== "string" && hasOwn.call(o1, "html")) return false;
  }
  const x7 = o1.htmlmode;
  if (x7 !== void 0) {
    if (typeof x7 !== "boolean" && hasOwn.call(o1, "htmlmode")) return false;
  }
  const x9 = o1.hidden;
  if (x9 !== void 0) {
    if (typeof x9 !== "boolean" && hasOwn.call(o1, "hidden")) return false;
  }
  return true;
}
function check$CustomPage(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "title") ? o1.title : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$title_required_fa43a3)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
    }
    const x3 = o1.body;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "body")) {
        if ((s = reportFixed(s, p, issue$body_type_35015b)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.html;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "html")) {
        if ((s = reportFixed(s, p, issue$html_type_a51541)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.htmlmode;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "htmlmode")) {
        if ((s = reportFixed(s, p, issue$htmlmode_type_e885c3)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.hidden;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "hidden")) {
        if ((s = reportFixed(s, p, issue$hidden_type_09bcc2)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$DocSchemaPost(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.title;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x4 = o1.type;
  if (x4 !== void 0) {
    if (x4 !== "basic" && x4 !== "error" && x4 !== "link" && hasOwn.call(o1, "type")) return false;
  }
  const x6 = o1.body;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "body")) return false;
  }
  const x8 = o1.category;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "category")) return false;
  }
  const x10 = o1.hidden;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "hidden")) return false;
  }
  const x12 = o1.order;
  if (x12 !== void 0) {
    if (!Number.isInteger(x12) && hasOwn.call(o1, "order")) return false;
  }
  const x14 = o1.parentDoc;
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o1, "parentDoc")) return false;
  }
  const x16 = o1.error;
  if (x16 !== void 0) {
    property17: {
      if (typeof x16 !== "object" || x16 === null || Array.isArray(x16)) {
        if (hasOwn.call(o1, "error")) return false;
        break property17;
      }
      const o18 = x16;
      const x19 = o18.code;
      if (x19 !== void 0) {
        if (typeof x19 !== "string" && hasOwn.call(o18, "code")) {
          if (hasOwn.call(o1, "error")) return false;
          break property17;
        }
      }
    }
  }
  const x23 = o1.categorySlug;
  if (x23 !== void 0) {
    if (typeof x23 !== "string" && hasOwn.call(o1, "categorySlug")) return false;
  }
  const x25 = o1.parentDocSlug;
  if (x25 !== void 0) {
    if (typeof x25 !== "string" && hasOwn.call(o1, "parentDocSlug")) return false;
  }
  let matches29 = 0;
  failed30: {
    const o31 = v;
    if (!hasOwn.call(o31, "title") || o31.title === void 0) break failed30;
    if (!hasOwn.call(o31, "category") || o31.category === void 0) break failed30;
    matches29++;
  }
  failed34: {
    const o35 = v;
    if (!hasOwn.call(o35, "title") || o35.title === void 0) break failed34;
    if (!hasOwn.call(o35, "categorySlug") || o35.categorySlug === void 0) break failed34;
    matches29++;
  }
  if (matches29 !== 1) return false;
  return true;
}
function check$DocSchemaPost(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.title;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.type;
    if (x3 !== void 0) {
      if (x3 !== "basic" && x3 !== "error" && x3 !== "link" && hasOwn.call(o1, "type")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
        } else {
          if (x3 !== "basic" && x3 !== "error" && x3 !== "link") {
            if ((s = reportFixed(s, p, issue$type_enum_68272a)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.body;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "body")) {
        if ((s = reportFixed(s, p, issue$body_type_35015b)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.category;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "category")) {
        if ((s = reportFixed(s, p, issue$category_type_8154d3)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.hidden;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "hidden")) {
        if ((s = reportFixed(s, p, issue$hidden_type_09bcc2)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.order;
    if (x7 !== void 0) {
      if (!Number.isInteger(x7) && hasOwn.call(o1, "order")) {
        if ((s = reportFixed(s, p, issue$order_type_2b1dcd)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.parentDoc;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "parentDoc")) {
        if ((s = reportFixed(s, p, issue$parentDoc_type_8077b2)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.error;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "error")) {
        if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
          if ((s = reportFixed(s, p, issue$error_type_b3f4bd)).length >= issueLimit) return s;
        } else {
          const o10 = x9;
          const x11 = o10.code;
          if (x11 !== void 0) {
            if (typeof x11 !== "string" && hasOwn.call(o10, "code")) {
              if ((s = reportFixed(s, p, issue$error_code_type_7d3da7)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x14 = o1.categorySlug;
    if (x14 !== void 0) {
      if (typeof x14 !== "string" && hasOwn.call(o1, "categorySlug")) {
        if ((s = reportFixed(s, p, issue$categorySlug_type_4c852e)).length >= issueLimit) return s;
      }
    }
    const x15 = o1.parentDocSlug;
    if (x15 !== void 0) {
      if (typeof x15 !== "string" && hasOwn.call(o1, "parentDocSlug")) {
        if ((s = reportFixed(s, p, issue$parentDocSlug_type_a2f832)).length >= issueLimit) return s;
      }
    }
    let matches18 = 0;
    failed19: {
      const o20 = v;
      if (!hasOwn.call(o20, "title") || o20.title === void 0) break failed19;
      if (!hasOwn.call(o20, "category") || o20.category === void 0) break failed19;
      matches18++;
    }
    failed23: {
      const o24 = v;
      if (!hasOwn.call(o24, "title") || o24.title === void 0) break failed23;
      if (!hasOwn.call(o24, "categorySlug") || o24.categorySlug === void 0) break failed23;
      matches18++;
    }
    if (matches18 === 0) {
      if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches18)).length >= issueLimit) return s;
    } else if (matches18 > 1) {
      if ((s = report(s, p, [], "oneOf", "must match exactly one of the allowed schemas (oneOf), but matches " + matches18)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$DocSchemaPut(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.title;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x4 = o1.type;
  if (x4 !== void 0) {
    if (x4 !== "basic" && x4 !== "error" && x4 !== "link" && hasOwn.call(o1, "type")) return false;
  }
  const x6 = o1.body;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "body")) return false;
  }
  const x8 = o1.category;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "category")) return false;
  }
  const x10 = o1.hidden;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "hidden")) return false;
  }
  const x12 = o1.order;
  if (x12 !== void 0) {
    if (!Number.isInteger(x12) && hasOwn.call(o1, "order")) return false;
  }
  const x14 = o1.parentDoc;
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o1, "parentDoc")) return false;
  }
  const x16 = o1.error;
  if (x16 !== void 0) {
    property17: {
      if (typeof x16 !== "object" || x16 === null || Array.isArray(x16)) {
        if (hasOwn.call(o1, "error")) return false;
        break property17;
      }
      const o18 = x16;
      const x19 = o18.code;
      if (x19 !== void 0) {
        if (typeof x19 !== "string" && hasOwn.call(o18, "code")) {
          if (hasOwn.call(o1, "error")) return false;
          break property17;
        }
      }
    }
  }
  const x23 = o1.categorySlug;
  if (x23 !== void 0) {
    if (typeof x23 !== "string" && hasOwn.call(o1, "categorySlug")) return false;
  }
  const x25 = o1.parentDocSlug;
  if (x25 !== void 0) {
    if (typeof x25 !== "string" && hasOwn.call(o1, "parentDocSlug")) return false;
  }
  return true;
}
function check$DocSchemaPut(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.title;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.type;
    if (x3 !== void 0) {
      if (x3 !== "basic" && x3 !== "error" && x3 !== "link" && hasOwn.call(o1, "type")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
        } else {
          if (x3 !== "basic" && x3 !== "error" && x3 !== "link") {
            if ((s = reportFixed(s, p, issue$type_enum_68272a)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.body;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "body")) {
        if ((s = reportFixed(s, p, issue$body_type_35015b)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.category;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "category")) {
        if ((s = reportFixed(s, p, issue$category_type_8154d3)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.hidden;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "hidden")) {
        if ((s = reportFixed(s, p, issue$hidden_type_09bcc2)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.order;
    if (x7 !== void 0) {
      if (!Number.isInteger(x7) && hasOwn.call(o1, "order")) {
        if ((s = reportFixed(s, p, issue$order_type_2b1dcd)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.parentDoc;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "parentDoc")) {
        if ((s = reportFixed(s, p, issue$parentDoc_type_8077b2)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.error;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "error")) {
        if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
          if ((s = reportFixed(s, p, issue$error_type_b3f4bd)).length >= issueLimit) return s;
        } else {
          const o10 = x9;
          const x11 = o10.code;
          if (x11 !== void 0) {
            if (typeof x11 !== "string" && hasOwn.call(o10, "code")) {
              if ((s = reportFixed(s, p, issue$error_code_type_7d3da7)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
    const x14 = o1.categorySlug;
    if (x14 !== void 0) {
      if (typeof x14 !== "string" && hasOwn.call(o1, "categorySlug")) {
        if ((s = reportFixed(s, p, issue$categorySlug_type_4c852e)).length >= issueLimit) return s;
      }
    }
    const x15 = o1.parentDocSlug;
    if (x15 !== void 0) {
      if (typeof x15 !== "string" && hasOwn.call(o1, "parentDocSlug")) {
        if ((s = reportFixed(s, p, issue$parentDocSlug_type_a2f832)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$DocSchemaResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.title;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x4 = o1.type;
  if (x4 !== void 0) {
    if (x4 !== "basic" && x4 !== "error" && x4 !== "link" && hasOwn.call(o1, "type")) return false;
  }
  const x6 = o1.body;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "body")) return false;
  }
  const x8 = o1.category;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "category")) return false;
  }
  const x10 = o1.hidden;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "hidden")) return false;
  }
  const x12 = o1.order;
  if (x12 !== void 0) {
    if (!Number.isInteger(x12) && hasOwn.call(o1, "order")) return false;
  }
  const x14 = o1.parentDoc;
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o1, "parentDoc")) return false;
  }
  const x16 = o1.error;
  if (x16 !== void 0) {
    property17: {
      if (typeof x16 !== "object" || x16 === null || Array.isArray(x16)) {
        if (hasOwn.call(o1, "error")) return false;
        break property17;
      }
      const o18 = x16;
      const x19 = o18.code;
      if (x19 !== void 0) {
        if (typeof x19 !== "string" && hasOwn.call(o18, "code")) {
          if (hasOwn.call(o1, "error")) return false;
          break property17;
        }
      }
    }
  }
  return true;
}
function check$DocSchemaResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.title;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.type;
    if (x3 !== void 0) {
      if (x3 !== "basic" && x3 !== "error" && x3 !== "link" && hasOwn.call(o1, "type")) {
        if (typeof x3 !== "string") {
          if ((s = reportFixed(s, p, issue$type_type_d71169)).length >= issueLimit) return s;
        } else {
          if (x3 !== "basic" && x3 !== "error" && x3 !== "link") {
            if ((s = reportFixed(s, p, issue$type_enum_68272a)).length >= issueLimit) return s;
          }
        }
      }
    }
    const x4 = o1.body;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "body")) {
        if ((s = reportFixed(s, p, issue$body_type_35015b)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.category;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "category")) {
        if ((s = reportFixed(s, p, issue$category_type_8154d3)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.hidden;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "hidden")) {
        if ((s = reportFixed(s, p, issue$hidden_type_09bcc2)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.order;
    if (x7 !== void 0) {
      if (!Number.isInteger(x7) && hasOwn.call(o1, "order")) {
        if ((s = reportFixed(s, p, issue$order_type_2b1dcd)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.parentDoc;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "parentDoc")) {
        if ((s = reportFixed(s, p, issue$parentDoc_type_8077b2)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.error;
    if (x9 !== void 0) {
      if (hasOwn.call(o1, "error")) {
        if (typeof x9 !== "object" || x9 === null || Array.isArray(x9)) {
          if ((s = reportFixed(s, p, issue$error_type_b3f4bd)).length >= issueLimit) return s;
        } else {
          const o10 = x9;
          const x11 = o10.code;
          if (x11 !== void 0) {
            if (typeof x11 !== "string" && hasOwn.call(o10, "code")) {
              if ((s = reportFixed(s, p, issue$error_code_type_7d3da7)).length >= issueLimit) return s;
            }
          }
        }
      }
    }
  }
  return s;
}
function is$ErrorAPIACCESSREVOKED(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorAPIACCESSREVOKED(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorAPIACCESSUNAVAILABLE(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorAPIACCESSUNAVAILABLE(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorAPIKEYEMPTY(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorAPIKEYEMPTY(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorAPIKEYMISMATCH(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorAPIKEYMISMATCH(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorAPIKEYNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorAPIKEYNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorAPPLYINVALIDEMAIL(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorAPPLYINVALIDEMAIL(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorAPPLYINVALIDJOB(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorAPPLYINVALIDJOB(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorAPPLYINVALIDNAME(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorAPPLYINVALIDNAME(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorCATEGORYINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorCATEGORYINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorCATEGORYNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorCATEGORYNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorCHANGELOGINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorCHANGELOGINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorCHANGELOGNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorCHANGELOGNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorCUSTOMBLOCKNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorCUSTOMBLOCKNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorCUSTOMPAGEINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorCUSTOMPAGEINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorCUSTOMPAGENOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorCUSTOMPAGENOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorDOCINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorDOCINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorDOCNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorDOCNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorENDPOINTNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorENDPOINTNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorINTERNALERROR(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorINTERNALERROR(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorOWLBOTINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorOWLBOTINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorOWLBOTNOTENABLED(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorOWLBOTNOTENABLED(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorOWLBOTNOTENTERPRISE(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorOWLBOTNOTENTERPRISE(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorPROJECTNEEDSSTAGING(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorPROJECTNEEDSSTAGING(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorPROJECTNOTCHILD(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorPROJECTNOTCHILD(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorPROJECTNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorPROJECTNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorRATELIMITED(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorRATELIMITED(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorREGISTRYINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorREGISTRYINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorREGISTRYNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorREGISTRYNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECFILEEMPTY(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECFILEEMPTY(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECIDDUPLICATE(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECIDDUPLICATE(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECIDINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECIDINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECINVALIDSCHEMA(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECINVALIDSCHEMA(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECINVALIDSUPERHUB(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECINVALIDSUPERHUB(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECTIMEOUT(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECTIMEOUT(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorSPECVERSIONNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorSPECVERSIONNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorUNEXPECTEDERROR(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorUNEXPECTEDERROR(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONCANTDEMOTESTABLE(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONCANTDEMOTESTABLE(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONCANTREMOVESTABLE(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONCANTREMOVESTABLE(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONCONFLICTINGFLAGS(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONCONFLICTINGFLAGS(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONDUPLICATE(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONDUPLICATE(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONEMPTY(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONEMPTY(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONFORKEMPTY(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONFORKEMPTY(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONFORKNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONFORKNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONINVALID(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONINVALID(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$ErrorVERSIONNOTFOUND(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$BaseError(v, d + 1)) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o9 = v;
  const x10 = o9.error;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o9, "error")) return false;
  }
  return true;
}
function check$ErrorVERSIONNOTFOUND(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$BaseError(v, d + 1)) {
    if (full(s = check$BaseError(v, p, s, d + 1))) return s;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o9 = v;
    const x10 = o9.error;
    if (x10 !== void 0) {
      if (typeof x10 !== "string" && hasOwn.call(o9, "error")) {
        if ((s = reportFixed(s, p, issue$error_type_fdd4b1)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$IpListEntry(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.ipAddress;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "ipAddress")) return false;
  }
  return true;
}
function check$IpListEntry(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.ipAddress;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "ipAddress")) {
        if ((s = reportFixed(s, p, issue$ipAddress_type_b85d98)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$JobOpening(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = o1.slug;
  if (x2 !== void 0) {
    if (typeof x2 !== "string" && hasOwn.call(o1, "slug")) return false;
  }
  const x4 = o1.title;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "title")) return false;
  }
  const x6 = o1.description;
  if (x6 !== void 0) {
    if (typeof x6 !== "string" && hasOwn.call(o1, "description")) return false;
  }
  const x8 = o1.pullquote;
  if (x8 !== void 0) {
    if (typeof x8 !== "string" && hasOwn.call(o1, "pullquote")) return false;
  }
  const x10 = o1.location;
  if (x10 !== void 0) {
    if (typeof x10 !== "string" && hasOwn.call(o1, "location")) return false;
  }
  const x12 = o1.department;
  if (x12 !== void 0) {
    if (typeof x12 !== "string" && hasOwn.call(o1, "department")) return false;
  }
  const x14 = o1.url;
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o1, "url")) return false;
  }
  return true;
}
function check$JobOpening(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = o1.slug;
    if (x2 !== void 0) {
      if (typeof x2 !== "string" && hasOwn.call(o1, "slug")) {
        if ((s = reportFixed(s, p, issue$slug_type_7a933b)).length >= issueLimit) return s;
      }
    }
    const x3 = o1.title;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "title")) {
        if ((s = reportFixed(s, p, issue$title_type_ebed80)).length >= issueLimit) return s;
      }
    }
    const x4 = o1.description;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "description")) {
        if ((s = reportFixed(s, p, issue$description_type_1fd77a)).length >= issueLimit) return s;
      }
    }
    const x5 = o1.pullquote;
    if (x5 !== void 0) {
      if (typeof x5 !== "string" && hasOwn.call(o1, "pullquote")) {
        if ((s = reportFixed(s, p, issue$pullquote_type_029022)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.location;
    if (x6 !== void 0) {
      if (typeof x6 !== "string" && hasOwn.call(o1, "location")) {
        if ((s = reportFixed(s, p, issue$location_type_769fc9)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.department;
    if (x7 !== void 0) {
      if (typeof x7 !== "string" && hasOwn.call(o1, "department")) {
        if ((s = reportFixed(s, p, issue$department_type_f68d8f)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.url;
    if (x8 !== void 0) {
      if (typeof x8 !== "string" && hasOwn.call(o1, "url")) {
        if ((s = reportFixed(s, p, issue$url_type_4c30e0)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$Version(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "version") ? o1.version : void 0;
  if (x2 === void 0) return false;
  const x3 = hasOwn.call(o1, "from") ? o1.from : void 0;
  if (x3 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x4 = o1.codename;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "codename")) return false;
  }
  if (typeof x3 !== "string") return false;
  const x6 = o1.is_stable;
  if (x6 !== void 0) {
    if (typeof x6 !== "boolean" && hasOwn.call(o1, "is_stable")) return false;
  }
  const x8 = o1.is_beta;
  if (x8 !== void 0) {
    if (typeof x8 !== "boolean" && hasOwn.call(o1, "is_beta")) return false;
  }
  const x10 = o1.is_hidden;
  if (x10 !== void 0) {
    if (typeof x10 !== "boolean" && hasOwn.call(o1, "is_hidden")) return false;
  }
  const x12 = o1.is_deprecated;
  if (x12 !== void 0) {
    if (typeof x12 !== "boolean" && hasOwn.call(o1, "is_deprecated")) return false;
  }
  const x14 = o1.pdfStatus;
  if (x14 !== void 0) {
    if (typeof x14 !== "string" && hasOwn.call(o1, "pdfStatus")) return false;
  }
  return true;
}
function check$Version(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "version") ? o1.version : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$version_required_9ce4cd)).length >= issueLimit) return s;
    }
    const x3 = hasOwn.call(o1, "from") ? o1.from : void 0;
    if (x3 === void 0) {
      if ((s = reportFixed(s, p, issue$from_required_c6b6ea)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$version_type_753cce)).length >= issueLimit) return s;
    }
    const x4 = o1.codename;
    if (x4 !== void 0) {
      if (typeof x4 !== "string" && hasOwn.call(o1, "codename")) {
        if ((s = reportFixed(s, p, issue$codename_type_189492)).length >= issueLimit) return s;
      }
    }
    if (x3 !== void 0 && typeof x3 !== "string") {
      if ((s = reportFixed(s, p, issue$from_type_fb704c)).length >= issueLimit) return s;
    }
    const x5 = o1.is_stable;
    if (x5 !== void 0) {
      if (typeof x5 !== "boolean" && hasOwn.call(o1, "is_stable")) {
        if ((s = reportFixed(s, p, issue$is_stable_type_2224b0)).length >= issueLimit) return s;
      }
    }
    const x6 = o1.is_beta;
    if (x6 !== void 0) {
      if (typeof x6 !== "boolean" && hasOwn.call(o1, "is_beta")) {
        if ((s = reportFixed(s, p, issue$is_beta_type_a9bd6e)).length >= issueLimit) return s;
      }
    }
    const x7 = o1.is_hidden;
    if (x7 !== void 0) {
      if (typeof x7 !== "boolean" && hasOwn.call(o1, "is_hidden")) {
        if ((s = reportFixed(s, p, issue$is_hidden_type_5608aa)).length >= issueLimit) return s;
      }
    }
    const x8 = o1.is_deprecated;
    if (x8 !== void 0) {
      if (typeof x8 !== "boolean" && hasOwn.call(o1, "is_deprecated")) {
        if ((s = reportFixed(s, p, issue$is_deprecated_type_2e29b3)).length >= issueLimit) return s;
      }
    }
    const x9 = o1.pdfStatus;
    if (x9 !== void 0) {
      if (typeof x9 !== "string" && hasOwn.call(o1, "pdfStatus")) {
        if ((s = reportFixed(s, p, issue$pdfStatus_type_e11ca8)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$GetAPIRegistryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}
function check$GetAPIRegistryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  }
  return s;
}
function is$GetAPISpecificationResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetAPISpecificationResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$UploadAPISpecificationRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x4 = o1.url;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "url")) return false;
  }
  return true;
}
function check$UploadAPISpecificationRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x3 = o1.url;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "url")) {
        if ((s = reportFixed(s, p, issue$url_type_4c30e0)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$UploadAPISpecificationResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$UploadAPISpecificationResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$UpdateAPISpecificationRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x4 = o1.url;
  if (x4 !== void 0) {
    if (typeof x4 !== "string" && hasOwn.call(o1, "url")) return false;
  }
  return true;
}
function check$UpdateAPISpecificationRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x3 = o1.url;
    if (x3 !== void 0) {
      if (typeof x3 !== "string" && hasOwn.call(o1, "url")) {
        if ((s = reportFixed(s, p, issue$url_type_4c30e0)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$UpdateAPISpecificationResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$UpdateAPISpecificationResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DeleteAPISpecificationResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteAPISpecificationResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetCategoriesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetCategoriesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$CreateCategoryRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!is$Category(v, d + 1)) return false;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    if (!hasOwn.call(o10, "title") || o10.title === void 0) return false;
  }
  return true;
}
function check$CreateCategoryRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!is$Category(v, d + 1)) {
    if (full(s = check$Category(v, p, s, d + 1))) return s;
  }
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const o10 = v;
    if (!hasOwn.call(o10, "title") || o10.title === void 0) {
      if ((s = reportFixed(s, p, issue$title_required_fa43a3)).length >= issueLimit) return s;
    }
  }
  return s;
}
function is$CreateCategoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CreateCategoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetCategoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetCategoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$UpdateCategoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$UpdateCategoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DeleteCategoryResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteCategoryResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetCategoryDocsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetCategoryDocsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetChangelogsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetChangelogsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$CreateChangelogResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CreateChangelogResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetChangelogResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetChangelogResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$UpdateChangelogResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$UpdateChangelogResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DeleteChangelogResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteChangelogResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetCustomPagesResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetCustomPagesResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$CreateCustomPageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CreateCustomPageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetCustomPageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetCustomPageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$UpdateCustomPageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$UpdateCustomPageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DeleteCustomPageResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteCustomPageResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$SearchDocsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$SearchDocsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DeleteDocResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteDocResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetOutboundIPsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (!Array.isArray(v)) return false;
  const a1 = v;
  for (let i2 = 0; i2 < a1.length; i2++) {
    const x3 = a1[i2];
    if (!is$IpListEntry(x3, d + 1)) return false;
  }
  return true;
}
function check$GetOutboundIPsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (!Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_ac2ac7)).length >= issueLimit) return s;
  } else {
    const a1 = v;
    for (let i2 = 0; i2 < a1.length; i2++) {
      const x3 = a1[i2];
      if (!is$IpListEntry(x3, d + 1)) {
        if (full(s = check$IpListEntry(x3, below(p, [i2]), s, d + 1))) return s;
      }
    }
  }
  return s;
}
function is$AskOwlbotRequestBody(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const o1 = v;
  const x2 = hasOwn.call(o1, "question") ? o1.question : void 0;
  if (x2 === void 0) return false;
  if (typeof x2 !== "string") return false;
  const x3 = o1.stream;
  if (x3 !== void 0) {
    if (typeof x3 !== "boolean" && hasOwn.call(o1, "stream")) return false;
  }
  return true;
}
function check$AskOwlbotRequestBody(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  } else {
    const o1 = v;
    const x2 = hasOwn.call(o1, "question") ? o1.question : void 0;
    if (x2 === void 0) {
      if ((s = reportFixed(s, p, issue$question_required_d68d8b)).length >= issueLimit) return s;
    }
    if (x2 !== void 0 && typeof x2 !== "string") {
      if ((s = reportFixed(s, p, issue$question_type_5bd5f4)).length >= issueLimit) return s;
    }
    const x3 = o1.stream;
    if (x3 !== void 0) {
      if (typeof x3 !== "boolean" && hasOwn.call(o1, "stream")) {
        if ((s = reportFixed(s, p, issue$stream_type_de850a)).length >= issueLimit) return s;
      }
    }
  }
  return s;
}
function is$AskOwlbotResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "string") return false;
  return true;
}
function check$AskOwlbotResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "string") {
    if ((s = reportFixed(s, p, issue$type_a5cbd8)).length >= issueLimit) return s;
  }
  return s;
}
function is$GetAPISchemaResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return true;
}
function check$GetAPISchemaResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    if ((s = reportFixed(s, p, issue$type_fc136b)).length >= issueLimit) return s;
  }
  return s;
}
function is$GetVersionsResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetVersionsResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$CreateVersionResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$CreateVersionResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetVersionResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetVersionResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$UpdateVersionResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$UpdateVersionResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$DeleteVersionResponse(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$DeleteVersionResponse(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
const jsonSchema$defs = {
  Apply: {
    type: "object",
    properties: {
      name: { description: "Your full name", type: "string", minLength: 1, default: "Your Name" },
      email: {
        description: "A valid email we can reach you at.",
        type: "string",
        format: "email",
        default: "you@example.com"
      },
      job: {
        description: "The job you're looking to apply for (https://readme.com/careers).",
        type: "string"
      },
      pronouns: {
        description: "Learn more at https://lgbtlifecenter.org/pronouns/",
        type: "string"
      },
      linkedin: {
        description: "What have you been up to the past few years?",
        type: "string",
        format: "url"
      },
      github: {
        description: "Or Bitbucket, Gitlab or anywhere else your code is hosted!",
        type: "string",
        format: "url"
      },
      coverLetter: {
        description: "What should we know about you?",
        type: "string",
        format: "blob"
      },
      dontReallyApply: {
        description: "Want to play with the API but not actually apply? Set this to true.",
        type: "boolean",
        default: false
      }
    },
    required: ["name", "email", "job"]
  },
  BaseError: {
    type: "object",
    properties: {
      error: { description: "An error code unique to the error received.", type: "string" },
      message: { description: "The reason why the error occured.", type: "string" },
      suggestion: {
        description: "A helpful suggestion for how to alleviate the error.",
        type: "string"
      },
      docs: {
        description: "A [ReadMe Metrics](https://readme.com/metrics/) log URL where you can see more information the request that you made. If we have metrics URLs unavailable for your request, this URL will be a URL to our API Reference.",
        type: "string",
        format: "url",
        examples: ["https://docs.readme.com/logs/6883d0ee-cf79-447a-826f-a48f7d5bdf5f"]
      },
      help: {
        description: "Information on where you can receive additional assistance from our wonderful support team.",
        type: "string",
        examples: ["If you need help, email support@readme.io"]
      },
      poem: {
        description: "A short poem we wrote you about your error.",
        type: "array",
        items: { type: "string" },
        examples: [
          [
            "If you're seeing this error,",
            "Things didn't quite go the way we hoped.",
            "When we tried to process your request,",
            "Maybe trying again it'll work\u2014who knows!"
          ]
        ]
      }
    }
  },
  Category: {
    type: "object",
    properties: {
      title: {
        description: "A short title for the category. This is what will show in the sidebar.",
        type: "string"
      },
      type: {
        description: "A category can be part of your reference or guide documentation, which is determined by this field.",
        type: "string",
        enum: ["reference", "guide"],
        default: "guide"
      }
    }
  },
  Changelog: {
    type: "object",
    properties: {
      title: { description: "Title of the changelog.", type: "string" },
      type: {
        type: "string",
        enum: ["", "added", "fixed", "improved", "deprecated", "removed"],
        default: ""
      },
      body: { description: "Body content of the changelog.", type: "string" },
      hidden: { description: "Visibility of the changelog.", type: "boolean", default: true }
    },
    required: ["title", "body"]
  },
  CondensedProjectData: {
    type: "object",
    properties: {
      name: { type: "string" },
      subdomain: { type: "string" },
      jwtSecret: { type: "string" },
      baseUrl: {
        description: "The base URL for the project. If the project is not running under a custom domain, it will be `https://projectSubdomain.readme.io`, otherwise it can either be or `https://example.com` or, in the case of an enterprise child project `https://example.com/projectSubdomain`.",
        type: "string",
        format: "url"
      },
      plan: { type: "string" }
    }
  },
  CustomPage: {
    type: "object",
    properties: {
      title: { description: "Title of the custom page.", type: "string" },
      body: { description: "Body formatted in Markdown (displayed by default).", type: "string" },
      html: {
        description: "Body formatted in HTML (sanitized, only displayed if `htmlmode` is **true**).",
        type: "string"
      },
      htmlmode: {
        description: "**true** if `html` should be displayed, **false** if `body` should be displayed.",
        type: "boolean",
        default: false
      },
      hidden: { description: "Visibility of the custom page.", type: "boolean", default: true }
    },
    required: ["title"]
  },
  DocSchemaPost: {
    type: "object",
    properties: {
      title: { description: "Title of the page.", type: "string" },
      type: {
        description: "Type of the page. This can be one of the following:\n- `basic` (most common)\n- `link` (page that redirects to an external link)\n- `error` (page describing an API error) [DEPRECATED]",
        type: "string",
        enum: ["basic", "error", "link"]
      },
      body: {
        description: "Body content of the page, formatted in [ReadMe-flavored Markdown](https://docs.readme.com/rdmd/docs).",
        type: "string"
      },
      category: {
        description: "Category ID of the page, which you can get through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories).",
        type: "string"
      },
      hidden: { description: "Visibility of the page.", type: "boolean" },
      order: {
        description: "The position of the page in your project sidebar.",
        type: "integer",
        examples: [999]
      },
      parentDoc: { description: "The parent doc's ID, if the page is a subpage.", type: "string" },
      error: {
        description: "This is used for docs with the `type` set to `error`. The `error` page type and this `error` object have been deprecated.",
        type: "object",
        properties: {
          code: {
            description: "The error code for docs with the `error` type [DEPRECATED].",
            type: "string"
          }
        },
        deprecated: true
      },
      categorySlug: {
        description: "The slug of the category this page is associated with. You can get this through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories). This field is an alternative to the `category` field.",
        type: "string"
      },
      parentDocSlug: {
        description: "If this page is a subpage, this field will be the slug of the parent document. You can get this through https://docs.readme.com/main/reference/docs#getdoc. This field is an alternative to the `parentDoc` field.",
        type: "string"
      }
    },
    additionalProperties: true,
    oneOf: [
      { title: "`category` Parameter", required: ["title", "category"] },
      { title: "`categorySlug` Parameter", required: ["title", "categorySlug"] }
    ]
  },
  DocSchemaPut: {
    type: "object",
    properties: {
      title: { description: "Title of the page.", type: "string" },
      type: {
        description: "Type of the page. This can be one of the following:\n- `basic` (most common)\n- `link` (page that redirects to an external link)\n- `error` (page describing an API error) [DEPRECATED]",
        type: "string",
        enum: ["basic", "error", "link"]
      },
      body: {
        description: "Body content of the page, formatted in [ReadMe-flavored Markdown](https://docs.readme.com/rdmd/docs).",
        type: "string"
      },
      category: {
        description: "Category ID of the page, which you can get through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories).",
        type: "string"
      },
      hidden: { description: "Visibility of the page.", type: "boolean" },
      order: {
        description: "The position of the page in your project sidebar.",
        type: "integer",
        examples: [999]
      },
      parentDoc: { description: "The parent doc's ID, if the page is a subpage.", type: "string" },
      error: {
        description: "This is used for docs with the `type` set to `error`. The `error` page type and this `error` object have been deprecated.",
        type: "object",
        properties: {
          code: {
            description: "The error code for docs with the `error` type [DEPRECATED].",
            type: "string"
          }
        },
        deprecated: true
      },
      categorySlug: {
        description: "The slug of the category this page is associated with. You can get this through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories). This field is an alternative to the `category` field.",
        type: "string"
      },
      parentDocSlug: {
        description: "If this page is a subpage, this field will be the slug of the parent document. You can get this through https://docs.readme.com/main/reference/docs#getdoc. This field is an alternative to the `parentDoc` field.",
        type: "string"
      }
    },
    additionalProperties: true
  },
  DocSchemaResponse: {
    type: "object",
    properties: {
      title: { description: "Title of the page.", type: "string" },
      type: {
        description: "Type of the page. This can be one of the following:\n- `basic` (most common)\n- `link` (page that redirects to an external link)\n- `error` (page describing an API error) [DEPRECATED]",
        type: "string",
        enum: ["basic", "error", "link"]
      },
      body: {
        description: "Body content of the page, formatted in [ReadMe-flavored Markdown](https://docs.readme.com/rdmd/docs).",
        type: "string"
      },
      category: {
        description: "Category ID of the page, which you can get through [the **Get all categories** endpoint](https://docs.readme.com/main/reference/getcategories).",
        type: "string"
      },
      hidden: { description: "Visibility of the page.", type: "boolean" },
      order: {
        description: "The position of the page in your project sidebar.",
        type: "integer",
        examples: [999]
      },
      parentDoc: { description: "The parent doc's ID, if the page is a subpage.", type: "string" },
      error: {
        description: "This is used for docs with the `type` set to `error`. The `error` page type and this `error` object have been deprecated.",
        type: "object",
        properties: {
          code: {
            description: "The error code for docs with the `error` type [DEPRECATED].",
            type: "string"
          }
        },
        deprecated: true
      }
    },
    additionalProperties: true
  },
  ErrorAPIACCESSREVOKED: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "API_ACCESS_REVOKED" } } }
    ]
  },
  ErrorAPIACCESSUNAVAILABLE: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "API_ACCESS_UNAVAILABLE" } }
      }
    ]
  },
  ErrorAPIKEYEMPTY: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "APIKEY_EMPTY" } } }
    ]
  },
  ErrorAPIKEYMISMATCH: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "APIKEY_MISMATCH" } } }
    ]
  },
  ErrorAPIKEYNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "APIKEY_NOTFOUND" } } }
    ]
  },
  ErrorAPPLYINVALIDEMAIL: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "APPLY_INVALID_EMAIL" } } }
    ]
  },
  ErrorAPPLYINVALIDJOB: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "APPLY_INVALID_JOB" } } }
    ]
  },
  ErrorAPPLYINVALIDNAME: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "APPLY_INVALID_NAME" } } }
    ]
  },
  ErrorCATEGORYINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "CATEGORY_INVALID" } } }
    ]
  },
  ErrorCATEGORYNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "CATEGORY_NOTFOUND" } } }
    ]
  },
  ErrorCHANGELOGINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "CHANGELOG_INVALID" } } }
    ]
  },
  ErrorCHANGELOGNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "CHANGELOG_NOTFOUND" } } }
    ]
  },
  ErrorCUSTOMBLOCKNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "CUSTOMBLOCK_NOTFOUND" } }
      }
    ]
  },
  ErrorCUSTOMPAGEINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "CUSTOMPAGE_INVALID" } } }
    ]
  },
  ErrorCUSTOMPAGENOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "CUSTOMPAGE_NOTFOUND" } } }
    ]
  },
  ErrorDOCINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "DOC_INVALID" } } }
    ]
  },
  ErrorDOCNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "DOC_NOTFOUND" } } }
    ]
  },
  ErrorENDPOINTNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "ENDPOINT_NOTFOUND" } } }
    ]
  },
  ErrorINTERNALERROR: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "INTERNAL_ERROR" } } }
    ]
  },
  ErrorOWLBOTINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "OWLBOT_INVALID" } } }
    ]
  },
  ErrorOWLBOTNOTENABLED: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "OWLBOT_NOT_ENABLED" } } }
    ]
  },
  ErrorOWLBOTNOTENTERPRISE: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "OWLBOT_NOT_ENTERPRISE" } }
      }
    ]
  },
  ErrorPROJECTNEEDSSTAGING: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "PROJECT_NEEDSSTAGING" } }
      }
    ]
  },
  ErrorPROJECTNOTCHILD: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "PROJECT_NOT_CHILD" } } }
    ]
  },
  ErrorPROJECTNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "PROJECT_NOTFOUND" } } }
    ]
  },
  ErrorRATELIMITED: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "RATE_LIMITED" } } }
    ]
  },
  ErrorREGISTRYINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "REGISTRY_INVALID" } } }
    ]
  },
  ErrorREGISTRYNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "REGISTRY_NOTFOUND" } } }
    ]
  },
  ErrorSPECFILEEMPTY: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "SPEC_FILE_EMPTY" } } }
    ]
  },
  ErrorSPECIDDUPLICATE: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "SPEC_ID_DUPLICATE" } } }
    ]
  },
  ErrorSPECIDINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "SPEC_ID_INVALID" } } }
    ]
  },
  ErrorSPECINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "SPEC_INVALID" } } }
    ]
  },
  ErrorSPECINVALIDSCHEMA: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "SPEC_INVALID_SCHEMA" } } }
    ]
  },
  ErrorSPECINVALIDSUPERHUB: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "SPEC_INVALID_SUPERHUB" } }
      }
    ]
  },
  ErrorSPECNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "SPEC_NOTFOUND" } } }
    ]
  },
  ErrorSPECTIMEOUT: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "SPEC_TIMEOUT" } } }
    ]
  },
  ErrorSPECVERSIONNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "SPEC_VERSION_NOTFOUND" } }
      }
    ]
  },
  ErrorUNEXPECTEDERROR: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "UNEXPECTED_ERROR" } } }
    ]
  },
  ErrorVERSIONCANTDEMOTESTABLE: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "VERSION_CANT_DEMOTE_STABLE" } }
      }
    ]
  },
  ErrorVERSIONCANTREMOVESTABLE: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "VERSION_CANT_REMOVE_STABLE" } }
      }
    ]
  },
  ErrorVERSIONCONFLICTINGFLAGS: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "VERSION_CONFLICTING_FLAGS" } }
      }
    ]
  },
  ErrorVERSIONDUPLICATE: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "VERSION_DUPLICATE" } } }
    ]
  },
  ErrorVERSIONEMPTY: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "VERSION_EMPTY" } } }
    ]
  },
  ErrorVERSIONFORKEMPTY: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "VERSION_FORK_EMPTY" } } }
    ]
  },
  ErrorVERSIONFORKNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      {
        type: "object",
        properties: { error: { type: "string", default: "VERSION_FORK_NOTFOUND" } }
      }
    ]
  },
  ErrorVERSIONINVALID: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "VERSION_INVALID" } } }
    ]
  },
  ErrorVERSIONNOTFOUND: {
    allOf: [
      { $ref: "#/$defs/BaseError" },
      { type: "object", properties: { error: { type: "string", default: "VERSION_NOTFOUND" } } }
    ]
  },
  IpListEntry: {
    type: "object",
    properties: {
      ipAddress: { description: "The IP address.", type: "string", examples: ["127.0.0.1"] }
    }
  },
  JobOpening: {
    type: "object",
    properties: {
      slug: {
        description: "A slugified version of the job opening title.",
        type: "string",
        examples: ["api-engineer"]
      },
      title: {
        description: "The job opening position.",
        type: "string",
        examples: ["API Engineer"]
      },
      description: {
        description: "The description for this open position. This content is formatted as HTML.",
        type: "string"
      },
      pullquote: {
        description: "A short pullquote for the open position.",
        type: "string",
        examples: ["Deeply knowledgeable of the web, HTTP, and the API space."]
      },
      location: {
        description: "Where this position is located at.",
        type: "string",
        examples: ["Remote"]
      },
      department: {
        description: "The internal organization you'll be working in.",
        type: "string",
        examples: ["Engineering"]
      },
      url: {
        description: "The place where you can apply for the position!",
        type: "string",
        format: "url"
      }
    }
  },
  Version: {
    type: "object",
    properties: {
      version: { description: "Semantic Version", type: "string" },
      codename: { description: "Dubbed name of version.", type: "string" },
      from: { description: "Semantic Version to use as the base fork.", type: "string" },
      is_stable: { description: "Should this be the **main** version?", type: "boolean" },
      is_beta: { type: "boolean", default: true },
      is_hidden: { description: "Should this be publically accessible?", type: "boolean" },
      is_deprecated: {
        description: "Should this be deprecated? Only allowed in PUT operations.",
        type: "boolean"
      },
      pdfStatus: { description: "Status of pdf generations.", type: "string" }
    },
    required: ["version", "from"]
  }
};
const jsonSchema$roots = {
  Apply: { $ref: "#/$defs/Apply" },
  BaseError: { $ref: "#/$defs/BaseError" },
  Category: { $ref: "#/$defs/Category" },
  Changelog: { $ref: "#/$defs/Changelog" },
  CondensedProjectData: { $ref: "#/$defs/CondensedProjectData" },
  CustomPage: { $ref: "#/$defs/CustomPage" },
  DocSchemaPost: { $ref: "#/$defs/DocSchemaPost" },
  DocSchemaPut: { $ref: "#/$defs/DocSchemaPut" },
  DocSchemaResponse: { $ref: "#/$defs/DocSchemaResponse" },
  ErrorAPIACCESSREVOKED: { $ref: "#/$defs/ErrorAPIACCESSREVOKED" },
  ErrorAPIACCESSUNAVAILABLE: { $ref: "#/$defs/ErrorAPIACCESSUNAVAILABLE" },
  ErrorAPIKEYEMPTY: { $ref: "#/$defs/ErrorAPIKEYEMPTY" },
  ErrorAPIKEYMISMATCH: { $ref: "#/$defs/ErrorAPIKEYMISMATCH" },
  ErrorAPIKEYNOTFOUND: { $ref: "#/$defs/ErrorAPIKEYNOTFOUND" },
  ErrorAPPLYINVALIDEMAIL: { $ref: "#/$defs/ErrorAPPLYINVALIDEMAIL" },
  ErrorAPPLYINVALIDJOB: { $ref: "#/$defs/ErrorAPPLYINVALIDJOB" },
  ErrorAPPLYINVALIDNAME: { $ref: "#/$defs/ErrorAPPLYINVALIDNAME" },
  ErrorCATEGORYINVALID: { $ref: "#/$defs/ErrorCATEGORYINVALID" },
  ErrorCATEGORYNOTFOUND: { $ref: "#/$defs/ErrorCATEGORYNOTFOUND" },
  ErrorCHANGELOGINVALID: { $ref: "#/$defs/ErrorCHANGELOGINVALID" },
  ErrorCHANGELOGNOTFOUND: { $ref: "#/$defs/ErrorCHANGELOGNOTFOUND" },
  ErrorCUSTOMBLOCKNOTFOUND: { $ref: "#/$defs/ErrorCUSTOMBLOCKNOTFOUND" },
  ErrorCUSTOMPAGEINVALID: { $ref: "#/$defs/ErrorCUSTOMPAGEINVALID" },
  ErrorCUSTOMPAGENOTFOUND: { $ref: "#/$defs/ErrorCUSTOMPAGENOTFOUND" },
  ErrorDOCINVALID: { $ref: "#/$defs/ErrorDOCINVALID" },
  ErrorDOCNOTFOUND: { $ref: "#/$defs/ErrorDOCNOTFOUND" },
  ErrorENDPOINTNOTFOUND: { $ref: "#/$defs/ErrorENDPOINTNOTFOUND" },
  ErrorINTERNALERROR: { $ref: "#/$defs/ErrorINTERNALERROR" },
  ErrorOWLBOTINVALID: { $ref: "#/$defs/ErrorOWLBOTINVALID" },
  ErrorOWLBOTNOTENABLED: { $ref: "#/$defs/ErrorOWLBOTNOTENABLED" },
  ErrorOWLBOTNOTENTERPRISE: { $ref: "#/$defs/ErrorOWLBOTNOTENTERPRISE" },
  ErrorPROJECTNEEDSSTAGING: { $ref: "#/$defs/ErrorPROJECTNEEDSSTAGING" },
  ErrorPROJECTNOTCHILD: { $ref: "#/$defs/ErrorPROJECTNOTCHILD" },
  ErrorPROJECTNOTFOUND: { $ref: "#/$defs/ErrorPROJECTNOTFOUND" },
  ErrorRATELIMITED: { $ref: "#/$defs/ErrorRATELIMITED" },
  ErrorREGISTRYINVALID: { $ref: "#/$defs/ErrorREGISTRYINVALID" },
  ErrorREGISTRYNOTFOUND: { $ref: "#/$defs/ErrorREGISTRYNOTFOUND" },
  ErrorSPECFILEEMPTY: { $ref: "#/$defs/ErrorSPECFILEEMPTY" },
  ErrorSPECIDDUPLICATE: { $ref: "#/$defs/ErrorSPECIDDUPLICATE" },
  ErrorSPECIDINVALID: { $ref: "#/$defs/ErrorSPECIDINVALID" },
  ErrorSPECINVALID: { $ref: "#/$defs/ErrorSPECINVALID" },
  ErrorSPECINVALIDSCHEMA: { $ref: "#/$defs/ErrorSPECINVALIDSCHEMA" },
  ErrorSPECINVALIDSUPERHUB: { $ref: "#/$defs/ErrorSPECINVALIDSUPERHUB" },
  ErrorSPECNOTFOUND: { $ref: "#/$defs/ErrorSPECNOTFOUND" },
  ErrorSPECTIMEOUT: { $ref: "#/$defs/ErrorSPECTIMEOUT" },
  ErrorSPECVERSIONNOTFOUND: { $ref: "#/$defs/ErrorSPECVERSIONNOTFOUND" },
  ErrorUNEXPECTEDERROR: { $ref: "#/$defs/ErrorUNEXPECTEDERROR" },
  ErrorVERSIONCANTDEMOTESTABLE: { $ref: "#/$defs/ErrorVERSIONCANTDEMOTESTABLE" },
  ErrorVERSIONCANTREMOVESTABLE: { $ref: "#/$defs/ErrorVERSIONCANTREMOVESTABLE" },
  ErrorVERSIONCONFLICTINGFLAGS: { $ref: "#/$defs/ErrorVERSIONCONFLICTINGFLAGS" },
  ErrorVERSIONDUPLICATE: { $ref: "#/$defs/ErrorVERSIONDUPLICATE" },
  ErrorVERSIONEMPTY: { $ref: "#/$defs/ErrorVERSIONEMPTY" },
  ErrorVERSIONFORKEMPTY: { $ref: "#/$defs/ErrorVERSIONFORKEMPTY" },
  ErrorVERSIONFORKNOTFOUND: { $ref: "#/$defs/ErrorVERSIONFORKNOTFOUND" },
  ErrorVERSIONINVALID: { $ref: "#/$defs/ErrorVERSIONINVALID" },
  ErrorVERSIONNOTFOUND: { $ref: "#/$defs/ErrorVERSIONNOTFOUND" },
  IpListEntry: { $ref: "#/$defs/IpListEntry" },
  JobOpening: { $ref: "#/$defs/JobOpening" },
  Version: { $ref: "#/$defs/Version" },
  GetProjectResponse: { $ref: "#/$defs/CondensedProjectData" },
  GetAPIRegistryResponse: { type: "object" },
  GetAPISpecificationResponse: false,
  UploadAPISpecificationRequestBody: {
    type: "object",
    properties: {
      spec: true,
      url: {
        description: "A public URL to an OpenAPI/Swagger definition. We accept JSON or YAML.",
        type: "string",
        format: "url"
      }
    }
  },
  UploadAPISpecificationResponse: false,
  UpdateAPISpecificationRequestBody: {
    type: "object",
    properties: {
      spec: true,
      url: {
        description: "A public URL to an OpenAPI/Swagger definition. We accept JSON or YAML.",
        type: "string",
        format: "url"
      }
    }
  },
  UpdateAPISpecificationResponse: false,
  DeleteAPISpecificationResponse: false,
  GetCategoriesResponse: false,
  CreateCategoryRequestBody: { allOf: [{ $ref: "#/$defs/Category" }, { required: ["title"] }] },
  CreateCategoryResponse: false,
  GetCategoryResponse: false,
  UpdateCategoryRequestBody: { $ref: "#/$defs/Category" },
  UpdateCategoryResponse: false,
  DeleteCategoryResponse: false,
  GetCategoryDocsResponse: false,
  GetChangelogsResponse: false,
  CreateChangelogRequestBody: { $ref: "#/$defs/Changelog" },
  CreateChangelogResponse: false,
  GetChangelogResponse: false,
  UpdateChangelogRequestBody: { $ref: "#/$defs/Changelog" },
  UpdateChangelogResponse: false,
  DeleteChangelogResponse: false,
  GetCustomPagesResponse: false,
  CreateCustomPageRequestBody: { $ref: "#/$defs/CustomPage" },
  CreateCustomPageResponse: false,
  GetCustomPageResponse: false,
  UpdateCustomPageRequestBody: { $ref: "#/$defs/CustomPage" },
  UpdateCustomPageResponse: false,
  DeleteCustomPageResponse: false,
  CreateDocRequestBody: { $ref: "#/$defs/DocSchemaPost" },
  CreateDocResponse: { $ref: "#/$defs/DocSchemaResponse" },
  SearchDocsResponse: false,
  GetDocResponse: { $ref: "#/$defs/DocSchemaResponse" },
  UpdateDocRequestBody: { $ref: "#/$defs/DocSchemaPut" },
  UpdateDocResponse: { $ref: "#/$defs/DocSchemaResponse" },
  DeleteDocResponse: false,
  GetProductionDocResponse: { $ref: "#/$defs/DocSchemaResponse" },
  GetOutboundIPsResponse: { type: "array", items: { $ref: "#/$defs/IpListEntry" } },
  AskOwlbotRequestBody: {
    type: "object",
    properties: {
      question: { description: "The question being asked to Owlbot.", type: "string" },
      stream: {
        description: "If true the response will be streamed as it is generated.",
        type: "boolean"
      }
    },
    required: ["question"]
  },
  AskOwlbotResponse: { type: "string" },
  GetAPISchemaResponse: { type: "object", additionalProperties: true },
  GetVersionsResponse: false,
  CreateVersionRequestBody: { $ref: "#/$defs/Version" },
  CreateVersionResponse: false,
  GetVersionResponse: false,
  UpdateVersionRequestBody: { $ref: "#/$defs/Version" },
  UpdateVersionResponse: false,
  DeleteVersionResponse: false
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isApply,
  isAskOwlbotRequestBody,
  isAskOwlbotResponse,
  isBaseError,
  isCategory,
  isChangelog,
  isCondensedProjectData,
  isCreateCategoryRequestBody,
  isCreateCategoryResponse,
  isCreateChangelogRequestBody,
  isCreateChangelogResponse,
  isCreateCustomPageRequestBody,
  isCreateCustomPageResponse,
  isCreateDocRequestBody,
  isCreateDocResponse,
  isCreateVersionRequestBody,
  isCreateVersionResponse,
  isCustomPage,
  isDeleteAPISpecificationResponse,
  isDeleteCategoryResponse,
  isDeleteChangelogResponse,
  isDeleteCustomPageResponse,
  isDeleteDocResponse,
  isDeleteVersionResponse,
  isDocSchemaPost,
  isDocSchemaPut,
  isDocSchemaResponse,
  isErrorAPIACCESSREVOKED,
  isErrorAPIACCESSUNAVAILABLE,
  isErrorAPIKEYEMPTY,
  isErrorAPIKEYMISMATCH,
  isErrorAPIKEYNOTFOUND,
  isErrorAPPLYINVALIDEMAIL,
  isErrorAPPLYINVALIDJOB,
  isErrorAPPLYINVALIDNAME,
  isErrorCATEGORYINVALID,
  isErrorCATEGORYNOTFOUND,
  isErrorCHANGELOGINVALID,
  isErrorCHANGELOGNOTFOUND,
  isErrorCUSTOMBLOCKNOTFOUND,
  isErrorCUSTOMPAGEINVALID,
  isErrorCUSTOMPAGENOTFOUND,
  isErrorDOCINVALID,
  isErrorDOCNOTFOUND,
  isErrorENDPOINTNOTFOUND,
  isErrorINTERNALERROR,
  isErrorOWLBOTINVALID,
  isErrorOWLBOTNOTENABLED,
  isErrorOWLBOTNOTENTERPRISE,
  isErrorPROJECTNEEDSSTAGING,
  isErrorPROJECTNOTCHILD,
  isErrorPROJECTNOTFOUND,
  isErrorRATELIMITED,
  isErrorREGISTRYINVALID,
  isErrorREGISTRYNOTFOUND,
  isErrorSPECFILEEMPTY,
  isErrorSPECIDDUPLICATE,
  isErrorSPECIDINVALID,
  isErrorSPECINVALID,
  isErrorSPECINVALIDSCHEMA,
  isErrorSPECINVALIDSUPERHUB,
  isErrorSPECNOTFOUND,
  isErrorSPECTIMEOUT,
  isErrorSPECVERSIONNOTFOUND,
  isErrorUNEXPECTEDERROR,
  isErrorVERSIONCANTDEMOTESTABLE,
  isErrorVERSIONCANTREMOVESTABLE,
  isErrorVERSIONCONFLICTINGFLAGS,
  isErrorVERSIONDUPLICATE,
  isErrorVERSIONEMPTY,
  isErrorVERSIONFORKEMPTY,
  isErrorVERSIONFORKNOTFOUND,
  isErrorVERSIONINVALID,
  isErrorVERSIONNOTFOUND,
  isGetAPIRegistryResponse,
  isGetAPISchemaResponse,
  isGetAPISpecificationResponse,
  isGetCategoriesResponse,
  isGetCategoryDocsResponse,
  isGetCategoryResponse,
  isGetChangelogResponse,
  isGetChangelogsResponse,
  isGetCustomPageResponse,
  isGetCustomPagesResponse,
  isGetDocResponse,
  isGetOutboundIPsResponse,
  isGetProductionDocResponse,
  isGetProjectResponse,
  isGetVersionResponse,
  isGetVersionsResponse,
  isIpListEntry,
  isJobOpening,
  isSearchDocsResponse,
  isUpdateAPISpecificationRequestBody,
  isUpdateAPISpecificationResponse,
  isUpdateCategoryRequestBody,
  isUpdateCategoryResponse,
  isUpdateChangelogRequestBody,
  isUpdateChangelogResponse,
  isUpdateCustomPageRequestBody,
  isUpdateCustomPageResponse,
  isUpdateDocRequestBody,
  isUpdateDocResponse,
  isUpdateVersionRequestBody,
  isUpdateVersionResponse,
  isUploadAPISpecificationRequestBody,
  isUploadAPISpecificationResponse,
  isVersion,
  schemas,
  validateApply,
  validateAskOwlbotRequestBody,
  validateAskOwlbotResponse,
  validateBaseError,
  validateCategory,
  validateChangelog,
  validateCondensedProjectData,
  validateCreateCategoryRequestBody,
  validateCreateCategoryResponse,
  validateCreateChangelogRequestBody,
  validateCreateChangelogResponse,
  validateCreateCustomPageRequestBody,
  validateCreateCustomPageResponse,
  validateCreateDocRequestBody,
  validateCreateDocResponse,
  validateCreateVersionRequestBody,
  validateCreateVersionResponse,
  validateCustomPage,
  validateDeleteAPISpecificationResponse,
  validateDeleteCategoryResponse,
  validateDeleteChangelogResponse,
  validateDeleteCustomPageResponse,
  validateDeleteDocResponse,
  validateDeleteVersionResponse,
  validateDocSchemaPost,
  validateDocSchemaPut,
  validateDocSchemaResponse,
  validateErrorAPIACCESSREVOKED,
  validateErrorAPIACCESSUNAVAILABLE,
  validateErrorAPIKEYEMPTY,
  validateErrorAPIKEYMISMATCH,
  validateErrorAPIKEYNOTFOUND,
  validateErrorAPPLYINVALIDEMAIL,
  validateErrorAPPLYINVALIDJOB,
  validateErrorAPPLYINVALIDNAME,
  validateErrorCATEGORYINVALID,
  validateErrorCATEGORYNOTFOUND,
  validateErrorCHANGELOGINVALID,
  validateErrorCHANGELOGNOTFOUND,
  validateErrorCUSTOMBLOCKNOTFOUND,
  validateErrorCUSTOMPAGEINVALID,
  validateErrorCUSTOMPAGENOTFOUND,
  validateErrorDOCINVALID,
  validateErrorDOCNOTFOUND,
  validateErrorENDPOINTNOTFOUND,
  validateErrorINTERNALERROR,
  validateErrorOWLBOTINVALID,
  validateErrorOWLBOTNOTENABLED,
  validateErrorOWLBOTNOTENTERPRISE,
  validateErrorPROJECTNEEDSSTAGING,
  validateErrorPROJECTNOTCHILD,
  validateErrorPROJECTNOTFOUND,
  validateErrorRATELIMITED,
  validateErrorREGISTRYINVALID,
  validateErrorREGISTRYNOTFOUND,
  validateErrorSPECFILEEMPTY,
  validateErrorSPECIDDUPLICATE,
  validateErrorSPECIDINVALID,
  validateErrorSPECINVALID,
  validateErrorSPECINVALIDSCHEMA,
  validateErrorSPECINVALIDSUPERHUB,
  validateErrorSPECNOTFOUND,
  validateErrorSPECTIMEOUT,
  validateErrorSPECVERSIONNOTFOUND,
  validateErrorUNEXPECTEDERROR,
  validateErrorVERSIONCANTDEMOTESTABLE,
  validateErrorVERSIONCANTREMOVESTABLE,
  validateErrorVERSIONCONFLICTINGFLAGS,
  validateErrorVERSIONDUPLICATE,
  validateErrorVERSIONEMPTY,
  validateErrorVERSIONFORKEMPTY,
  validateErrorVERSIONFORKNOTFOUND,
  validateErrorVERSIONINVALID,
  validateErrorVERSIONNOTFOUND,
  validateGetAPIRegistryResponse,
  validateGetAPISchemaResponse,
  validateGetAPISpecificationResponse,
  validateGetCategoriesResponse,
  validateGetCategoryDocsResponse,
  validateGetCategoryResponse,
  validateGetChangelogResponse,
  validateGetChangelogsResponse,
  validateGetCustomPageResponse,
  validateGetCustomPagesResponse,
  validateGetDocResponse,
  validateGetOutboundIPsResponse,
  validateGetProductionDocResponse,
  validateGetProjectResponse,
  validateGetVersionResponse,
  validateGetVersionsResponse,
  validateIpListEntry,
  validateJobOpening,
  validateSearchDocsResponse,
  validateUpdateAPISpecificationRequestBody,
  validateUpdateAPISpecificationResponse,
  validateUpdateCategoryRequestBody,
  validateUpdateCategoryResponse,
  validateUpdateChangelogRequestBody,
  validateUpdateChangelogResponse,
  validateUpdateCustomPageRequestBody,
  validateUpdateCustomPageResponse,
  validateUpdateDocRequestBody,
  validateUpdateDocResponse,
  validateUpdateVersionRequestBody,
  validateUpdateVersionResponse,
  validateUploadAPISpecificationRequestBody,
  validateUploadAPISpecificationResponse,
  validateVersion
};
