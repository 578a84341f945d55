class CrossOriginLinkError extends Error {
  constructor(link, expectedOrigin) {
    super(
      `refusing to follow the next link ${link}: its origin ${new URL(link).origin} is not the client's (${expectedOrigin}); pass allowOrigins: ['${new URL(link).origin}'] to follow it (without the bearer token)`
    );
    this.link = link;
    this.expectedOrigin = expectedOrigin;
    this.name = "CrossOriginLinkError";
  }
  link;
  expectedOrigin;
}
function followLink(first, link, allowOrigins) {
  const base = new URL(first.url);
  const url = new URL(link, base);
  if (url.origin === base.origin) return { ...first, url: url.href, body: void 0 };
  if (!allowOrigins.includes(url.origin)) throw new CrossOriginLinkError(url.href, base.origin);
  const { authorization: _token, ...headers } = first.headers;
  return { ...first, url: url.href, headers, body: void 0 };
}
function pagesOf(transport, operation, paging, build, options = {}) {
  const state = { nextLink: void 0, deltaLink: void 0 };
  return {
    get nextLink() {
      return state.nextLink;
    },
    get deltaLink() {
      return state.deltaLink;
    },
    async *[Symbol.asyncIterator]() {
      yield* walk(transport, operation, paging, build, options, state, void 0);
    }
  };
}
function itemsOf(transport, operation, paging, build, options = {}) {
  const state = { nextLink: void 0, deltaLink: void 0 };
  return {
    get nextLink() {
      return state.nextLink;
    },
    get deltaLink() {
      return state.deltaLink;
    },
    async *[Symbol.asyncIterator]() {
      let count = 0;
      if (options.maxItems !== void 0 && options.maxItems <= 0) return;
      for await (const page of walk(
        transport,
        operation,
        paging,
        build,
        options,
        state,
        () => count
      )) {
        const items = page[paging.itemName];
        for (const item of Array.isArray(items) ? items : []) {
          if (options.signal?.aborted === true) throw options.signal.reason;
          yield item;
          if (options.maxItems !== void 0 && ++count >= options.maxItems) return;
        }
      }
    }
  };
}
async function* walk(transport, operation, paging, build, options, state, itemsSoFar) {
  const { maxPages, maxItems, startFrom, allowOrigins = [], ...call } = options;
  state.nextLink = void 0;
  state.deltaLink = void 0;
  let link = startFrom;
  let pages = 0;
  let items = 0;
  for (; ; ) {
    if (call.signal?.aborted === true) throw call.signal.reason;
    const current = link;
    const page = await transport.send(
      operation,
      current === void 0 ? build : (b) => followLink(build(b), current, allowOrigins),
      call
    );
    pages++;
    const next = page[paging.nextLinkName];
    const delta = page["@odata.deltaLink"];
    state.nextLink = typeof next === "string" && next !== "" ? next : void 0;
    if (typeof delta === "string") state.deltaLink = delta;
    const list = page[paging.itemName];
    items += Array.isArray(list) ? list.length : 0;
    yield page;
    link = state.nextLink;
    if (link === void 0) return;
    if (maxPages !== void 0 && pages >= maxPages) return;
    const seen = itemsSoFar === void 0 ? items : itemsSoFar();
    if (maxItems !== void 0 && seen >= maxItems) return;
  }
}
function eventualConsistency(query, options = {}) {
  const values = query ?? {};
  const asks = values.$count === true || values.$search !== void 0 && values.$search !== null && values.$search !== "";
  if (!asks || Object.keys(options.headers ?? {}).some((name) => name.toLowerCase() === "consistencylevel"))
    return options;
  return { ...options, headers: { ...options.headers, ConsistencyLevel: "eventual" } };
}
export {
  CrossOriginLinkError,
  eventualConsistency,
  itemsOf,
  pagesOf
};
