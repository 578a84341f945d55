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
  if (accept === null || accept.trim() === "") return true;
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
  const essence = mediaTypeEssence(contentType);
  if (!/^[^/\s]+\/[^/\s]+$/.test(essence)) return false;
  return allowed.some((range) => rangeMatches(mediaTypeEssence(range), essence));
}
export {
  accepts,
  contentTypeAllowed,
  mediaTypeEssence
};
