const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digitsAt(text, start, end) {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}
function isDateAt(text, start, end) {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
    return false;
  const year = digitsAt(text, start, start + 4);
  const month = digitsAt(text, start + 5, start + 7);
  const day = digitsAt(text, start + 8, start + 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}
function isDate(text) {
  return isDateAt(text, 0, text.length);
}
function isTimeAt(text, start) {
  const end = text.length;
  if (end - start < 9 || text.charCodeAt(start + 2) !== 58 || text.charCodeAt(start + 5) !== 58)
    return false;
  const hour = digitsAt(text, start, start + 2);
  const minute = digitsAt(text, start + 3, start + 5);
  const second = digitsAt(text, start + 6, start + 8);
  if (hour < 0 || minute < 0 || second < 0) return false;
  let i = start + 8;
  if (text.charCodeAt(i) === 46) {
    const first = ++i;
    while (i < end && digitsAt(text, i, i + 1) >= 0) i++;
    if (i === first) return false;
  }
  const zone = text.charCodeAt(i);
  let sign = 1;
  let offsetHour = 0;
  let offsetMinute = 0;
  if (zone === 90 || zone === 122) {
    if (i + 1 !== end) return false;
  } else if (zone === 43 || zone === 45) {
    if (i + 6 !== end || text.charCodeAt(i + 3) !== 58) return false;
    offsetHour = digitsAt(text, i + 1, i + 3);
    offsetMinute = digitsAt(text, i + 4, i + 6);
    if (offsetHour < 0 || offsetMinute < 0) return false;
    if (zone === 45) sign = -1;
  } else {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59) return false;
  if (second < 60) return true;
  const utcMinutes = ((hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute)) % 1440 + 1440) % 1440;
  return utcMinutes === 23 * 60 + 59;
}
function isTime(text) {
  return isTimeAt(text, 0);
}
function isDateTime(text) {
  const separator = text.charCodeAt(10);
  return (separator === 84 || separator === 116) && isDateAt(text, 0, 10) && isTimeAt(text, 11);
}
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
function isUuid(text) {
  return UUID.test(text);
}
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const EMAIL = new RegExp(`^${ATEXT}(?:\\.${ATEXT})*@(?:${LABEL}\\.)+${LABEL}$`);
function isEmail(text) {
  return EMAIL.test(text);
}
const IPV4_PART = /^(?:0|[1-9][0-9]{0,2})$/;
function isIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return false;
  for (const part of parts) if (!IPV4_PART.test(part) || Number(part) > 255) return false;
  return true;
}
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
function isIpv6(text) {
  if (text.length < 2 || text.length > 45) return false;
  const lastColon = text.lastIndexOf(":");
  if (lastColon === -1) return false;
  let hex = text;
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!isIpv4(tail)) return false;
    hex = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = hex.split("::");
  if (halves.length > 2) return false;
  const groups = halves.map((half) => half === "" ? [] : half.split(":"));
  for (const half of groups) for (const group of half) if (!HEX_GROUP.test(group)) return false;
  const count = groups.reduce((sum, half) => sum + half.length, 0);
  return halves.length === 1 ? count === 8 : count <= 7;
}
const PCT = "%[0-9A-Fa-f]{2}";
const UNRESERVED_SUB_DELIMS = "A-Za-z0-9\\-._~!$&'()*+,;=";
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const USERINFO = new RegExp(`^(?:[${UNRESERVED_SUB_DELIMS}:]|${PCT})*$`);
const REG_NAME = new RegExp(`^(?:[${UNRESERVED_SUB_DELIMS}]|${PCT})*$`);
const PATH = new RegExp(`^(?:[${UNRESERVED_SUB_DELIMS}:@/]|${PCT})*$`);
const QUERY_OR_FRAGMENT = new RegExp(`^(?:[${UNRESERVED_SUB_DELIMS}:@/?]|${PCT})*$`);
const IP_FUTURE = new RegExp(`^[Vv][0-9A-Fa-f]+\\.[${UNRESERVED_SUB_DELIMS}:]+$`);
const PORT = /^[0-9]*$/;
const PLAIN_URI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.-]*://[${UNRESERVED_SUB_DELIMS}]*(?::[0-9]*)?(?:/[${UNRESERVED_SUB_DELIMS}:@/]*)?(?:\\?[${UNRESERVED_SUB_DELIMS}:@/?]*)?(?:#[${UNRESERVED_SUB_DELIMS}:@/?]*)?$`
);
function isUri(text) {
  return PLAIN_URI.test(text) || isUriInFull(text);
}
function isUriInFull(text) {
  const scheme = SCHEME.exec(text);
  if (scheme === null) return false;
  let rest = text.slice(scheme[0].length);
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    if (!QUERY_OR_FRAGMENT.test(rest.slice(hash + 1))) return false;
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf("?");
  if (question !== -1) {
    if (!QUERY_OR_FRAGMENT.test(rest.slice(question + 1))) return false;
    rest = rest.slice(0, question);
  }
  if (!rest.startsWith("//")) return PATH.test(rest);
  const slash = rest.indexOf("/", 2);
  const authority = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
  return isAuthority(authority) && PATH.test(slash === -1 ? "" : rest.slice(slash));
}
function isAuthority(authority) {
  const at = authority.indexOf("@");
  if (at !== -1 && !USERINFO.test(authority.slice(0, at))) return false;
  const hostPort = authority.slice(at + 1);
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close === -1) return false;
    const literal = hostPort.slice(1, close);
    const after = hostPort.slice(close + 1);
    return (isIpv6(literal) || IP_FUTURE.test(literal)) && (after === "" || after.startsWith(":") && PORT.test(after.slice(1)));
  }
  const colon = hostPort.lastIndexOf(":");
  const host = colon === -1 ? hostPort : hostPort.slice(0, colon);
  return REG_NAME.test(host) && (colon === -1 || PORT.test(hostPort.slice(colon + 1)));
}
function isByte(text) {
  return text.length % 4 === 0 && BASE64.test(text);
}
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
export {
  isByte,
  isDate,
  isDateTime,
  isEmail,
  isIpv4,
  isIpv6,
  isTime,
  isUri,
  isUuid
};
