import { InvalidRequestError } from "./errors.js";
const MAX_DEPTH = 32;
function encodeComponent(value) {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function encodeAllowingReserved(value) {
  return encodeComponent(value).replace(
    /%(3A|2F|3F|40|21|24|27|28|29|2A|2B|2C|3B|3D|5B|5D)/g,
    (escape) => decodeURIComponent(escape)
  );
}
function shapeOf(value) {
  if (value === void 0 || value === null) return { kind: "absent" };
  if (Array.isArray(value))
    return {
      kind: "array",
      items: value.filter((v) => v !== void 0 && v !== null).map(scalarText)
    };
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0 && v !== null).map(([k, v]) => [k, scalarText(v)]);
    return { kind: "object", entries };
  }
  return { kind: "scalar", value: scalarText(value) };
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}
function isEmpty(shape) {
  switch (shape.kind) {
    case "absent":
      return true;
    case "scalar":
      return shape.value === "";
    case "array":
      return shape.items.length === 0;
    case "object":
      return shape.entries.length === 0;
  }
}
function encodeOrReject(spec, encode) {
  try {
    return encode();
  } catch (error) {
    if (error instanceof URIError)
      throw new InvalidRequestError(
        `${spec.in} parameter "${spec.name}" holds text that cannot be percent-encoded (a lone surrogate)`,
        spec.in,
        spec.name
      );
    throw error;
  }
}
function serializePathParameter(spec, value) {
  const shape = shapeOf(value);
  if (isEmpty(shape)) {
    const problem = shape.kind === "absent" ? "is missing" : "is empty";
    throw new InvalidRequestError(
      `path parameter "${spec.name}" ${problem}: every path value must be a non-empty string`,
      "path",
      spec.name
    );
  }
  const text = encodeOrReject(spec, () => pathText(spec, shape));
  if (text === "." || text === "..")
    throw new InvalidRequestError(
      `path parameter "${spec.name}" must not be "${text}"`,
      "path",
      spec.name
    );
  if (spec.allowReserved === true && text.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new InvalidRequestError(
      `path parameter "${spec.name}" must not hold a "." or ".." segment`,
      "path",
      spec.name
    );
  }
  return text;
}
function pathText(spec, shape) {
  const e = spec.allowReserved === true ? encodeAllowingReserved : encodeComponent;
  const name = e(spec.name);
  const pairs = (joinPair, separator) => shape.kind === "object" ? shape.entries.map(([k, v]) => `${e(k)}${joinPair}${e(v)}`).join(separator) : "";
  switch (spec.style) {
    case "label": {
      const separator = spec.explode ? "." : ",";
      if (shape.kind === "array") return `.${shape.items.map(e).join(separator)}`;
      if (shape.kind === "object") return `.${spec.explode ? pairs("=", ".") : pairs(",", ",")}`;
      return `.${shape.kind === "scalar" ? e(shape.value) : ""}`;
    }
    case "matrix": {
      if (shape.kind === "array")
        return spec.explode ? shape.items.map((v) => `;${name}=${e(v)}`).join("") : `;${name}=${shape.items.map(e).join(",")}`;
      if (shape.kind === "object")
        return spec.explode ? `;${pairs("=", ";")}` : `;${name}=${pairs(",", ",")}`;
      return `;${name}=${shape.kind === "scalar" ? e(shape.value) : ""}`;
    }
    default: {
      if (shape.kind === "array") return shape.items.map(e).join(",");
      if (shape.kind === "object") return spec.explode ? pairs("=", ",") : pairs(",", ",");
      return shape.kind === "scalar" ? e(shape.value) : "";
    }
  }
}
function serializeQueryParameter(spec, value) {
  if (value === void 0 || value === null) {
    if (spec.required)
      throw new InvalidRequestError(
        `query parameter "${spec.name}" is required`,
        "query",
        spec.name
      );
    return [];
  }
  const e = spec.allowReserved === true ? encodeAllowingReserved : encodeComponent;
  return encodeOrReject(spec, () => queryPairs(spec, value, e));
}
function queryPairs(spec, value, e) {
  const name = encodeComponent(spec.name);
  if (spec.style === "deepObject" && isPlainObject(value) && !Array.isArray(value)) {
    const pairs = [];
    deepObjectPairs(spec, name, value, e, pairs, 0);
    return pairs;
  }
  const shape = shapeOf(value);
  const delimiter = spec.style === "spaceDelimited" ? "%20" : spec.style === "pipeDelimited" ? "|" : ",";
  switch (shape.kind) {
    case "absent":
      return [];
    case "scalar":
      return [`${name}=${e(shape.value)}`];
    case "array":
      return spec.explode ? shape.items.map((v) => `${name}=${e(v)}`) : [`${name}=${shape.items.map(e).join(delimiter)}`];
    case "object":
      return spec.explode ? shape.entries.map(([k, v]) => `${e(k)}=${e(v)}`) : [`${name}=${shape.entries.flatMap(([k, v]) => [e(k), e(v)]).join(delimiter)}`];
  }
}
function deepObjectPairs(spec, prefix, value, e, out, depth) {
  if (depth > MAX_DEPTH)
    throw new InvalidRequestError(
      `query parameter "${spec.name}" is nested too deeply (a cycle?)`,
      "query",
      spec.name
    );
  if (value === void 0 || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) deepObjectPairs(spec, prefix, item, e, out, depth + 1);
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value))
      deepObjectPairs(spec, `${prefix}[${encodeComponent(key)}]`, item, e, out, depth + 1);
  } else {
    out.push(`${prefix}=${e(scalarText(value))}`);
  }
}
function serializeHeaderParameter(spec, value) {
  const shape = shapeOf(value);
  if (shape.kind === "absent") {
    if (spec.required)
      throw new InvalidRequestError(
        `header parameter "${spec.name}" is required`,
        "header",
        spec.name
      );
    return void 0;
  }
  const text = shape.kind === "scalar" ? shape.value : shape.kind === "array" ? shape.items.join(",") : shape.entries.map(([k, v]) => spec.explode ? `${k}=${v}` : `${k},${v}`).join(",");
  checkHeaderValue(spec.name, text, "header");
  return text;
}
function checkHeaderValue(name, value, location = "header") {
  if (/[\r\n\0]/.test(value))
    throw new InvalidRequestError(
      `${location} "${name}" must not contain a line break or NUL`,
      location,
      name
    );
  if (/[^\u0000-\u00ff]/.test(value))
    throw new InvalidRequestError(
      `${location} "${name}" holds characters outside Latin-1, which HTTP headers cannot carry`,
      location,
      name
    );
}
function serializeCookieParameter(spec, value) {
  const shape = shapeOf(value);
  if (shape.kind === "absent") {
    if (spec.required)
      throw new InvalidRequestError(
        `cookie parameter "${spec.name}" is required`,
        "cookie",
        spec.name
      );
    return [];
  }
  const e = encodeComponent;
  return encodeOrReject(spec, () => {
    const name = e(spec.name);
    switch (shape.kind) {
      case "scalar":
        return [`${name}=${e(shape.value)}`];
      case "array":
        return spec.explode ? shape.items.map((v) => `${name}=${e(v)}`) : [`${name}=${shape.items.map(e).join(",")}`];
      case "object":
        return spec.explode ? shape.entries.map(([k, v]) => `${e(k)}=${e(v)}`) : [`${name}=${shape.entries.flatMap(([k, v]) => [e(k), e(v)]).join(",")}`];
    }
  });
}
export {
  checkHeaderValue,
  encodeComponent,
  serializeCookieParameter,
  serializeHeaderParameter,
  serializePathParameter,
  serializeQueryParameter
};
