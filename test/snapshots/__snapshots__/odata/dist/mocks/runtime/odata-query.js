import {
  filterProperties,
  matchesFilter,
  ODataQueryError,
  parseFilter
} from "./odata-filter.js";
import { ODataQueryError as ODataQueryError2 } from "./odata-filter.js";
const odataQueries = {
  list(url, odata, entries, pageSize, array) {
    const paged = odata.nextLinkName !== null && !array;
    const query = readODataQuery(url, odata, paged);
    const page = queryPage(entries, query, paged ? pageSize : null);
    if (array) return page.items;
    const next = page.skipToken === null || odata.nextLinkName === null ? {} : { [odata.nextLinkName]: nextLinkFor(url, page.skipToken) };
    return { ...query.count ? { "@odata.count": page.total } : {}, ...next, value: page.items };
  },
  read(url, odata, entity) {
    return selectProperties(entity, readODataQuery(url, odata, false).select);
  },
  isQueryError(error) {
    return error instanceof ODataQueryError;
  }
};
function readODataQuery(url, odata, paged) {
  const declared = new Set(odata.options);
  const get = (name) => declared.has(name) ? url.searchParams.get(name) : null;
  const checkName = (option, name) => {
    if (odata.properties !== null && !odata.properties.includes(name)) {
      throw new ODataQueryError(`Could not find a property named '${name}' (in ${option}).`);
    }
  };
  const list = (option) => {
    const raw = get(option);
    if (raw === null) return null;
    const names = raw.split(",").map((s) => s.trim());
    if (names.some((n) => n === ""))
      throw new ODataQueryError(`Syntax error in ${option}: an empty name.`);
    return names;
  };
  const select = list("$select");
  for (const name of select ?? []) if (name !== "*") checkName("$select", name);
  for (const name of list("$expand") ?? [])
    if (name !== "*") checkName("$expand", name.replace(/\(.*$/, ""));
  const orderby = (list("$orderby") ?? []).map((item) => {
    const found = /^([^\s]+)(?:\s+(asc|desc))?$/i.exec(item);
    if (found === null)
      throw new ODataQueryError(
        `Syntax error in $orderby: '${item}' is not 'name', 'name asc' or 'name desc'.`
      );
    checkName("$orderby", found[1].split("/")[0]);
    return { name: found[1], descending: found[2]?.toLowerCase() === "desc" };
  });
  const filterText = get("$filter");
  const filter = filterText === null ? null : parseFilter(filterText);
  if (filter !== null) for (const path of filterProperties(filter)) checkName("$filter", path[0]);
  const count = get("$count");
  if (count !== null && count !== "true" && count !== "false")
    throw new ODataQueryError(`$count must be true or false, not '${count}'.`);
  const search = get("$search");
  const token = paged ? url.searchParams.get("$skiptoken") : null;
  return {
    select: select === null || select.includes("*") ? null : select,
    filter,
    search: search === null ? null : search.replace(/^"(.*)"$/, "$1"),
    orderby,
    top: wholeNumber("$top", get("$top")),
    skip: wholeNumber("$skip", get("$skip")) ?? 0,
    count: count === "true",
    after: token === null ? null : decodeSkipToken(token, orderby.length)
  };
}
function wholeNumber(option, raw) {
  if (raw === null) return null;
  if (!/^\d+$/.test(raw))
    throw new ODataQueryError(`${option} must be a whole number of 0 or more, not '${raw}'.`);
  return Number(raw);
}
function encodeSkipToken(last, orderby) {
  const json = JSON.stringify([
    orderby.map((o) => valueAt(last.entity, o.name) ?? null),
    last.order
  ]);
  return btoa(String.fromCharCode(...new TextEncoder().encode(json))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function decodeSkipToken(token, keys) {
  try {
    const binary = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
    const parsed = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
    );
    if (Array.isArray(parsed) && parsed.length === 2 && Array.isArray(parsed[0]) && parsed[0].length === keys && typeof parsed[1] === "number") {
      return { values: parsed[0], order: parsed[1] };
    }
  } catch {
  }
  throw new ODataQueryError(
    "The $skiptoken is not valid for this request: follow the next link as it was returned."
  );
}
function valueAt(entity, path) {
  let value = entity;
  for (const name of path.split("/")) {
    if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, name))
      return void 0;
    value = value[name];
  }
  return value;
}
function compareValues(a, b) {
  const rank = (v) => v === null || v === void 0 ? 0 : typeof v === "boolean" ? 1 : typeof v === "number" ? 2 : typeof v === "string" ? 3 : 4;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  const x = ra === 4 ? JSON.stringify(a) : a;
  const y = rb === 4 ? JSON.stringify(b) : b;
  return x < y ? -1 : x > y ? 1 : 0;
}
function compareKeys(values, order, other, otherOrder, orderby) {
  for (let i = 0; i < orderby.length; i++) {
    const c = compareValues(values[i], other[i]);
    if (c !== 0) return orderby[i].descending ? -c : c;
  }
  return order - otherOrder;
}
function queryPage(entities, query, pageSize) {
  const search = query.search?.toLowerCase() ?? null;
  const matching = entities.filter(
    ({ entity }) => (query.filter === null || matchesFilter(query.filter, entity)) && (search === null || Object.values(entity).some(
      (v) => typeof v === "string" && v.toLowerCase().includes(search)
    ))
  );
  const keyed = matching.map((e) => ({
    ...e,
    values: query.orderby.map((o) => valueAt(e.entity, o.name))
  }));
  keyed.sort((a, b) => compareKeys(a.values, a.order, b.values, b.order, query.orderby));
  const after = query.after;
  const start = after === null ? Math.min(query.skip, keyed.length) : keyed.findIndex(
    (e) => compareKeys(e.values, e.order, after.values, after.order, query.orderby) > 0
  );
  const rest = start < 0 ? [] : keyed.slice(start);
  const size = pageSize === null ? query.top ?? rest.length : Math.min(query.top ?? pageSize, pageSize);
  const page = rest.slice(0, size);
  const last = page.at(-1);
  const more = pageSize !== null && rest.length > page.length && last !== void 0;
  return {
    items: page.map((e) => selectProperties(e.entity, query.select)),
    total: matching.length,
    skipToken: more ? encodeSkipToken(last, query.orderby) : null
  };
}
function selectProperties(entity, select) {
  if (select === null) return { ...entity };
  return Object.fromEntries(
    Object.entries(entity).filter(([name]) => name.startsWith("@odata.") || select.includes(name))
  );
}
function nextLinkFor(url, skipToken) {
  const kept = url.search.replace(/^\?/, "").split("&").filter((pair) => {
    if (pair === "") return false;
    const name = decodeURIComponent(pair.split("=")[0].replace(/\+/g, " "));
    return name !== "$skip" && name !== "$skiptoken";
  });
  return `${url.origin}${url.pathname}?${[...kept, `$skiptoken=${skipToken}`].join("&")}`;
}
export {
  ODataQueryError2 as ODataQueryError,
  compareValues,
  encodeSkipToken,
  nextLinkFor,
  odataQueries,
  queryPage,
  readODataQuery,
  selectProperties
};
