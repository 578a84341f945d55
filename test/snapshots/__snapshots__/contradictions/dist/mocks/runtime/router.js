class PathRouter {
  #templates;
  /** Answers by path (frozen, shared): a test sends the same few paths again and again. */
  #answers = /* @__PURE__ */ new Map();
  constructor(templates) {
    this.#templates = [...new Set(templates)].map(compile).sort(bySpecificity);
  }
  match(path) {
    let answer = this.#answers.get(path);
    if (answer === void 0) {
      if (this.#answers.size >= ANSWERS_KEPT) this.#answers.clear();
      answer = this.#match(path);
      if (answer.ok) Object.freeze(answer.params);
      this.#answers.set(path, Object.freeze(answer));
    }
    return answer;
  }
  #match(path) {
    const segments = splitPath(path);
    if (segments === void 0) return { ok: false, segment: path };
    let deepest = 0;
    for (const candidate of this.#templates) {
      const params = /* @__PURE__ */ Object.create(null);
      const limit = Math.min(candidate.segments.length, segments.length);
      let matched = 0;
      for (; matched < limit; matched++) {
        const segment = candidate.segments[matched];
        const found = segment.pattern.exec(segments[matched]);
        if (found === null) break;
        for (let index = 0; index < segment.params.length; index++)
          params[segment.params[index]] = found[index + 1];
      }
      if (matched === segments.length && matched === candidate.segments.length)
        return { ok: true, template: candidate.template, params };
      deepest = Math.max(deepest, matched);
    }
    return { ok: false, segment: segments[Math.min(deepest, segments.length - 1)] ?? "" };
  }
}
const ANSWERS_KEPT = 1024;
function splitPath(path) {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return [];
  try {
    return trimmed.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return void 0;
  }
}
function fillTemplate(template, params) {
  let pieces = templatePieces.get(template);
  if (pieces === void 0) {
    if (templatePieces.size >= ANSWERS_KEPT) templatePieces.clear();
    templatePieces.set(template, pieces = splitTemplate(template));
  }
  let filled = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i];
    filled += (Object.hasOwn(params, name) ? encodeURIComponent(params[name]) : `{${name}}`) + pieces[i + 1];
  }
  return filled;
}
const templatePieces = /* @__PURE__ */ new Map();
function splitTemplate(template) {
  const pieces = [];
  let last = 0;
  for (const found of template.matchAll(/\{([^{}]+)\}/g)) {
    pieces.push(template.slice(last, found.index), found[1]);
    last = found.index + found[0].length;
  }
  pieces.push(template.slice(last));
  return pieces;
}
function compile(template) {
  const segments = template.replace(/^\/+|\/+$/g, "").split("/").filter((s) => s !== "").map((segment) => {
    const params = [];
    let source = "";
    let last = 0;
    for (const found of segment.matchAll(/\{([^{}]+)\}/g)) {
      source += escapeRegExp(segment.slice(last, found.index)) + "(.+?)";
      params.push(found[1]);
      last = found.index + found[0].length;
    }
    source += escapeRegExp(segment.slice(last));
    return { pattern: new RegExp(`^${source}$`, "su"), params, literal: params.length === 0 };
  });
  return { template, segments };
}
function bySpecificity(a, b) {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i++) {
    const left = a.segments[i]?.literal === true ? 0 : 1;
    const right = b.segments[i]?.literal === true ? 0 : 1;
    if (left !== right) return left - right;
  }
  return a.template < b.template ? -1 : a.template > b.template ? 1 : 0;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
export {
  PathRouter,
  fillTemplate,
  splitPath
};
