import {
  checkValue,
  depthExceeded,
  fixedIssue,
  issueLimit,
  MAX_DEPTH,
  reportFixed,
  ROOT,
  jsonSchemaDocument,
  standardSchema
} from "./runtime/validation.js";
import {
  ValidationError
} from "./runtime/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
function validateGetStatus100Response(value, options) {
  const issues = options === void 0 ? check$GetStatus100Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus100Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus100Response(value) {
  return is$GetStatus100Response(value, 0);
}
function validateGetStatus101Response(value, options) {
  const issues = options === void 0 ? check$GetStatus101Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus101Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus101Response(value) {
  return is$GetStatus101Response(value, 0);
}
function validateGetStatus102Response(value, options) {
  const issues = options === void 0 ? check$GetStatus102Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus102Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus102Response(value) {
  return is$GetStatus102Response(value, 0);
}
function validateGetStatus103Response(value, options) {
  const issues = options === void 0 ? check$GetStatus103Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus103Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus103Response(value) {
  return is$GetStatus103Response(value, 0);
}
function validateGetStatus200Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus200Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus200Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus200Response(value) {
  return value === void 0 || is$GetStatus200Response(value, 0);
}
function validateGetStatus201Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus201Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus201Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus201Response(value) {
  return value === void 0 || is$GetStatus201Response(value, 0);
}
function validateGetStatus202Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus202Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus202Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus202Response(value) {
  return value === void 0 || is$GetStatus202Response(value, 0);
}
function validateGetStatus203Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus203Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus203Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus203Response(value) {
  return value === void 0 || is$GetStatus203Response(value, 0);
}
function validateGetStatus204Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus204Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus204Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus204Response(value) {
  return value === void 0 || is$GetStatus204Response(value, 0);
}
function validateGetStatus205Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus205Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus205Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus205Response(value) {
  return value === void 0 || is$GetStatus205Response(value, 0);
}
function validateGetStatus206Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus206Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus206Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus206Response(value) {
  return value === void 0 || is$GetStatus206Response(value, 0);
}
function validateGetStatus207Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus207Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus207Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus207Response(value) {
  return value === void 0 || is$GetStatus207Response(value, 0);
}
function validateGetStatus208Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus208Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus208Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus208Response(value) {
  return value === void 0 || is$GetStatus208Response(value, 0);
}
function validateGetStatus218Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus218Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus218Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus218Response(value) {
  return value === void 0 || is$GetStatus218Response(value, 0);
}
function validateGetStatus226Response(value, options) {
  if (value === void 0) return { ok: true, value };
  const issues = options === void 0 ? check$GetStatus226Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus226Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus226Response(value) {
  return value === void 0 || is$GetStatus226Response(value, 0);
}
function validateGetStatus300Response(value, options) {
  const issues = options === void 0 ? check$GetStatus300Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus300Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus300Response(value) {
  return is$GetStatus300Response(value, 0);
}
function validateGetStatus301Response(value, options) {
  const issues = options === void 0 ? check$GetStatus301Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus301Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus301Response(value) {
  return is$GetStatus301Response(value, 0);
}
function validateGetStatus302Response(value, options) {
  const issues = options === void 0 ? check$GetStatus302Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus302Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus302Response(value) {
  return is$GetStatus302Response(value, 0);
}
function validateGetStatus303Response(value, options) {
  const issues = options === void 0 ? check$GetStatus303Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus303Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus303Response(value) {
  return is$GetStatus303Response(value, 0);
}
function validateGetStatus304Response(value, options) {
  const issues = options === void 0 ? check$GetStatus304Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus304Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus304Response(value) {
  return is$GetStatus304Response(value, 0);
}
function validateGetStatus305Response(value, options) {
  const issues = options === void 0 ? check$GetStatus305Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus305Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus305Response(value) {
  return is$GetStatus305Response(value, 0);
}
function validateGetStatus306Response(value, options) {
  const issues = options === void 0 ? check$GetStatus306Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus306Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus306Response(value) {
  return is$GetStatus306Response(value, 0);
}
function validateGetStatus307Response(value, options) {
  const issues = options === void 0 ? check$GetStatus307Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus307Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus307Response(value) {
  return is$GetStatus307Response(value, 0);
}
function validateGetStatus308Response(value, options) {
  const issues = options === void 0 ? check$GetStatus308Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus308Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus308Response(value) {
  return is$GetStatus308Response(value, 0);
}
function validateGetStatus400Response(value, options) {
  const issues = options === void 0 ? check$GetStatus400Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus400Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus400Response(value) {
  return is$GetStatus400Response(value, 0);
}
function validateGetStatus401Response(value, options) {
  const issues = options === void 0 ? check$GetStatus401Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus401Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus401Response(value) {
  return is$GetStatus401Response(value, 0);
}
function validateGetStatus402Response(value, options) {
  const issues = options === void 0 ? check$GetStatus402Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus402Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus402Response(value) {
  return is$GetStatus402Response(value, 0);
}
function validateGetStatus403Response(value, options) {
  const issues = options === void 0 ? check$GetStatus403Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus403Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus403Response(value) {
  return is$GetStatus403Response(value, 0);
}
function validateGetStatus404Response(value, options) {
  const issues = options === void 0 ? check$GetStatus404Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus404Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus404Response(value) {
  return is$GetStatus404Response(value, 0);
}
function validateGetStatus405Response(value, options) {
  const issues = options === void 0 ? check$GetStatus405Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus405Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus405Response(value) {
  return is$GetStatus405Response(value, 0);
}
function validateGetStatus406Response(value, options) {
  const issues = options === void 0 ? check$GetStatus406Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus406Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus406Response(value) {
  return is$GetStatus406Response(value, 0);
}
function validateGetStatus407Response(value, options) {
  const issues = options === void 0 ? check$GetStatus407Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus407Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus407Response(value) {
  return is$GetStatus407Response(value, 0);
}
function validateGetStatus408Response(value, options) {
  const issues = options === void 0 ? check$GetStatus408Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus408Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus408Response(value) {
  return is$GetStatus408Response(value, 0);
}
function validateGetStatus409Response(value, options) {
  const issues = options === void 0 ? check$GetStatus409Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus409Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus409Response(value) {
  return is$GetStatus409Response(value, 0);
}
function validateGetStatus410Response(value, options) {
  const issues = options === void 0 ? check$GetStatus410Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus410Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus410Response(value) {
  return is$GetStatus410Response(value, 0);
}
function validateGetStatus411Response(value, options) {
  const issues = options === void 0 ? check$GetStatus411Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus411Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus411Response(value) {
  return is$GetStatus411Response(value, 0);
}
function validateGetStatus412Response(value, options) {
  const issues = options === void 0 ? check$GetStatus412Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus412Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus412Response(value) {
  return is$GetStatus412Response(value, 0);
}
function validateGetStatus413Response(value, options) {
  const issues = options === void 0 ? check$GetStatus413Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus413Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus413Response(value) {
  return is$GetStatus413Response(value, 0);
}
function validateGetStatus414Response(value, options) {
  const issues = options === void 0 ? check$GetStatus414Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus414Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus414Response(value) {
  return is$GetStatus414Response(value, 0);
}
function validateGetStatus415Response(value, options) {
  const issues = options === void 0 ? check$GetStatus415Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus415Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus415Response(value) {
  return is$GetStatus415Response(value, 0);
}
function validateGetStatus416Response(value, options) {
  const issues = options === void 0 ? check$GetStatus416Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus416Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus416Response(value) {
  return is$GetStatus416Response(value, 0);
}
function validateGetStatus417Response(value, options) {
  const issues = options === void 0 ? check$GetStatus417Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus417Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus417Response(value) {
  return is$GetStatus417Response(value, 0);
}
function validateGetStatus418Response(value, options) {
  const issues = options === void 0 ? check$GetStatus418Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus418Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus418Response(value) {
  return is$GetStatus418Response(value, 0);
}
function validateGetStatus419Response(value, options) {
  const issues = options === void 0 ? check$GetStatus419Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus419Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus419Response(value) {
  return is$GetStatus419Response(value, 0);
}
function validateGetStatus420Response(value, options) {
  const issues = options === void 0 ? check$GetStatus420Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus420Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus420Response(value) {
  return is$GetStatus420Response(value, 0);
}
function validateGetStatus421Response(value, options) {
  const issues = options === void 0 ? check$GetStatus421Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus421Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus421Response(value) {
  return is$GetStatus421Response(value, 0);
}
function validateGetStatus422Response(value, options) {
  const issues = options === void 0 ? check$GetStatus422Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus422Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus422Response(value) {
  return is$GetStatus422Response(value, 0);
}
function validateGetStatus423Response(value, options) {
  const issues = options === void 0 ? check$GetStatus423Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus423Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus423Response(value) {
  return is$GetStatus423Response(value, 0);
}
function validateGetStatus424Response(value, options) {
  const issues = options === void 0 ? check$GetStatus424Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus424Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus424Response(value) {
  return is$GetStatus424Response(value, 0);
}
function validateGetStatus425Response(value, options) {
  const issues = options === void 0 ? check$GetStatus425Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus425Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus425Response(value) {
  return is$GetStatus425Response(value, 0);
}
function validateGetStatus426Response(value, options) {
  const issues = options === void 0 ? check$GetStatus426Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus426Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus426Response(value) {
  return is$GetStatus426Response(value, 0);
}
function validateGetStatus428Response(value, options) {
  const issues = options === void 0 ? check$GetStatus428Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus428Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus428Response(value) {
  return is$GetStatus428Response(value, 0);
}
function validateGetStatus429Response(value, options) {
  const issues = options === void 0 ? check$GetStatus429Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus429Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus429Response(value) {
  return is$GetStatus429Response(value, 0);
}
function validateGetStatus430Response(value, options) {
  const issues = options === void 0 ? check$GetStatus430Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus430Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus430Response(value) {
  return is$GetStatus430Response(value, 0);
}
function validateGetStatus431Response(value, options) {
  const issues = options === void 0 ? check$GetStatus431Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus431Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus431Response(value) {
  return is$GetStatus431Response(value, 0);
}
function validateGetStatus440Response(value, options) {
  const issues = options === void 0 ? check$GetStatus440Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus440Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus440Response(value) {
  return is$GetStatus440Response(value, 0);
}
function validateGetStatus444Response(value, options) {
  const issues = options === void 0 ? check$GetStatus444Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus444Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus444Response(value) {
  return is$GetStatus444Response(value, 0);
}
function validateGetStatus449Response(value, options) {
  const issues = options === void 0 ? check$GetStatus449Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus449Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus449Response(value) {
  return is$GetStatus449Response(value, 0);
}
function validateGetStatus450Response(value, options) {
  const issues = options === void 0 ? check$GetStatus450Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus450Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus450Response(value) {
  return is$GetStatus450Response(value, 0);
}
function validateGetStatus451Response(value, options) {
  const issues = options === void 0 ? check$GetStatus451Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus451Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus451Response(value) {
  return is$GetStatus451Response(value, 0);
}
function validateGetStatus494Response(value, options) {
  const issues = options === void 0 ? check$GetStatus494Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus494Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus494Response(value) {
  return is$GetStatus494Response(value, 0);
}
function validateGetStatus495Response(value, options) {
  const issues = options === void 0 ? check$GetStatus495Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus495Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus495Response(value) {
  return is$GetStatus495Response(value, 0);
}
function validateGetStatus496Response(value, options) {
  const issues = options === void 0 ? check$GetStatus496Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus496Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus496Response(value) {
  return is$GetStatus496Response(value, 0);
}
function validateGetStatus497Response(value, options) {
  const issues = options === void 0 ? check$GetStatus497Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus497Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus497Response(value) {
  return is$GetStatus497Response(value, 0);
}
function validateGetStatus498Response(value, options) {
  const issues = options === void 0 ? check$GetStatus498Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus498Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus498Response(value) {
  return is$GetStatus498Response(value, 0);
}
function validateGetStatus499Response(value, options) {
  const issues = options === void 0 ? check$GetStatus499Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus499Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus499Response(value) {
  return is$GetStatus499Response(value, 0);
}
function validateGetStatus500Response(value, options) {
  const issues = options === void 0 ? check$GetStatus500Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus500Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus500Response(value) {
  return is$GetStatus500Response(value, 0);
}
function validateGetStatus501Response(value, options) {
  const issues = options === void 0 ? check$GetStatus501Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus501Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus501Response(value) {
  return is$GetStatus501Response(value, 0);
}
function validateGetStatus502Response(value, options) {
  const issues = options === void 0 ? check$GetStatus502Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus502Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus502Response(value) {
  return is$GetStatus502Response(value, 0);
}
function validateGetStatus503Response(value, options) {
  const issues = options === void 0 ? check$GetStatus503Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus503Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus503Response(value) {
  return is$GetStatus503Response(value, 0);
}
function validateGetStatus504Response(value, options) {
  const issues = options === void 0 ? check$GetStatus504Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus504Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus504Response(value) {
  return is$GetStatus504Response(value, 0);
}
function validateGetStatus505Response(value, options) {
  const issues = options === void 0 ? check$GetStatus505Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus505Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus505Response(value) {
  return is$GetStatus505Response(value, 0);
}
function validateGetStatus506Response(value, options) {
  const issues = options === void 0 ? check$GetStatus506Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus506Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus506Response(value) {
  return is$GetStatus506Response(value, 0);
}
function validateGetStatus507Response(value, options) {
  const issues = options === void 0 ? check$GetStatus507Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus507Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus507Response(value) {
  return is$GetStatus507Response(value, 0);
}
function validateGetStatus508Response(value, options) {
  const issues = options === void 0 ? check$GetStatus508Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus508Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus508Response(value) {
  return is$GetStatus508Response(value, 0);
}
function validateGetStatus509Response(value, options) {
  const issues = options === void 0 ? check$GetStatus509Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus509Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus509Response(value) {
  return is$GetStatus509Response(value, 0);
}
function validateGetStatus510Response(value, options) {
  const issues = options === void 0 ? check$GetStatus510Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus510Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus510Response(value) {
  return is$GetStatus510Response(value, 0);
}
function validateGetStatus511Response(value, options) {
  const issues = options === void 0 ? check$GetStatus511Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus511Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus511Response(value) {
  return is$GetStatus511Response(value, 0);
}
function validateGetStatus512Response(value, options) {
  const issues = options === void 0 ? check$GetStatus512Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus512Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus512Response(value) {
  return is$GetStatus512Response(value, 0);
}
function validateGetStatus520Response(value, options) {
  const issues = options === void 0 ? check$GetStatus520Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus520Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus520Response(value) {
  return is$GetStatus520Response(value, 0);
}
function validateGetStatus522Response(value, options) {
  const issues = options === void 0 ? check$GetStatus522Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus522Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus522Response(value) {
  return is$GetStatus522Response(value, 0);
}
function validateGetStatus523Response(value, options) {
  const issues = options === void 0 ? check$GetStatus523Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus523Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus523Response(value) {
  return is$GetStatus523Response(value, 0);
}
function validateGetStatus524Response(value, options) {
  const issues = options === void 0 ? check$GetStatus524Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus524Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus524Response(value) {
  return is$GetStatus524Response(value, 0);
}
function validateGetStatus525Response(value, options) {
  const issues = options === void 0 ? check$GetStatus525Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus525Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus525Response(value) {
  return is$GetStatus525Response(value, 0);
}
function validateGetStatus526Response(value, options) {
  const issues = options === void 0 ? check$GetStatus526Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus526Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus526Response(value) {
  return is$GetStatus526Response(value, 0);
}
function validateGetStatus527Response(value, options) {
  const issues = options === void 0 ? check$GetStatus527Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus527Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus527Response(value) {
  return is$GetStatus527Response(value, 0);
}
function validateGetStatus529Response(value, options) {
  const issues = options === void 0 ? check$GetStatus529Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus529Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus529Response(value) {
  return is$GetStatus529Response(value, 0);
}
function validateGetStatus530Response(value, options) {
  const issues = options === void 0 ? check$GetStatus530Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus530Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus530Response(value) {
  return is$GetStatus530Response(value, 0);
}
function validateGetStatus598Response(value, options) {
  const issues = options === void 0 ? check$GetStatus598Response(value, ROOT, void 0, 0) : checkValue(check$GetStatus598Response, value, options);
  if (issues !== void 0) return { ok: false, issues };
  return { ok: true, value };
}
function isGetStatus598Response(value) {
  return is$GetStatus598Response(value, 0);
}
const schemas = {
  GetStatus100Response: /* @__PURE__ */ standardSchema(validateGetStatus100Response, jsonSchema$of("GetStatus100Response")),
  GetStatus101Response: /* @__PURE__ */ standardSchema(validateGetStatus101Response, jsonSchema$of("GetStatus101Response")),
  GetStatus102Response: /* @__PURE__ */ standardSchema(validateGetStatus102Response, jsonSchema$of("GetStatus102Response")),
  GetStatus103Response: /* @__PURE__ */ standardSchema(validateGetStatus103Response, jsonSchema$of("GetStatus103Response")),
  GetStatus200Response: /* @__PURE__ */ standardSchema(validateGetStatus200Response, jsonSchema$of("GetStatus200Response")),
  GetStatus201Response: /* @__PURE__ */ standardSchema(validateGetStatus201Response, jsonSchema$of("GetStatus201Response")),
  GetStatus202Response: /* @__PURE__ */ standardSchema(validateGetStatus202Response, jsonSchema$of("GetStatus202Response")),
  GetStatus203Response: /* @__PURE__ */ standardSchema(validateGetStatus203Response, jsonSchema$of("GetStatus203Response")),
  GetStatus204Response: /* @__PURE__ */ standardSchema(validateGetStatus204Response, jsonSchema$of("GetStatus204Response")),
  GetStatus205Response: /* @__PURE__ */ standardSchema(validateGetStatus205Response, jsonSchema$of("GetStatus205Response")),
  GetStatus206Response: /* @__PURE__ */ standardSchema(validateGetStatus206Response, jsonSchema$of("GetStatus206Response")),
  GetStatus207Response: /* @__PURE__ */ standardSchema(validateGetStatus207Response, jsonSchema$of("GetStatus207Response")),
  GetStatus208Response: /* @__PURE__ */ standardSchema(validateGetStatus208Response, jsonSchema$of("GetStatus208Response")),
  GetStatus218Response: /* @__PURE__ */ standardSchema(validateGetStatus218Response, jsonSchema$of("GetStatus218Response")),
  GetStatus226Response: /* @__PURE__ */ standardSchema(validateGetStatus226Response, jsonSchema$of("GetStatus226Response")),
  GetStatus300Response: /* @__PURE__ */ standardSchema(validateGetStatus300Response, jsonSchema$of("GetStatus300Response")),
  GetStatus301Response: /* @__PURE__ */ standardSchema(validateGetStatus301Response, jsonSchema$of("GetStatus301Response")),
  GetStatus302Response: /* @__PURE__ */ standardSchema(validateGetStatus302Response, jsonSchema$of("GetStatus302Response")),
  GetStatus303Response: /* @__PURE__ */ standardSchema(validateGetStatus303Response, jsonSchema$of("GetStatus303Response")),
  GetStatus304Response: /* @__PURE__ */ standardSchema(validateGetStatus304Response, jsonSchema$of("GetStatus304Response")),
  GetStatus305Response: /* @__PURE__ */ standardSchema(validateGetStatus305Response, jsonSchema$of("GetStatus305Response")),
  GetStatus306Response: /* @__PURE__ */ standardSchema(validateGetStatus306Response, jsonSchema$of("GetStatus306Response")),
  GetStatus307Response: /* @__PURE__ */ standardSchema(validateGetStatus307Response, jsonSchema$of("GetStatus307Response")),
  GetStatus308Response: /* @__PURE__ */ standardSchema(validateGetStatus308Response, jsonSchema$of("GetStatus308Response")),
  GetStatus400Response: /* @__PURE__ */ standardSchema(validateGetStatus400Response, jsonSchema$of("GetStatus400Response")),
  GetStatus401Response: /* @__PURE__ */ standardSchema(validateGetStatus401Response, jsonSchema$of("GetStatus401Response")),
  GetStatus402Response: /* @__PURE__ */ standardSchema(validateGetStatus402Response, jsonSchema$of("GetStatus402Response")),
  GetStatus403Response: /* @__PURE__ */ standardSchema(validateGetStatus403Response, jsonSchema$of("GetStatus403Response")),
  GetStatus404Response: /* @__PURE__ */ standardSchema(validateGetStatus404Response, jsonSchema$of("GetStatus404Response")),
  GetStatus405Response: /* @__PURE__ */ standardSchema(validateGetStatus405Response, jsonSchema$of("GetStatus405Response")),
  GetStatus406Response: /* @__PURE__ */ standardSchema(validateGetStatus406Response, jsonSchema$of("GetStatus406Response")),
  GetStatus407Response: /* @__PURE__ */ standardSchema(validateGetStatus407Response, jsonSchema$of("GetStatus407Response")),
  GetStatus408Response: /* @__PURE__ */ standardSchema(validateGetStatus408Response, jsonSchema$of("GetStatus408Response")),
  GetStatus409Response: /* @__PURE__ */ standardSchema(validateGetStatus409Response, jsonSchema$of("GetStatus409Response")),
  GetStatus410Response: /* @__PURE__ */ standardSchema(validateGetStatus410Response, jsonSchema$of("GetStatus410Response")),
  GetStatus411Response: /* @__PURE__ */ standardSchema(validateGetStatus411Response, jsonSchema$of("GetStatus411Response")),
  GetStatus412Response: /* @__PURE__ */ standardSchema(validateGetStatus412Response, jsonSchema$of("GetStatus412Response")),
  GetStatus413Response: /* @__PURE__ */ standardSchema(validateGetStatus413Response, jsonSchema$of("GetStatus413Response")),
  GetStatus414Response: /* @__PURE__ */ standardSchema(validateGetStatus414Response, jsonSchema$of("GetStatus414Response")),
  GetStatus415Response: /* @__PURE__ */ standardSchema(validateGetStatus415Response, jsonSchema$of("GetStatus415Response")),
  GetStatus416Response: /* @__PURE__ */ standardSchema(validateGetStatus416Response, jsonSchema$of("GetStatus416Response")),
  GetStatus417Response: /* @__PURE__ */ standardSchema(validateGetStatus417Response, jsonSchema$of("GetStatus417Response")),
  GetStatus418Response: /* @__PURE__ */ standardSchema(validateGetStatus418Response, jsonSchema$of("GetStatus418Response")),
  GetStatus419Response: /* @__PURE__ */ standardSchema(validateGetStatus419Response, jsonSchema$of("GetStatus419Response")),
  GetStatus420Response: /* @__PURE__ */ standardSchema(validateGetStatus420Response, jsonSchema$of("GetStatus420Response")),
  GetStatus421Response: /* @__PURE__ */ standardSchema(validateGetStatus421Response, jsonSchema$of("GetStatus421Response")),
  GetStatus422Response: /* @__PURE__ */ standardSchema(validateGetStatus422Response, jsonSchema$of("GetStatus422Response")),
  GetStatus423Response: /* @__PURE__ */ standardSchema(validateGetStatus423Response, jsonSchema$of("GetStatus423Response")),
  GetStatus424Response: /* @__PURE__ */ standardSchema(validateGetStatus424Response, jsonSchema$of("GetStatus424Response")),
  GetStatus425Response: /* @__PURE__ */ standardSchema(validateGetStatus425Response, jsonSchema$of("GetStatus425Response")),
  GetStatus426Response: /* @__PURE__ */ standardSchema(validateGetStatus426Response, jsonSchema$of("GetStatus426Response")),
  GetStatus428Response: /* @__PURE__ */ standardSchema(validateGetStatus428Response, jsonSchema$of("GetStatus428Response")),
  GetStatus429Response: /* @__PURE__ */ standardSchema(validateGetStatus429Response, jsonSchema$of("GetStatus429Response")),
  GetStatus430Response: /* @__PURE__ */ standardSchema(validateGetStatus430Response, jsonSchema$of("GetStatus430Response")),
  GetStatus431Response: /* @__PURE__ */ standardSchema(validateGetStatus431Response, jsonSchema$of("GetStatus431Response")),
  GetStatus440Response: /* @__PURE__ */ standardSchema(validateGetStatus440Response, jsonSchema$of("GetStatus440Response")),
  GetStatus444Response: /* @__PURE__ */ standardSchema(validateGetStatus444Response, jsonSchema$of("GetStatus444Response")),
  GetStatus449Response: /* @__PURE__ */ standardSchema(validateGetStatus449Response, jsonSchema$of("GetStatus449Response")),
  GetStatus450Response: /* @__PURE__ */ standardSchema(validateGetStatus450Response, jsonSchema$of("GetStatus450Response")),
  GetStatus451Response: /* @__PURE__ */ standardSchema(validateGetStatus451Response, jsonSchema$of("GetStatus451Response")),
  GetStatus494Response: /* @__PURE__ */ standardSchema(validateGetStatus494Response, jsonSchema$of("GetStatus494Response")),
  GetStatus495Response: /* @__PURE__ */ standardSchema(validateGetStatus495Response, jsonSchema$of("GetStatus495Response")),
  GetStatus496Response: /* @__PURE__ */ standardSchema(validateGetStatus496Response, jsonSchema$of("GetStatus496Response")),
  GetStatus497Response: /* @__PURE__ */ standardSchema(validateGetStatus497Response, jsonSchema$of("GetStatus497Response")),
  GetStatus498Response: /* @__PURE__ */ standardSchema(validateGetStatus498Response, jsonSchema$of("GetStatus498Response")),
  GetStatus499Response: /* @__PURE__ */ standardSchema(validateGetStatus499Response, jsonSchema$of("GetStatus499Response")),
  GetStatus500Response: /* @__PURE__ */ standardSchema(validateGetStatus500Response, jsonSchema$of("GetStatus500Response")),
  GetStatus501Response: /* @__PURE__ */ standardSchema(validateGetStatus501Response, jsonSchema$of("GetStatus501Response")),
  GetStatus502Response: /* @__PURE__ */ standardSchema(validateGetStatus502Response, jsonSchema$of("GetStatus502Response")),
  GetStatus503Response: /* @__PURE__ */ standardSchema(validateGetStatus503Response, jsonSchema$of("GetStatus503Response")),
  GetStatus504Response: /* @__PURE__ */ standardSchema(validateGetStatus504Response, jsonSchema$of("GetStatus504Response")),
  GetStatus505Response: /* @__PURE__ */ standardSchema(validateGetStatus505Response, jsonSchema$of("GetStatus505Response")),
  GetStatus506Response: /* @__PURE__ */ standardSchema(validateGetStatus506Response, jsonSchema$of("GetStatus506Response")),
  GetStatus507Response: /* @__PURE__ */ standardSchema(validateGetStatus507Response, jsonSchema$of("GetStatus507Response")),
  GetStatus508Response: /* @__PURE__ */ standardSchema(validateGetStatus508Response, jsonSchema$of("GetStatus508Response")),
  GetStatus509Response: /* @__PURE__ */ standardSchema(validateGetStatus509Response, jsonSchema$of("GetStatus509Response")),
  GetStatus510Response: /* @__PURE__ */ standardSchema(validateGetStatus510Response, jsonSchema$of("GetStatus510Response")),
  GetStatus511Response: /* @__PURE__ */ standardSchema(validateGetStatus511Response, jsonSchema$of("GetStatus511Response")),
  GetStatus512Response: /* @__PURE__ */ standardSchema(validateGetStatus512Response, jsonSchema$of("GetStatus512Response")),
  GetStatus520Response: /* @__PURE__ */ standardSchema(validateGetStatus520Response, jsonSchema$of("GetStatus520Response")),
  GetStatus522Response: /* @__PURE__ */ standardSchema(validateGetStatus522Response, jsonSchema$of("GetStatus522Response")),
  GetStatus523Response: /* @__PURE__ */ standardSchema(validateGetStatus523Response, jsonSchema$of("GetStatus523Response")),
  GetStatus524Response: /* @__PURE__ */ standardSchema(validateGetStatus524Response, jsonSchema$of("GetStatus524Response")),
  GetStatus525Response: /* @__PURE__ */ standardSchema(validateGetStatus525Response, jsonSchema$of("GetStatus525Response")),
  GetStatus526Response: /* @__PURE__ */ standardSchema(validateGetStatus526Response, jsonSchema$of("GetStatus526Response")),
  GetStatus527Response: /* @__PURE__ */ standardSchema(validateGetStatus527Response, jsonSchema$of("GetStatus527Response")),
  GetStatus529Response: /* @__PURE__ */ standardSchema(validateGetStatus529Response, jsonSchema$of("GetStatus529Response")),
  GetStatus530Response: /* @__PURE__ */ standardSchema(validateGetStatus530Response, jsonSchema$of("GetStatus530Response")),
  GetStatus598Response: /* @__PURE__ */ standardSchema(validateGetStatus598Response, jsonSchema$of("GetStatus598Response"))
};
const issue$never_de3423 = /* @__PURE__ */ fixedIssue([], "never", "is not allowed here");
function is$GetStatus100Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus100Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus101Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus101Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus102Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus102Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus103Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus103Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus200Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus200Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus201Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus201Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus202Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus202Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus203Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus203Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus204Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus204Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus205Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus205Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus206Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus206Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus207Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus207Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus208Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus208Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus218Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus218Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus226Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return false;
  return true;
}
function check$GetStatus226Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  if ((s = reportFixed(s, p, issue$never_de3423)).length >= issueLimit) return s;
  return s;
}
function is$GetStatus300Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus300Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus301Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus301Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus302Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus302Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus303Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus303Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus304Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus304Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus305Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus305Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus306Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus306Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus307Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus307Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus308Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus308Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus400Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus400Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus401Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus401Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus402Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus402Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus403Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus403Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus404Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus404Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus405Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus405Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus406Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus406Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus407Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus407Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus408Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus408Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus409Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus409Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus410Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus410Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus411Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus411Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus412Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus412Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus413Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus413Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus414Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus414Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus415Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus415Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus416Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus416Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus417Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus417Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus418Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus418Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus419Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus419Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus420Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus420Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus421Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus421Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus422Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus422Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus423Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus423Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus424Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus424Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus425Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus425Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus426Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus426Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus428Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus428Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus429Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus429Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus430Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus430Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus431Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus431Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus440Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus440Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus444Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus444Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus449Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus449Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus450Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus450Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus451Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus451Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus494Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus494Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus495Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus495Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus496Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus496Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus497Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus497Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus498Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus498Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus499Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus499Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus500Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus500Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus501Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus501Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus502Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus502Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus503Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus503Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus504Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus504Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus505Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus505Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus506Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus506Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus507Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus507Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus508Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus508Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus509Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus509Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus510Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus510Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus511Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus511Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus512Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus512Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus520Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus520Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus522Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus522Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus523Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus523Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus524Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus524Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus525Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus525Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus526Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus526Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus527Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus527Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus529Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus529Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus530Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus530Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
function is$GetStatus598Response(v, d) {
  if (d > MAX_DEPTH) return false;
  return true;
}
function check$GetStatus598Response(v, p, s, d) {
  if (d > MAX_DEPTH) return depthExceeded(s, p);
  return s;
}
const jsonSchema$defs = {};
const jsonSchema$roots = {
  GetStatus100Response: true,
  GetStatus101Response: true,
  GetStatus102Response: true,
  GetStatus103Response: true,
  GetStatus200Response: false,
  GetStatus201Response: false,
  GetStatus202Response: false,
  GetStatus203Response: false,
  GetStatus204Response: false,
  GetStatus205Response: false,
  GetStatus206Response: false,
  GetStatus207Response: false,
  GetStatus208Response: false,
  GetStatus218Response: false,
  GetStatus226Response: false,
  GetStatus300Response: true,
  GetStatus301Response: true,
  GetStatus302Response: true,
  GetStatus303Response: true,
  GetStatus304Response: true,
  GetStatus305Response: true,
  GetStatus306Response: true,
  GetStatus307Response: true,
  GetStatus308Response: true,
  GetStatus400Response: true,
  GetStatus401Response: true,
  GetStatus402Response: true,
  GetStatus403Response: true,
  GetStatus404Response: true,
  GetStatus405Response: true,
  GetStatus406Response: true,
  GetStatus407Response: true,
  GetStatus408Response: true,
  GetStatus409Response: true,
  GetStatus410Response: true,
  GetStatus411Response: true,
  GetStatus412Response: true,
  GetStatus413Response: true,
  GetStatus414Response: true,
  GetStatus415Response: true,
  GetStatus416Response: true,
  GetStatus417Response: true,
  GetStatus418Response: true,
  GetStatus419Response: true,
  GetStatus420Response: true,
  GetStatus421Response: true,
  GetStatus422Response: true,
  GetStatus423Response: true,
  GetStatus424Response: true,
  GetStatus425Response: true,
  GetStatus426Response: true,
  GetStatus428Response: true,
  GetStatus429Response: true,
  GetStatus430Response: true,
  GetStatus431Response: true,
  GetStatus440Response: true,
  GetStatus444Response: true,
  GetStatus449Response: true,
  GetStatus450Response: true,
  GetStatus451Response: true,
  GetStatus494Response: true,
  GetStatus495Response: true,
  GetStatus496Response: true,
  GetStatus497Response: true,
  GetStatus498Response: true,
  GetStatus499Response: true,
  GetStatus500Response: true,
  GetStatus501Response: true,
  GetStatus502Response: true,
  GetStatus503Response: true,
  GetStatus504Response: true,
  GetStatus505Response: true,
  GetStatus506Response: true,
  GetStatus507Response: true,
  GetStatus508Response: true,
  GetStatus509Response: true,
  GetStatus510Response: true,
  GetStatus511Response: true,
  GetStatus512Response: true,
  GetStatus520Response: true,
  GetStatus522Response: true,
  GetStatus523Response: true,
  GetStatus524Response: true,
  GetStatus525Response: true,
  GetStatus526Response: true,
  GetStatus527Response: true,
  GetStatus529Response: true,
  GetStatus530Response: true,
  GetStatus598Response: true
};
function jsonSchema$of(name) {
  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);
}
export {
  ValidationError,
  isGetStatus100Response,
  isGetStatus101Response,
  isGetStatus102Response,
  isGetStatus103Response,
  isGetStatus200Response,
  isGetStatus201Response,
  isGetStatus202Response,
  isGetStatus203Response,
  isGetStatus204Response,
  isGetStatus205Response,
  isGetStatus206Response,
  isGetStatus207Response,
  isGetStatus208Response,
  isGetStatus218Response,
  isGetStatus226Response,
  isGetStatus300Response,
  isGetStatus301Response,
  isGetStatus302Response,
  isGetStatus303Response,
  isGetStatus304Response,
  isGetStatus305Response,
  isGetStatus306Response,
  isGetStatus307Response,
  isGetStatus308Response,
  isGetStatus400Response,
  isGetStatus401Response,
  isGetStatus402Response,
  isGetStatus403Response,
  isGetStatus404Response,
  isGetStatus405Response,
  isGetStatus406Response,
  isGetStatus407Response,
  isGetStatus408Response,
  isGetStatus409Response,
  isGetStatus410Response,
  isGetStatus411Response,
  isGetStatus412Response,
  isGetStatus413Response,
  isGetStatus414Response,
  isGetStatus415Response,
  isGetStatus416Response,
  isGetStatus417Response,
  isGetStatus418Response,
  isGetStatus419Response,
  isGetStatus420Response,
  isGetStatus421Response,
  isGetStatus422Response,
  isGetStatus423Response,
  isGetStatus424Response,
  isGetStatus425Response,
  isGetStatus426Response,
  isGetStatus428Response,
  isGetStatus429Response,
  isGetStatus430Response,
  isGetStatus431Response,
  isGetStatus440Response,
  isGetStatus444Response,
  isGetStatus449Response,
  isGetStatus450Response,
  isGetStatus451Response,
  isGetStatus494Response,
  isGetStatus495Response,
  isGetStatus496Response,
  isGetStatus497Response,
  isGetStatus498Response,
  isGetStatus499Response,
  isGetStatus500Response,
  isGetStatus501Response,
  isGetStatus502Response,
  isGetStatus503Response,
  isGetStatus504Response,
  isGetStatus505Response,
  isGetStatus506Response,
  isGetStatus507Response,
  isGetStatus508Response,
  isGetStatus509Response,
  isGetStatus510Response,
  isGetStatus511Response,
  isGetStatus512Response,
  isGetStatus520Response,
  isGetStatus522Response,
  isGetStatus523Response,
  isGetStatus524Response,
  isGetStatus525Response,
  isGetStatus526Response,
  isGetStatus527Response,
  isGetStatus529Response,
  isGetStatus530Response,
  isGetStatus598Response,
  schemas,
  validateGetStatus100Response,
  validateGetStatus101Response,
  validateGetStatus102Response,
  validateGetStatus103Response,
  validateGetStatus200Response,
  validateGetStatus201Response,
  validateGetStatus202Response,
  validateGetStatus203Response,
  validateGetStatus204Response,
  validateGetStatus205Response,
  validateGetStatus206Response,
  validateGetStatus207Response,
  validateGetStatus208Response,
  validateGetStatus218Response,
  validateGetStatus226Response,
  validateGetStatus300Response,
  validateGetStatus301Response,
  validateGetStatus302Response,
  validateGetStatus303Response,
  validateGetStatus304Response,
  validateGetStatus305Response,
  validateGetStatus306Response,
  validateGetStatus307Response,
  validateGetStatus308Response,
  validateGetStatus400Response,
  validateGetStatus401Response,
  validateGetStatus402Response,
  validateGetStatus403Response,
  validateGetStatus404Response,
  validateGetStatus405Response,
  validateGetStatus406Response,
  validateGetStatus407Response,
  validateGetStatus408Response,
  validateGetStatus409Response,
  validateGetStatus410Response,
  validateGetStatus411Response,
  validateGetStatus412Response,
  validateGetStatus413Response,
  validateGetStatus414Response,
  validateGetStatus415Response,
  validateGetStatus416Response,
  validateGetStatus417Response,
  validateGetStatus418Response,
  validateGetStatus419Response,
  validateGetStatus420Response,
  validateGetStatus421Response,
  validateGetStatus422Response,
  validateGetStatus423Response,
  validateGetStatus424Response,
  validateGetStatus425Response,
  validateGetStatus426Response,
  validateGetStatus428Response,
  validateGetStatus429Response,
  validateGetStatus430Response,
  validateGetStatus431Response,
  validateGetStatus440Response,
  validateGetStatus444Response,
  validateGetStatus449Response,
  validateGetStatus450Response,
  validateGetStatus451Response,
  validateGetStatus494Response,
  validateGetStatus495Response,
  validateGetStatus496Response,
  validateGetStatus497Response,
  validateGetStatus498Response,
  validateGetStatus499Response,
  validateGetStatus500Response,
  validateGetStatus501Response,
  validateGetStatus502Response,
  validateGetStatus503Response,
  validateGetStatus504Response,
  validateGetStatus505Response,
  validateGetStatus506Response,
  validateGetStatus507Response,
  validateGetStatus508Response,
  validateGetStatus509Response,
  validateGetStatus510Response,
  validateGetStatus511Response,
  validateGetStatus512Response,
  validateGetStatus520Response,
  validateGetStatus522Response,
  validateGetStatus523Response,
  validateGetStatus524Response,
  validateGetStatus525Response,
  validateGetStatus526Response,
  validateGetStatus527Response,
  validateGetStatus529Response,
  validateGetStatus530Response,
  validateGetStatus598Response
};
