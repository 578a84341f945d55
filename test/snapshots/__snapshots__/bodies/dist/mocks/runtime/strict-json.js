const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERALS = ["true", "false", "null"];
class JsonScanError extends Error {
  constructor(reason, message, offset) {
    super(message);
    this.reason = reason;
    this.offset = offset;
  }
  reason;
  offset;
}
function parseStrictJson(text, maxDepth = 256) {
  try {
    scan(text, maxDepth);
  } catch (error) {
    if (error instanceof JsonScanError)
      return { ok: false, reason: error.reason, message: error.message, offset: error.offset };
    throw error;
  }
  return { ok: true, value: JSON.parse(text) };
}
function scan(text, maxDepth) {
  const stack = [];
  let i = 0;
  let expectValue = true;
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      i++;
    }
  };
  const describe = (at) => at >= text.length ? "the end of the text" : `${JSON.stringify(text[at])} at offset ${at}`;
  const fail = (message, at = i) => {
    throw new JsonScanError("syntax", message, at);
  };
  const scanString = () => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return text.slice(start, i);
      }
      if (c === 92) {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail(`Invalid \\u escape at offset ${i}`);
          i += 6;
        } else if (next !== void 0 && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(`Invalid escape at offset ${i}`);
        continue;
      }
      if (c < 32) fail(`Unescaped control character in a string at offset ${i}`);
      i++;
    }
    return fail("Unterminated string", start);
  };
  const containerPointer = () => stack.slice(0, -1).map(
    (frame) => "/" + (frame.kind === "object" ? frame.key.replace(/~/g, "~0").replace(/\//g, "~1") : String(frame.index))
  ).join("");
  const readKey = (frame) => {
    skipSpace();
    if (text[i] !== '"') fail(`Expected a property name but found ${describe(i)}`);
    const start = i;
    const quoted = scanString();
    const key = quoted.includes("\\") ? JSON.parse(quoted) : quoted.slice(1, -1);
    if (frame.keys.has(key)) {
      const pointer = containerPointer();
      throw new JsonScanError(
        "duplicate-key",
        `Duplicate property ${JSON.stringify(key)}${pointer === "" ? "" : ` in the object at ${pointer}`}`,
        start
      );
    }
    frame.keys.add(key);
    frame.key = key;
    skipSpace();
    if (text[i] !== ":") fail(`Expected ':' after a property name but found ${describe(i)}`);
    i++;
  };
  const open = (frame) => {
    if (stack.length >= maxDepth)
      throw new JsonScanError("too-deep", `The JSON is nested deeper than ${maxDepth} levels`, i);
    stack.push(frame);
  };
  for (; ; ) {
    skipSpace();
    if (expectValue) {
      const c2 = text[i];
      if (c2 === "{") {
        i++;
        skipSpace();
        if (text[i] === "}") {
          i++;
          expectValue = false;
          continue;
        }
        const frame2 = { kind: "object", keys: /* @__PURE__ */ new Set(), key: "" };
        open(frame2);
        readKey(frame2);
        continue;
      }
      if (c2 === "[") {
        i++;
        skipSpace();
        if (text[i] === "]") {
          i++;
          expectValue = false;
          continue;
        }
        open({ kind: "array", index: 0 });
        continue;
      }
      if (c2 === '"') {
        scanString();
        expectValue = false;
        continue;
      }
      const literal = c2 === "t" ? LITERALS[0] : c2 === "f" ? LITERALS[1] : c2 === "n" ? LITERALS[2] : void 0;
      if (literal !== void 0 && text.startsWith(literal, i)) {
        i += literal.length;
        expectValue = false;
        continue;
      }
      NUMBER.lastIndex = i;
      if (c2 !== void 0 && (c2 === "-" || c2 >= "0" && c2 <= "9") && NUMBER.test(text)) {
        i = NUMBER.lastIndex;
        expectValue = false;
        continue;
      }
      fail(`Expected a JSON value but found ${describe(i)}`);
    }
    const frame = stack.at(-1);
    if (frame === void 0) {
      if (i < text.length) fail(`Unexpected ${describe(i)} after the JSON value`);
      return;
    }
    const c = text[i];
    if (c === ",") {
      i++;
      if (frame.kind === "array") frame.index++;
      else readKey(frame);
      expectValue = true;
      continue;
    }
    if (frame.kind === "object" && c === "}" || frame.kind === "array" && c === "]") {
      i++;
      stack.pop();
      continue;
    }
    fail(`Expected ',' or '${frame.kind === "object" ? "}" : "]"}' but found ${describe(i)}`);
  }
}
export {
  parseStrictJson
};
