/**
 * Find where a JSON text stops being valid JSON (JSON.parse on Node 20 often names no position).
 * A small iterative scanner following RFC 8259; returns the offset and what was expected there,
 * or undefined when the text is valid.
 */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (message: string) => ({ offset: i, message: i >= text.length ? `${message}, found the end of the file` : `${message}, found ${JSON.stringify(text[i])}` });
  const value = (): { offset: number; message: string } | undefined => {
    ws();
    const ch = text[i];
    if (ch === '{' || ch === '[') return undefined; // opened by the caller
    if (ch === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal === null) return fail('expected a value');
    i += literal[0].length;
    return undefined;
  };
  const string = (): { offset: number; message: string } | undefined => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) return fail('control character in a string');
      if (text[i] === '\\') {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('bad \\u escape');
          i += 6;
          continue;
        }
        if (esc === undefined || !'"\\/bfnrt'.includes(esc)) return fail('bad escape');
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= text.length) return fail('unterminated string');
    i++;
    return undefined;
  };

  /** `"name"` and the `:` after it. */
  const propertyName = (): { offset: number; message: string } | undefined => {
    if (text[i] !== '"') return fail('expected a property name');
    const e = string();
    if (e) return e;
    ws();
    if (text[i] !== ':') return fail('expected ":"');
    i++;
    return undefined;
  };

  ws();
  for (;;) {
    // Parse one value (opening containers push onto the stack).
    ws();
    if (text[i] === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else {
        stack.push('{');
        const e = propertyName();
        if (e) return e;
        continue;
      }
    } else if (text[i] === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else {
        stack.push('[');
        continue;
      }
    } else {
      const e = value();
      if (e) return e;
    }
    // After a value: close containers or move to the next element.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < text.length) return fail('expected the end of the document');
        return undefined;
      }
      if (text[i] === ',') {
        i++;
        ws();
        if (top === '{') {
          const e = propertyName();
          if (e) return e;
        }
        break;
      }
      if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
        stack.pop();
        i++;
        continue;
      }
      return fail(top === '{' ? 'expected "," or "}"' : 'expected "," or "]"');
    }
  }
}
