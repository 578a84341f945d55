import { InvalidRequestError } from "./errors.js";
import { serializeQueryParameter } from "./url.js";
function encodeForm(value, encoding) {
  const pairs = [];
  for (const [name, field] of entries(value)) {
    const spec = ownEncoding(encoding, name);
    if (spec !== void 0 && isJsonType(spec.contentType)) {
      pairs.push(new URLSearchParams([[name, JSON.stringify(field)]]).toString());
      continue;
    }
    if (spec !== void 0 && (spec.style !== void 0 || spec.explode !== void 0 || spec.allowReserved === true)) {
      const style = spec.style ?? "form";
      pairs.push(
        ...serializeQueryParameter(
          {
            name,
            in: "query",
            style,
            explode: spec.explode ?? style === "form",
            required: false,
            ...spec.allowReserved === true ? { allowReserved: true } : {}
          },
          field
        )
      );
      continue;
    }
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === void 0 || item === null) continue;
      if (item instanceof Blob)
        throw new InvalidRequestError(
          `form field "${name}" is a file: a URL-encoded form cannot carry files`,
          "body"
        );
      pairs.push(
        new URLSearchParams([
          [name, typeof item === "object" ? JSON.stringify(item) : String(item)]
        ]).toString()
      );
    }
  }
  return pairs.join("&");
}
function encodeMultipart(value, encoding) {
  const form = new FormData();
  for (const [name, field] of entries(value)) {
    const contentType = firstType(ownEncoding(encoding, name)?.contentType);
    const items = Array.isArray(field) && !isJsonType(contentType) ? field : [field];
    for (const item of items) {
      if (item === void 0 || item === null) continue;
      if (item instanceof Blob) {
        const typed = item.type === "" && contentType !== void 0 && !contentType.includes("*") ? retyped(item, contentType) : item;
        form.append(name, typed, typed instanceof File ? typed.name : "blob");
      } else if (isJsonType(contentType) || contentType === void 0 && typeof item === "object") {
        form.append(
          name,
          new Blob([JSON.stringify(item)], { type: contentType ?? "application/json" }),
          ""
        );
      } else if (contentType !== void 0 && !/^text\/plain\b/i.test(contentType) && !contentType.includes("*")) {
        form.append(
          name,
          new Blob([typeof item === "object" ? JSON.stringify(item) : String(item)], {
            type: contentType
          }),
          ""
        );
      } else form.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}
function entries(value) {
  if (typeof value !== "object" || value === null || value instanceof Blob) return [];
  return Object.entries(value);
}
function ownEncoding(encoding, name) {
  return encoding !== void 0 && Object.prototype.hasOwnProperty.call(encoding, name) ? encoding[name] : void 0;
}
function firstType(contentType) {
  const first = contentType?.split(",")[0]?.trim();
  return first === void 0 || first === "" ? void 0 : first;
}
function isJsonType(contentType) {
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  return essence !== void 0 && (essence === "application/json" || essence.endsWith("+json"));
}
function retyped(blob, type) {
  return blob instanceof File ? new File([blob], blob.name, { type, lastModified: blob.lastModified }) : new Blob([blob], { type });
}
export {
  encodeForm,
  encodeMultipart
};
