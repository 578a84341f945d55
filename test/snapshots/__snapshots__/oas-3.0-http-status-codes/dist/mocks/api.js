import {
  createMockCore
} from "./runtime/core.js";
const MOCK_BASE_URL = "https://httpbin.org";
const MOCK_ROUTES = [
  {
    operation: "getStatus100",
    method: "GET",
    path: "/status/100",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus101",
    method: "GET",
    path: "/status/101",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus102",
    method: "GET",
    path: "/status/102",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus103",
    method: "GET",
    path: "/status/103",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus200",
    method: "GET",
    path: "/status/200",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus201",
    method: "GET",
    path: "/status/201",
    requestBody: null,
    response: { status: 201, media: null },
    resource: null
  },
  {
    operation: "getStatus202",
    method: "GET",
    path: "/status/202",
    requestBody: null,
    response: { status: 202, media: null },
    resource: null
  },
  {
    operation: "getStatus203",
    method: "GET",
    path: "/status/203",
    requestBody: null,
    response: { status: 203, media: null },
    resource: null
  },
  {
    operation: "getStatus204",
    method: "GET",
    path: "/status/204",
    requestBody: null,
    response: { status: 204, media: null },
    resource: null
  },
  {
    operation: "getStatus205",
    method: "GET",
    path: "/status/205",
    requestBody: null,
    response: { status: 205, media: null },
    resource: null
  },
  {
    operation: "getStatus206",
    method: "GET",
    path: "/status/206",
    requestBody: null,
    response: { status: 206, media: null },
    resource: null
  },
  {
    operation: "getStatus207",
    method: "GET",
    path: "/status/207",
    requestBody: null,
    response: { status: 207, media: null },
    resource: null
  },
  {
    operation: "getStatus208",
    method: "GET",
    path: "/status/208",
    requestBody: null,
    response: { status: 208, media: null },
    resource: null
  },
  {
    operation: "getStatus218",
    method: "GET",
    path: "/status/218",
    requestBody: null,
    response: { status: 218, media: null },
    resource: null
  },
  {
    operation: "getStatus226",
    method: "GET",
    path: "/status/226",
    requestBody: null,
    response: { status: 226, media: null },
    resource: null
  },
  {
    operation: "getStatus300",
    method: "GET",
    path: "/status/300",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus301",
    method: "GET",
    path: "/status/301",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus302",
    method: "GET",
    path: "/status/302",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus303",
    method: "GET",
    path: "/status/303",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus304",
    method: "GET",
    path: "/status/304",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus305",
    method: "GET",
    path: "/status/305",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus306",
    method: "GET",
    path: "/status/306",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus307",
    method: "GET",
    path: "/status/307",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus308",
    method: "GET",
    path: "/status/308",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus400",
    method: "GET",
    path: "/status/400",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus401",
    method: "GET",
    path: "/status/401",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus402",
    method: "GET",
    path: "/status/402",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus403",
    method: "GET",
    path: "/status/403",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus404",
    method: "GET",
    path: "/status/404",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus405",
    method: "GET",
    path: "/status/405",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus406",
    method: "GET",
    path: "/status/406",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus407",
    method: "GET",
    path: "/status/407",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus408",
    method: "GET",
    path: "/status/408",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus409",
    method: "GET",
    path: "/status/409",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus410",
    method: "GET",
    path: "/status/410",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus411",
    method: "GET",
    path: "/status/411",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus412",
    method: "GET",
    path: "/status/412",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus413",
    method: "GET",
    path: "/status/413",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus414",
    method: "GET",
    path: "/status/414",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus415",
    method: "GET",
    path: "/status/415",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus416",
    method: "GET",
    path: "/status/416",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus417",
    method: "GET",
    path: "/status/417",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus418",
    method: "GET",
    path: "/status/418",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus419",
    method: "GET",
    path: "/status/419",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus420",
    method: "GET",
    path: "/status/420",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus421",
    method: "GET",
    path: "/status/421",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus422",
    method: "GET",
    path: "/status/422",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus423",
    method: "GET",
    path: "/status/423",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus424",
    method: "GET",
    path: "/status/424",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus425",
    method: "GET",
    path: "/status/425",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus426",
    method: "GET",
    path: "/status/426",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus428",
    method: "GET",
    path: "/status/428",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus429",
    method: "GET",
    path: "/status/429",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus430",
    method: "GET",
    path: "/status/430",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus431",
    method: "GET",
    path: "/status/431",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus440",
    method: "GET",
    path: "/status/440",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus444",
    method: "GET",
    path: "/status/444",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus449",
    method: "GET",
    path: "/status/449",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus450",
    method: "GET",
    path: "/status/450",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus451",
    method: "GET",
    path: "/status/451",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus494",
    method: "GET",
    path: "/status/494",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus495",
    method: "GET",
    path: "/status/495",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus496",
    method: "GET",
    path: "/status/496",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus497",
    method: "GET",
    path: "/status/497",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus498",
    method: "GET",
    path: "/status/498",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus499",
    method: "GET",
    path: "/status/499",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus500",
    method: "GET",
    path: "/status/500",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus501",
    method: "GET",
    path: "/status/501",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus502",
    method: "GET",
    path: "/status/502",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus503",
    method: "GET",
    path: "/status/503",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus504",
    method: "GET",
    path: "/status/504",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus505",
    method: "GET",
    path: "/status/505",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus506",
    method: "GET",
    path: "/status/506",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus507",
    method: "GET",
    path: "/status/507",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus508",
    method: "GET",
    path: "/status/508",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus509",
    method: "GET",
    path: "/status/509",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus510",
    method: "GET",
    path: "/status/510",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus511",
    method: "GET",
    path: "/status/511",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus512",
    method: "GET",
    path: "/status/512",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus520",
    method: "GET",
    path: "/status/520",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus522",
    method: "GET",
    path: "/status/522",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus523",
    method: "GET",
    path: "/status/523",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus524",
    method: "GET",
    path: "/status/524",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus525",
    method: "GET",
    path: "/status/525",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus526",
    method: "GET",
    path: "/status/526",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus527",
    method: "GET",
    path: "/status/527",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus529",
    method: "GET",
    path: "/status/529",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus530",
    method: "GET",
    path: "/status/530",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  },
  {
    operation: "getStatus598",
    method: "GET",
    path: "/status/598",
    requestBody: null,
    response: { status: 200, media: null },
    resource: null
  }
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
