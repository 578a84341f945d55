class ODataQueryError extends Error {
  constructor(message) {
    super(message);
    this.name = "ODataQueryError";
  }
}
const COMPARISONS = /* @__PURE__ */ new Set(["eq", "ne", "gt", "ge", "lt", "le"]);
const FUNCTIONS = /* @__PURE__ */ new Set(["startswith", "endswith", "contains"]);
const KEYWORDS = /* @__PURE__ */ new Set(["and", "or", "not", "in", ...COMPARISONS]);
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;
const WORD = /^[A-Za-z_@$][A-Za-z0-9_@$.]*(?:\/[A-Za-z_@$][A-Za-z0-9_@$.]*)*/;
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (c === "(" || c === ")" || c === ",") {
      tokens.push({ kind: "punct", text: c, at: i });
      i++;
      continue;
    }
    if (c === "'") {
      const [value, end] = quoted(text, i);
      tokens.push({ kind: "literal", value, text: text.slice(i, end), at: i });
      i = end;
      continue;
    }
    const rest = text.slice(i);
    const special = GUID.exec(rest) ?? DATE_OR_TIME.exec(rest);
    if (special !== null && !/[A-Za-z0-9_]/.test(rest[special[0].length] ?? "")) {
      tokens.push({ kind: "literal", value: special[0], text: special[0], at: i });
      i += special[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number !== null) {
      tokens.push({ kind: "literal", value: Number(number[0]), text: number[0], at: i });
      i += number[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word !== null) {
      const end = i + word[0].length;
      if (text[end] === "'") {
        const [value, after] = quoted(text, end);
        tokens.push({ kind: "literal", value, text: text.slice(i, after), at: i });
        i = after;
        continue;
      }
      if (word[0] === "true" || word[0] === "false")
        tokens.push({ kind: "literal", value: word[0] === "true", text: word[0], at: i });
      else if (word[0] === "null")
        tokens.push({ kind: "literal", value: null, text: word[0], at: i });
      else tokens.push({ kind: "word", text: word[0], at: i });
      i = end;
      continue;
    }
    throw new ODataQueryError(
      `Syntax error at position ${i} in $filter: unexpected character '${c}'.`
    );
  }
  return tokens;
}
function quoted(text, start) {
  let value = "";
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== "'") {
      value += text[i];
      continue;
    }
    if (text[i + 1] === "'") {
      value += "'";
      i++;
      continue;
    }
    return [value, i + 1];
  }
  throw new ODataQueryError(
    `Syntax error at position ${start} in $filter: the string literal is not closed.`
  );
}
function parseFilter(text) {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];
  const where = () => {
    const token = peek();
    return token === void 0 ? "at the end of $filter" : `at position ${token.at} in $filter ('${"text" in token ? token.text : ""}')`;
  };
  const isWord = (text2) => {
    const token = peek();
    return token?.kind === "word" && token.text === text2;
  };
  const isPunct = (text2) => {
    const token = peek();
    return token?.kind === "punct" && token.text === text2;
  };
  const expect = (text2) => {
    if (!isPunct(text2)) throw new ODataQueryError(`Syntax error ${where()}: expected '${text2}'.`);
    position++;
  };
  function or() {
    let left = and();
    while (isWord("or")) {
      position++;
      left = { kind: "logical", operator: "or", left, right: and() };
    }
    return left;
  }
  function and() {
    let left = unary();
    while (isWord("and")) {
      position++;
      left = { kind: "logical", operator: "and", left, right: unary() };
    }
    return left;
  }
  function unary() {
    if (isWord("not")) {
      position++;
      return { kind: "not", operand: unary() };
    }
    return compare();
  }
  function compare() {
    const left = primary();
    const token = peek();
    if (token?.kind === "word" && COMPARISONS.has(token.text)) {
      position++;
      return {
        kind: "compare",
        operator: token.text,
        left,
        right: primary()
      };
    }
    if (isWord("in")) {
      position++;
      expect("(");
      const list = [primary()];
      while (isPunct(",")) {
        position++;
        list.push(primary());
      }
      expect(")");
      return { kind: "in", operand: left, list };
    }
    return left;
  }
  function primary() {
    const token = peek();
    if (token === void 0)
      throw new ODataQueryError(`Syntax error ${where()}: an operand is missing.`);
    if (token.kind === "punct") {
      if (token.text !== "(")
        throw new ODataQueryError(`Syntax error ${where()}: an operand is missing.`);
      position++;
      const inner = or();
      expect(")");
      return inner;
    }
    position++;
    if (token.kind === "literal") return { kind: "literal", value: token.value };
    if (KEYWORDS.has(token.text))
      throw new ODataQueryError(
        `Syntax error at position ${token.at} in $filter: an operand is missing before '${token.text}'.`
      );
    if (isPunct("(")) {
      if (!FUNCTIONS.has(token.text))
        throw new ODataQueryError(
          `The function '${token.text}' is not supported in $filter (supported: startswith, endswith, contains).`
        );
      position++;
      const args = [or()];
      while (isPunct(",")) {
        position++;
        args.push(or());
      }
      expect(")");
      if (args.length !== 2)
        throw new ODataQueryError(
          `The function '${token.text}' takes 2 arguments, not ${args.length}.`
        );
      return { kind: "call", name: token.text, args };
    }
    return { kind: "property", path: token.text.split("/") };
  }
  if (tokens.length === 0) throw new ODataQueryError("The $filter is empty.");
  const expression = or();
  if (position < tokens.length)
    throw new ODataQueryError(
      `Syntax error ${where()}: expected 'and', 'or' or the end of the expression.`
    );
  return expression;
}
function filterProperties(expression) {
  switch (expression.kind) {
    case "literal":
      return [];
    case "property":
      return [[...expression.path]];
    case "not":
      return filterProperties(expression.operand);
    case "logical":
    case "compare":
      return [...filterProperties(expression.left), ...filterProperties(expression.right)];
    case "in":
      return [
        ...filterProperties(expression.operand),
        ...expression.list.flatMap(filterProperties)
      ];
    case "call":
      return expression.args.flatMap(filterProperties);
  }
}
function matchesFilter(expression, entity) {
  return evaluate(expression, entity) === true;
}
function evaluate(expression, entity) {
  switch (expression.kind) {
    case "literal":
      return expression.value;
    case "property": {
      let value = entity;
      for (const name of expression.path) {
        value = value !== null && typeof value === "object" && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, name) ? value[name] : null;
      }
      return value === void 0 ? null : value;
    }
    case "not": {
      const value = evaluate(expression.operand, entity);
      return typeof value === "boolean" ? !value : null;
    }
    case "logical": {
      const left = evaluate(expression.left, entity) === true;
      const right = evaluate(expression.right, entity) === true;
      return expression.operator === "and" ? left && right : left || right;
    }
    case "compare":
      return compareWith(
        expression.operator,
        evaluate(expression.left, entity),
        evaluate(expression.right, entity)
      );
    case "in": {
      const value = evaluate(expression.operand, entity);
      return expression.list.some((item) => compareWith("eq", value, evaluate(item, entity)));
    }
    case "call": {
      const [subject, search] = expression.args.map((a) => evaluate(a, entity));
      if (typeof subject !== "string" || typeof search !== "string") return false;
      if (expression.name === "startswith") return subject.startsWith(search);
      if (expression.name === "endswith") return subject.endsWith(search);
      return subject.includes(search);
    }
  }
}
function compareWith(operator, left, right) {
  if (operator === "eq") return equalValues(left, right);
  if (operator === "ne") return !equalValues(left, right);
  const comparable = typeof left === "number" && typeof right === "number" || typeof left === "string" && typeof right === "string" || typeof left === "boolean" && typeof right === "boolean";
  if (!comparable) return false;
  const a = left;
  const b = right;
  if (operator === "gt") return a > b;
  if (operator === "ge") return a >= b;
  if (operator === "lt") return a < b;
  return a <= b;
}
function equalValues(left, right) {
  if (left === null || left === void 0 || right === null || right === void 0)
    return (left ?? null) === (right ?? null);
  if (typeof left === "object" || typeof right === "object")
    return JSON.stringify(left) === JSON.stringify(right);
  return left === right;
}
export {
  ODataQueryError,
  compareWith,
  filterProperties,
  matchesFilter,
  parseFilter
};
