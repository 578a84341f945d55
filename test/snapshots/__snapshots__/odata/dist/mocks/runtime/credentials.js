function missingCredentials(request, url, security) {
  if (security === null || security.length === 0) return void 0;
  if (security.some((alternative) => alternative.every((scheme) => present(request, url, scheme))))
    return void 0;
  const wanted = security.map((alternative) => alternative.map(describe).join(" and ")).join(", or ");
  const challenges = [
    ...new Set(
      security.flat().flatMap(
        (s) => s.kind === "basic" ? ['Basic realm="mock"'] : s.kind === "bearer" ? ['Bearer realm="mock"'] : []
      )
    )
  ];
  return {
    message: `Missing or invalid credentials: the operation needs ${wanted}.`,
    challenge: challenges.join(", ")
  };
}
function present(request, url, scheme) {
  switch (scheme.kind) {
    case "apiKey":
      if (scheme.in === "header") return nonEmpty(request.headers.get(scheme.name));
      if (scheme.in === "query") return nonEmpty(url.searchParams.get(scheme.name));
      return nonEmpty(cookie(request.headers.get("cookie"), scheme.name));
    case "basic":
      return basicUser(request.headers.get("authorization")) !== void 0;
    case "bearer":
      return /^Bearer [A-Za-z0-9\-._~+/]+=*$/i.test(request.headers.get("authorization") ?? "");
    case "other":
      return true;
  }
}
function describe(scheme) {
  if (scheme.kind === "apiKey")
    return `the API key ${scheme.in === "query" ? "query parameter" : scheme.in} "${scheme.name}" (${scheme.scheme})`;
  if (scheme.kind === "basic") return `HTTP Basic credentials (${scheme.scheme})`;
  if (scheme.kind === "bearer") return `a Bearer token (${scheme.scheme})`;
  return `the scheme ${scheme.scheme}`;
}
function nonEmpty(value) {
  return value !== null && value !== void 0 && value !== "";
}
function cookie(header, name) {
  if (header === null) return void 0;
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const key = pair.slice(0, at).trim();
    if (key !== name && safeDecode(key) !== name) continue;
    return safeDecode(pair.slice(at + 1).trim());
  }
  return void 0;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function basicUser(header) {
  const match = /^Basic ([A-Za-z0-9+/]+=*)$/i.exec(header ?? "");
  if (match === null) return void 0;
  let text;
  try {
    const binary = atob(match[1]);
    text = new TextDecoder("utf-8", { fatal: true }).decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0))
    );
  } catch {
    return void 0;
  }
  const colon = text.indexOf(":");
  return colon < 0 ? void 0 : text.slice(0, colon);
}
export {
  basicUser,
  missingCredentials
};
