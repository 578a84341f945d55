async function parseBody(kind, bytes, contentType, fields) {
  if (kind === "binary") return { ok: true, value: bytes };
  let text;
  if (kind !== "multipart") {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, message: "The request body is not valid UTF-8 text." };
    }
  }
  if (kind === "text") return { ok: true, value: text };
  const values = /* @__PURE__ */ new Map();
  const add = (name, value) => {
    const list = values.get(name);
    if (list === void 0) values.set(name, [value]);
    else list.push(value);
  };
  if (kind === "form") {
    new URLSearchParams(text).forEach((value, name) => add(name, value));
  } else {
    let form;
    try {
      form = await new Response(new Uint8Array(bytes), {
        headers: { "content-type": contentType ?? "" }
      }).formData();
    } catch {
      return {
        ok: false,
        message: "The multipart body could not be read (a missing or wrong boundary, or a malformed part)."
      };
    }
    form.forEach((value, name) => add(name, value));
  }
  const body = {};
  const known = fields ?? {};
  for (const [name, field] of Object.entries(known)) {
    if (field.deep === true) {
      const prefix = `${name}[`;
      const entries = [...values].filter(([key]) => key.startsWith(prefix) && key.endsWith("]"));
      if (entries.length === 0) continue;
      const object = {};
      for (const [key, list2] of entries) {
        const property = key.slice(prefix.length, -1);
        const shape = field.properties !== void 0 && Object.prototype.hasOwnProperty.call(field.properties, property) ? field.properties[property] : { type: "any" };
        const converted2 = await fieldValue(`${name}.${property}`, list2, shape);
        if (!converted2.ok) return converted2;
        Object.defineProperty(object, property, {
          value: converted2.value,
          enumerable: true,
          writable: true,
          configurable: true
        });
        values.delete(key);
      }
      define(body, name, object);
      continue;
    }
    const list = values.get(name);
    values.delete(name);
    if (list === void 0) continue;
    const converted = await fieldValue(name, list, field);
    if (!converted.ok) return converted;
    define(body, name, converted.value);
  }
  for (const [name, list] of values) define(body, name, list.length === 1 ? list[0] : list);
  return { ok: true, value: body };
}
async function fieldValue(name, list, field) {
  if (field.type === "array" && field.json !== true) {
    const items = [];
    const delimiter = field.delimiter;
    const parts = delimiter === void 0 ? [...list] : list.flatMap(
      (v) => typeof v === "string" ? v.split(delimiter) : [v]
    );
    for (const part of parts) {
      const converted = await single(name, part, field.items ?? { type: "any" });
      if (!converted.ok) return converted;
      items.push(converted.value);
    }
    return { ok: true, value: items };
  }
  return single(name, list[0], field);
}
async function single(name, value, field) {
  if (field.type === "file" || field.type === "any" && typeof value !== "string")
    return { ok: true, value };
  const text = typeof value === "string" ? value : await value.text();
  const isJsonPart = typeof value !== "string" && /^application\/([\w.-]+\+)?json\b/i.test(value.type);
  if (field.json === true || isJsonPart || field.type === "object") {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      if (field.json === true || isJsonPart)
        return { ok: false, message: `The part "${name}" is not valid JSON.` };
      return { ok: true, value: text };
    }
  }
  switch (field.type) {
    case "integer":
    case "number":
      return {
        ok: true,
        value: /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : text
      };
    case "boolean":
      return { ok: true, value: text === "true" ? true : text === "false" ? false : text };
    default:
      return { ok: true, value: text };
  }
}
function define(target, name, value) {
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  });
}
function binaryBody(example) {
  if (typeof example === "string" && example !== "") return new TextEncoder().encode(example);
  return Uint8Array.from({ length: 256 }, (_, i) => i);
}
export {
  binaryBody,
  parseBody
};
