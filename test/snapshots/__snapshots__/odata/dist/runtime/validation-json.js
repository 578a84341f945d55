const hasOwn = Object.prototype.hasOwnProperty;
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a;
  const right = b;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!hasOwn.call(right, key) || !jsonEqual(left[key], right[key])) return false;
  }
  return true;
}
function jsonIncludes(values, value) {
  for (const candidate of values) if (jsonEqual(value, candidate)) return true;
  return false;
}
function duplicateItems(items) {
  const primitives = /* @__PURE__ */ new Map();
  const structures = /* @__PURE__ */ new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const structured = typeof item === "object" && item !== null;
    const seen = structured ? structures : primitives;
    const key = structured ? canonicalText(item) : item;
    const first = seen.get(key);
    if (first !== void 0) return [first, i];
    seen.set(key, i);
  }
  return void 0;
}
function canonicalText(root) {
  let out = "";
  const work = [root];
  const literal = [false];
  while (work.length > 0) {
    const item = work.pop();
    if (literal.pop() === true) {
      out += item;
    } else if (item === null || typeof item !== "object") {
      out += typeof item === "string" ? JSON.stringify(item) : String(item);
    } else if (Array.isArray(item)) {
      work.push("]");
      literal.push(true);
      for (let i = item.length - 1; i >= 0; i--) {
        work.push(item[i]);
        literal.push(false);
        if (i > 0) {
          work.push(",");
          literal.push(true);
        }
      }
      out += "[";
    } else {
      const record = item;
      const keys = Object.keys(record).sort();
      work.push("}");
      literal.push(true);
      for (let i = keys.length - 1; i >= 0; i--) {
        work.push(record[keys[i]]);
        literal.push(false);
        work.push(`${i > 0 ? "," : ""}${JSON.stringify(keys[i])}:`);
        literal.push(true);
      }
      out += "{";
    }
  }
  return out;
}
function codePointLength(text) {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 55296 && code <= 56319) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        length--;
        i++;
      }
    }
  }
  return length;
}
function isDecimalMultiple(value, divisor) {
  if (!Number.isFinite(value) || !Number.isFinite(divisor) || divisor === 0) return false;
  const a = decimalOf(value);
  const b = decimalOf(divisor);
  const exponent = Math.min(a.exponent, b.exponent);
  const left = a.digits * 10n ** BigInt(a.exponent - exponent);
  const right = b.digits * 10n ** BigInt(b.exponent - exponent);
  return left % right === 0n;
}
function decimalOf(value) {
  const [mantissa = "0", exponentText = "0"] = String(Math.abs(value)).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  return { digits: BigInt(whole + fraction), exponent: Number(exponentText) - fraction.length };
}
export {
  codePointLength,
  duplicateItems,
  isDecimalMultiple,
  jsonEqual,
  jsonIncludes
};
