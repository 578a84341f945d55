import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const route$getStatus100 = {
  operation: "getStatus100",
  method: "GET",
  path: "/status/100",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus101 = {
  operation: "getStatus101",
  method: "GET",
  path: "/status/101",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus102 = {
  operation: "getStatus102",
  method: "GET",
  path: "/status/102",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus103 = {
  operation: "getStatus103",
  method: "GET",
  path: "/status/103",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus200 = {
  operation: "getStatus200",
  method: "GET",
  path: "/status/200",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus201 = {
  operation: "getStatus201",
  method: "GET",
  path: "/status/201",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 201, media: null },
  resource: null
};
const route$getStatus202 = {
  operation: "getStatus202",
  method: "GET",
  path: "/status/202",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 202, media: null },
  resource: null
};
const route$getStatus203 = {
  operation: "getStatus203",
  method: "GET",
  path: "/status/203",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 203, media: null },
  resource: null
};
const route$getStatus204 = {
  operation: "getStatus204",
  method: "GET",
  path: "/status/204",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 204, media: null },
  resource: null
};
const route$getStatus205 = {
  operation: "getStatus205",
  method: "GET",
  path: "/status/205",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 205, media: null },
  resource: null
};
const route$getStatus206 = {
  operation: "getStatus206",
  method: "GET",
  path: "/status/206",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 206, media: null },
  resource: null
};
const route$getStatus207 = {
  operation: "getStatus207",
  method: "GET",
  path: "/status/207",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 207, media: null },
  resource: null
};
const route$getStatus208 = {
  operation: "getStatus208",
  method: "GET",
  path: "/status/208",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 208, media: null },
  resource: null
};
const route$getStatus218 = {
  operation: "getStatus218",
  method: "GET",
  path: "/status/218",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 218, media: null },
  resource: null
};
const route$getStatus226 = {
  operation: "getStatus226",
  method: "GET",
  path: "/status/226",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 226, media: null },
  resource: null
};
const route$getStatus300 = {
  operation: "getStatus300",
  method: "GET",
  path: "/status/300",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus301 = {
  operation: "getStatus301",
  method: "GET",
  path: "/status/301",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus302 = {
  operation: "getStatus302",
  method: "GET",
  path: "/status/302",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus303 = {
  operation: "getStatus303",
  method: "GET",
  path: "/status/303",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus304 = {
  operation: "getStatus304",
  method: "GET",
  path: "/status/304",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus305 = {
  operation: "getStatus305",
  method: "GET",
  path: "/status/305",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus306 = {
  operation: "getStatus306",
  method: "GET",
  path: "/status/306",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus307 = {
  operation: "getStatus307",
  method: "GET",
  path: "/status/307",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus308 = {
  operation: "getStatus308",
  method: "GET",
  path: "/status/308",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus400 = {
  operation: "getStatus400",
  method: "GET",
  path: "/status/400",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus401 = {
  operation: "getStatus401",
  method: "GET",
  path: "/status/401",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus402 = {
  operation: "getStatus402",
  method: "GET",
  path: "/status/402",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus403 = {
  operation: "getStatus403",
  method: "GET",
  path: "/status/403",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus404 = {
  operation: "getStatus404",
  method: "GET",
  path: "/status/404",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus405 = {
  operation: "getStatus405",
  method: "GET",
  path: "/status/405",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus406 = {
  operation: "getStatus406",
  method: "GET",
  path: "/status/406",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus407 = {
  operation: "getStatus407",
  method: "GET",
  path: "/status/407",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus408 = {
  operation: "getStatus408",
  method: "GET",
  path: "/status/408",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus409 = {
  operation: "getStatus409",
  method: "GET",
  path: "/status/409",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus410 = {
  operation: "getStatus410",
  method: "GET",
  path: "/status/410",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus411 = {
  operation: "getStatus411",
  method: "GET",
  path: "/status/411",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus412 = {
  operation: "getStatus412",
  method: "GET",
  path: "/status/412",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus413 = {
  operation: "getStatus413",
  method: "GET",
  path: "/status/413",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus414 = {
  operation: "getStatus414",
  method: "GET",
  path: "/status/414",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus415 = {
  operation: "getStatus415",
  method: "GET",
  path: "/status/415",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus416 = {
  operation: "getStatus416",
  method: "GET",
  path: "/status/416",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus417 = {
  operation: "getStatus417",
  method: "GET",
  path: "/status/417",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus418 = {
  operation: "getStatus418",
  method: "GET",
  path: "/status/418",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus419 = {
  operation: "getStatus419",
  method: "GET",
  path: "/status/419",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus420 = {
  operation: "getStatus420",
  method: "GET",
  path: "/status/420",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus421 = {
  operation: "getStatus421",
  method: "GET",
  path: "/status/421",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus422 = {
  operation: "getStatus422",
  method: "GET",
  path: "/status/422",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus423 = {
  operation: "getStatus423",
  method: "GET",
  path: "/status/423",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus424 = {
  operation: "getStatus424",
  method: "GET",
  path: "/status/424",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus425 = {
  operation: "getStatus425",
  method: "GET",
  path: "/status/425",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus426 = {
  operation: "getStatus426",
  method: "GET",
  path: "/status/426",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus428 = {
  operation: "getStatus428",
  method: "GET",
  path: "/status/428",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus429 = {
  operation: "getStatus429",
  method: "GET",
  path: "/status/429",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus430 = {
  operation: "getStatus430",
  method: "GET",
  path: "/status/430",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus431 = {
  operation: "getStatus431",
  method: "GET",
  path: "/status/431",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus440 = {
  operation: "getStatus440",
  method: "GET",
  path: "/status/440",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus444 = {
  operation: "getStatus444",
  method: "GET",
  path: "/status/444",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus449 = {
  operation: "getStatus449",
  method: "GET",
  path: "/status/449",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus450 = {
  operation: "getStatus450",
  method: "GET",
  path: "/status/450",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus451 = {
  operation: "getStatus451",
  method: "GET",
  path: "/status/451",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus494 = {
  operation: "getStatus494",
  method: "GET",
  path: "/status/494",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus495 = {
  operation: "getStatus495",
  method: "GET",
  path: "/status/495",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus496 = {
  operation: "getStatus496",
  method: "GET",
  path: "/status/496",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus497 = {
  operation: "getStatus497",
  method: "GET",
  path: "/status/497",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus498 = {
  operation: "getStatus498",
  method: "GET",
  path: "/status/498",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus499 = {
  operation: "getStatus499",
  method: "GET",
  path: "/status/499",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus500 = {
  operation: "getStatus500",
  method: "GET",
  path: "/status/500",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus501 = {
  operation: "getStatus501",
  method: "GET",
  path: "/status/501",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus502 = {
  operation: "getStatus502",
  method: "GET",
  path: "/status/502",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus503 = {
  operation: "getStatus503",
  method: "GET",
  path: "/status/503",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus504 = {
  operation: "getStatus504",
  method: "GET",
  path: "/status/504",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus505 = {
  operation: "getStatus505",
  method: "GET",
  path: "/status/505",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus506 = {
  operation: "getStatus506",
  method: "GET",
  path: "/status/506",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus507 = {
  operation: "getStatus507",
  method: "GET",
  path: "/status/507",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus508 = {
  operation: "getStatus508",
  method: "GET",
  path: "/status/508",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus509 = {
  operation: "getStatus509",
  method: "GET",
  path: "/status/509",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus510 = {
  operation: "getStatus510",
  method: "GET",
  path: "/status/510",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus511 = {
  operation: "getStatus511",
  method: "GET",
  path: "/status/511",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus512 = {
  operation: "getStatus512",
  method: "GET",
  path: "/status/512",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus520 = {
  operation: "getStatus520",
  method: "GET",
  path: "/status/520",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus522 = {
  operation: "getStatus522",
  method: "GET",
  path: "/status/522",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus523 = {
  operation: "getStatus523",
  method: "GET",
  path: "/status/523",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus524 = {
  operation: "getStatus524",
  method: "GET",
  path: "/status/524",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus525 = {
  operation: "getStatus525",
  method: "GET",
  path: "/status/525",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus526 = {
  operation: "getStatus526",
  method: "GET",
  path: "/status/526",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus527 = {
  operation: "getStatus527",
  method: "GET",
  path: "/status/527",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus529 = {
  operation: "getStatus529",
  method: "GET",
  path: "/status/529",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus530 = {
  operation: "getStatus530",
  method: "GET",
  path: "/status/530",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const route$getStatus598 = {
  operation: "getStatus598",
  method: "GET",
  path: "/status/598",
  server: null,
  security: null,
  requestBody: null,
  response: { status: 200, media: null },
  resource: null
};
const MOCK_ROUTES = [
  route$getStatus100,
  route$getStatus101,
  route$getStatus102,
  route$getStatus103,
  route$getStatus200,
  route$getStatus201,
  route$getStatus202,
  route$getStatus203,
  route$getStatus204,
  route$getStatus205,
  route$getStatus206,
  route$getStatus207,
  route$getStatus208,
  route$getStatus218,
  route$getStatus226,
  route$getStatus300,
  route$getStatus301,
  route$getStatus302,
  route$getStatus303,
  route$getStatus304,
  route$getStatus305,
  route$getStatus306,
  route$getStatus307,
  route$getStatus308,
  route$getStatus400,
  route$getStatus401,
  route$getStatus402,
  route$getStatus403,
  route$getStatus404,
  route$getStatus405,
  route$getStatus406,
  route$getStatus407,
  route$getStatus408,
  route$getStatus409,
  route$getStatus410,
  route$getStatus411,
  route$getStatus412,
  route$getStatus413,
  route$getStatus414,
  route$getStatus415,
  route$getStatus416,
  route$getStatus417,
  route$getStatus418,
  route$getStatus419,
  route$getStatus420,
  route$getStatus421,
  route$getStatus422,
  route$getStatus423,
  route$getStatus424,
  route$getStatus425,
  route$getStatus426,
  route$getStatus428,
  route$getStatus429,
  route$getStatus430,
  route$getStatus431,
  route$getStatus440,
  route$getStatus444,
  route$getStatus449,
  route$getStatus450,
  route$getStatus451,
  route$getStatus494,
  route$getStatus495,
  route$getStatus496,
  route$getStatus497,
  route$getStatus498,
  route$getStatus499,
  route$getStatus500,
  route$getStatus501,
  route$getStatus502,
  route$getStatus503,
  route$getStatus504,
  route$getStatus505,
  route$getStatus506,
  route$getStatus507,
  route$getStatus508,
  route$getStatus509,
  route$getStatus510,
  route$getStatus511,
  route$getStatus512,
  route$getStatus520,
  route$getStatus522,
  route$getStatus523,
  route$getStatus524,
  route$getStatus525,
  route$getStatus526,
  route$getStatus527,
  route$getStatus529,
  route$getStatus530,
  route$getStatus598
];
const MOCK_SEED_DATA = {};
function createMockApi(options = {}) {
  return createMockCore(
    { routes: MOCK_ROUTES, seed: MOCK_SEED_DATA, baseUrl: MOCK_BASE_URL },
    options
  );
}
export {
  MOCK_BASE_URL,
  MOCK_ROUTES,
  MOCK_SEED_DATA,
  createMockApi
};
