import { InvalidResponseError } from "./errors.js";
function streamItems(kind, response, request) {
  return {
    async *[Symbol.asyncIterator]() {
      const body = response.body;
      if (body === null) return;
      const reader = body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let event = { data: "" };
      let hasData = false;
      try {
        for (; ; ) {
          const { done, value } = await reader.read();
          if (value !== void 0) buffer += value;
          let match;
          while ((match = /\r\n|\n|\r(?!$)/.exec(buffer)) !== null) {
            const line = buffer.slice(0, match.index);
            buffer = buffer.slice(match.index + match[0].length);
            if (kind === "json-lines") {
              const item = jsonItem(line, response, request);
              if (item !== void 0) yield item.value;
              continue;
            }
            if (line === "") {
              if (hasData) yield event;
              event = { data: "" };
              hasData = false;
              continue;
            }
            if (line.startsWith(":")) continue;
            const colon = line.indexOf(":");
            const field = colon < 0 ? line : line.slice(0, colon);
            const text = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
            if (field === "data") {
              event.data = hasData ? `${event.data}
${text}` : text;
              hasData = true;
            } else if (field === "event") event.event = text;
            else if (field === "id" && !text.includes("\0")) event.id = text;
            else if (field === "retry" && /^\d+$/.test(text)) event.retry = Number(text);
          }
          if (done) break;
        }
        if (kind === "json-lines") {
          const item = jsonItem(buffer.replace(/\r$/, ""), response, request);
          if (item !== void 0) yield item.value;
        }
      } finally {
        reader.releaseLock();
        body.cancel().catch(() => void 0);
      }
    }
  };
}
function jsonItem(line, response, request) {
  const text = line.replace(/^\u001e/, "").trim();
  if (text === "") return void 0;
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    throw new InvalidResponseError(
      `${request.method} ${request.url}: a line of the streamed response is not valid JSON`,
      request,
      response,
      error
    );
  }
}
export {
  streamItems
};
