function mediaTypeEssence(value) {
  return (value.split(";")[0] ?? "").trim().toLowerCase();
}
function rangeMatches(range, mediaType) {
  if (range === "*/*") return true;
  const [type, subtype] = range.split("/");
  const [wantType, wantSubtype] = mediaType.split("/");
  return type === wantType && (subtype === "*" || subtype === wantSubtype);
}
function specificity(range) {
  if (range === "*/*") return 0;
  return range.endsWith("/*") ? 1 : 2;
}
function accepts(accept, mediaType) {
  if (accept === null) return true;
  let byAccept = acceptAnswers.get(mediaType);
  if (byAccept === void 0) acceptAnswers.set(mediaType, byAccept = /* @__PURE__ */ new Map());
  return remembered(byAccept, accept, () => acceptable(accept, mediaType));
}
const ANSWERS_KEPT = 256;
const acceptAnswers = /* @__PURE__ */ new Map();
function remembered(answers, header, decide) {
  let answer = answers.get(header);
  if (answer === void 0) {
    if (answers.size >= ANSWERS_KEPT) answers.clear();
    answers.set(header, answer = decide());
  }
  return answer;
}
function acceptable(accept, mediaType) {
  if (accept.trim() === "") return true;
  const wanted = mediaTypeEssence(mediaType);
  let best;
  for (const part of accept.split(",")) {
    const [rangeText = "", ...params] = part.split(";");
    const range = rangeText.trim().toLowerCase();
    if (!range.includes("/") || !rangeMatches(range, wanted)) continue;
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
    const q = qParam === void 0 ? 1 : Number(qParam.slice(2));
    const candidate = { specificity: specificity(range), q: Number.isFinite(q) ? q : 0 };
    if (best === void 0 || candidate.specificity > best.specificity || candidate.specificity === best.specificity && candidate.q > best.q)
      best = candidate;
  }
  return best !== void 0 && best.q > 0;
}
function contentTypeAllowed(contentType, allowed) {
  if (contentType === null) return false;
  let byContentType = contentTypeAnswers.get(allowed);
  if (byContentType === void 0) contentTypeAnswers.set(allowed, byContentType = /* @__PURE__ */ new Map());
  return remembered(byContentType, contentType, () => allowedType(contentType, allowed));
}
const contentTypeAnswers = /* @__PURE__ */ new WeakMap();
function allowedType(contentType, allowed) {
  const essence = mediaTypeEssence(contentType);
  if (!/^[^/\s]+\/[^/\s]+$/.test(essence)) return false;
  return allowed.some((range) => rangeMatches(mediaTypeEssence(range), essence));
}
export {
  accepts,
  contentTypeAllowed,
  mediaTypeEssence
};
