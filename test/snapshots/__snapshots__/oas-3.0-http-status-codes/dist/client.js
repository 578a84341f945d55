import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
import { CrossOriginLinkError } from "./runtime/paging.js";
function assertValid(result, subject) {
  if (!result.ok) throw new V.ValidationError(result.issues, subject);
}
const getStatus100Operation = {
  method: "GET",
  pathTemplate: "/status/100",
  path: ["/status/100"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus100Request(parameters = {}, options) {
  return buildRequest(getStatus100Operation, parameters, void 0, options);
}
const getStatus101Operation = {
  method: "GET",
  pathTemplate: "/status/101",
  path: ["/status/101"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus101Request(parameters = {}, options) {
  return buildRequest(getStatus101Operation, parameters, void 0, options);
}
const getStatus102Operation = {
  method: "GET",
  pathTemplate: "/status/102",
  path: ["/status/102"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus102Request(parameters = {}, options) {
  return buildRequest(getStatus102Operation, parameters, void 0, options);
}
const getStatus103Operation = {
  method: "GET",
  pathTemplate: "/status/103",
  path: ["/status/103"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus103Request(parameters = {}, options) {
  return buildRequest(getStatus103Operation, parameters, void 0, options);
}
const getStatus200Operation = {
  method: "GET",
  pathTemplate: "/status/200",
  path: ["/status/200"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus200Request(parameters = {}, options) {
  return buildRequest(getStatus200Operation, parameters, void 0, options);
}
const getStatus201Operation = {
  method: "GET",
  pathTemplate: "/status/201",
  path: ["/status/201"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus201Request(parameters = {}, options) {
  return buildRequest(getStatus201Operation, parameters, void 0, options);
}
const getStatus202Operation = {
  method: "GET",
  pathTemplate: "/status/202",
  path: ["/status/202"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus202Request(parameters = {}, options) {
  return buildRequest(getStatus202Operation, parameters, void 0, options);
}
const getStatus203Operation = {
  method: "GET",
  pathTemplate: "/status/203",
  path: ["/status/203"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus203Request(parameters = {}, options) {
  return buildRequest(getStatus203Operation, parameters, void 0, options);
}
const getStatus204Operation = {
  method: "GET",
  pathTemplate: "/status/204",
  path: ["/status/204"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus204Request(parameters = {}, options) {
  return buildRequest(getStatus204Operation, parameters, void 0, options);
}
const getStatus205Operation = {
  method: "GET",
  pathTemplate: "/status/205",
  path: ["/status/205"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus205Request(parameters = {}, options) {
  return buildRequest(getStatus205Operation, parameters, void 0, options);
}
const getStatus206Operation = {
  method: "GET",
  pathTemplate: "/status/206",
  path: ["/status/206"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus206Request(parameters = {}, options) {
  return buildRequest(getStatus206Operation, parameters, void 0, options);
}
const getStatus207Operation = {
  method: "GET",
  pathTemplate: "/status/207",
  path: ["/status/207"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus207Request(parameters = {}, options) {
  return buildRequest(getStatus207Operation, parameters, void 0, options);
}
const getStatus208Operation = {
  method: "GET",
  pathTemplate: "/status/208",
  path: ["/status/208"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus208Request(parameters = {}, options) {
  return buildRequest(getStatus208Operation, parameters, void 0, options);
}
const getStatus218Operation = {
  method: "GET",
  pathTemplate: "/status/218",
  path: ["/status/218"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus218Request(parameters = {}, options) {
  return buildRequest(getStatus218Operation, parameters, void 0, options);
}
const getStatus226Operation = {
  method: "GET",
  pathTemplate: "/status/226",
  path: ["/status/226"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus226Request(parameters = {}, options) {
  return buildRequest(getStatus226Operation, parameters, void 0, options);
}
const getStatus300Operation = {
  method: "GET",
  pathTemplate: "/status/300",
  path: ["/status/300"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus300Request(parameters = {}, options) {
  return buildRequest(getStatus300Operation, parameters, void 0, options);
}
const getStatus301Operation = {
  method: "GET",
  pathTemplate: "/status/301",
  path: ["/status/301"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus301Request(parameters = {}, options) {
  return buildRequest(getStatus301Operation, parameters, void 0, options);
}
const getStatus302Operation = {
  method: "GET",
  pathTemplate: "/status/302",
  path: ["/status/302"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus302Request(parameters = {}, options) {
  return buildRequest(getStatus302Operation, parameters, void 0, options);
}
const getStatus303Operation = {
  method: "GET",
  pathTemplate: "/status/303",
  path: ["/status/303"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus303Request(parameters = {}, options) {
  return buildRequest(getStatus303Operation, parameters, void 0, options);
}
const getStatus304Operation = {
  method: "GET",
  pathTemplate: "/status/304",
  path: ["/status/304"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus304Request(parameters = {}, options) {
  return buildRequest(getStatus304Operation, parameters, void 0, options);
}
const getStatus305Operation = {
  method: "GET",
  pathTemplate: "/status/305",
  path: ["/status/305"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus305Request(parameters = {}, options) {
  return buildRequest(getStatus305Operation, parameters, void 0, options);
}
const getStatus306Operation = {
  method: "GET",
  pathTemplate: "/status/306",
  path: ["/status/306"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus306Request(parameters = {}, options) {
  return buildRequest(getStatus306Operation, parameters, void 0, options);
}
const getStatus307Operation = {
  method: "GET",
  pathTemplate: "/status/307",
  path: ["/status/307"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus307Request(parameters = {}, options) {
  return buildRequest(getStatus307Operation, parameters, void 0, options);
}
const getStatus308Operation = {
  method: "GET",
  pathTemplate: "/status/308",
  path: ["/status/308"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus308Request(parameters = {}, options) {
  return buildRequest(getStatus308Operation, parameters, void 0, options);
}
const getStatus400Operation = {
  method: "GET",
  pathTemplate: "/status/400",
  path: ["/status/400"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus400Request(parameters = {}, options) {
  return buildRequest(getStatus400Operation, parameters, void 0, options);
}
const getStatus401Operation = {
  method: "GET",
  pathTemplate: "/status/401",
  path: ["/status/401"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus401Request(parameters = {}, options) {
  return buildRequest(getStatus401Operation, parameters, void 0, options);
}
const getStatus402Operation = {
  method: "GET",
  pathTemplate: "/status/402",
  path: ["/status/402"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus402Request(parameters = {}, options) {
  return buildRequest(getStatus402Operation, parameters, void 0, options);
}
const getStatus403Operation = {
  method: "GET",
  pathTemplate: "/status/403",
  path: ["/status/403"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus403Request(parameters = {}, options) {
  return buildRequest(getStatus403Operation, parameters, void 0, options);
}
const getStatus404Operation = {
  method: "GET",
  pathTemplate: "/status/404",
  path: ["/status/404"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus404Request(parameters = {}, options) {
  return buildRequest(getStatus404Operation, parameters, void 0, options);
}
const getStatus405Operation = {
  method: "GET",
  pathTemplate: "/status/405",
  path: ["/status/405"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus405Request(parameters = {}, options) {
  return buildRequest(getStatus405Operation, parameters, void 0, options);
}
const getStatus406Operation = {
  method: "GET",
  pathTemplate: "/status/406",
  path: ["/status/406"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus406Request(parameters = {}, options) {
  return buildRequest(getStatus406Operation, parameters, void 0, options);
}
const getStatus407Operation = {
  method: "GET",
  pathTemplate: "/status/407",
  path: ["/status/407"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus407Request(parameters = {}, options) {
  return buildRequest(getStatus407Operation, parameters, void 0, options);
}
const getStatus408Operation = {
  method: "GET",
  pathTemplate: "/status/408",
  path: ["/status/408"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus408Request(parameters = {}, options) {
  return buildRequest(getStatus408Operation, parameters, void 0, options);
}
const getStatus409Operation = {
  method: "GET",
  pathTemplate: "/status/409",
  path: ["/status/409"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus409Request(parameters = {}, options) {
  return buildRequest(getStatus409Operation, parameters, void 0, options);
}
const getStatus410Operation = {
  method: "GET",
  pathTemplate: "/status/410",
  path: ["/status/410"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus410Request(parameters = {}, options) {
  return buildRequest(getStatus410Operation, parameters, void 0, options);
}
const getStatus411Operation = {
  method: "GET",
  pathTemplate: "/status/411",
  path: ["/status/411"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus411Request(parameters = {}, options) {
  return buildRequest(getStatus411Operation, parameters, void 0, options);
}
const getStatus412Operation = {
  method: "GET",
  pathTemplate: "/status/412",
  path: ["/status/412"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus412Request(parameters = {}, options) {
  return buildRequest(getStatus412Operation, parameters, void 0, options);
}
const getStatus413Operation = {
  method: "GET",
  pathTemplate: "/status/413",
  path: ["/status/413"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus413Request(parameters = {}, options) {
  return buildRequest(getStatus413Operation, parameters, void 0, options);
}
const getStatus414Operation = {
  method: "GET",
  pathTemplate: "/status/414",
  path: ["/status/414"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus414Request(parameters = {}, options) {
  return buildRequest(getStatus414Operation, parameters, void 0, options);
}
const getStatus415Operation = {
  method: "GET",
  pathTemplate: "/status/415",
  path: ["/status/415"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus415Request(parameters = {}, options) {
  return buildRequest(getStatus415Operation, parameters, void 0, options);
}
const getStatus416Operation = {
  method: "GET",
  pathTemplate: "/status/416",
  path: ["/status/416"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus416Request(parameters = {}, options) {
  return buildRequest(getStatus416Operation, parameters, void 0, options);
}
const getStatus417Operation = {
  method: "GET",
  pathTemplate: "/status/417",
  path: ["/status/417"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus417Request(parameters = {}, options) {
  return buildRequest(getStatus417Operation, parameters, void 0, options);
}
const getStatus418Operation = {
  method: "GET",
  pathTemplate: "/status/418",
  path: ["/status/418"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus418Request(parameters = {}, options) {
  return buildRequest(getStatus418Operation, parameters, void 0, options);
}
const getStatus419Operation = {
  method: "GET",
  pathTemplate: "/status/419",
  path: ["/status/419"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus419Request(parameters = {}, options) {
  return buildRequest(getStatus419Operation, parameters, void 0, options);
}
const getStatus420Operation = {
  method: "GET",
  pathTemplate: "/status/420",
  path: ["/status/420"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus420Request(parameters = {}, options) {
  return buildRequest(getStatus420Operation, parameters, void 0, options);
}
const getStatus421Operation = {
  method: "GET",
  pathTemplate: "/status/421",
  path: ["/status/421"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus421Request(parameters = {}, options) {
  return buildRequest(getStatus421Operation, parameters, void 0, options);
}
const getStatus422Operation = {
  method: "GET",
  pathTemplate: "/status/422",
  path: ["/status/422"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus422Request(parameters = {}, options) {
  return buildRequest(getStatus422Operation, parameters, void 0, options);
}
const getStatus423Operation = {
  method: "GET",
  pathTemplate: "/status/423",
  path: ["/status/423"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus423Request(parameters = {}, options) {
  return buildRequest(getStatus423Operation, parameters, void 0, options);
}
const getStatus424Operation = {
  method: "GET",
  pathTemplate: "/status/424",
  path: ["/status/424"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus424Request(parameters = {}, options) {
  return buildRequest(getStatus424Operation, parameters, void 0, options);
}
const getStatus425Operation = {
  method: "GET",
  pathTemplate: "/status/425",
  path: ["/status/425"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus425Request(parameters = {}, options) {
  return buildRequest(getStatus425Operation, parameters, void 0, options);
}
const getStatus426Operation = {
  method: "GET",
  pathTemplate: "/status/426",
  path: ["/status/426"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus426Request(parameters = {}, options) {
  return buildRequest(getStatus426Operation, parameters, void 0, options);
}
const getStatus428Operation = {
  method: "GET",
  pathTemplate: "/status/428",
  path: ["/status/428"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus428Request(parameters = {}, options) {
  return buildRequest(getStatus428Operation, parameters, void 0, options);
}
const getStatus429Operation = {
  method: "GET",
  pathTemplate: "/status/429",
  path: ["/status/429"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus429Request(parameters = {}, options) {
  return buildRequest(getStatus429Operation, parameters, void 0, options);
}
const getStatus430Operation = {
  method: "GET",
  pathTemplate: "/status/430",
  path: ["/status/430"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus430Request(parameters = {}, options) {
  return buildRequest(getStatus430Operation, parameters, void 0, options);
}
const getStatus431Operation = {
  method: "GET",
  pathTemplate: "/status/431",
  path: ["/status/431"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus431Request(parameters = {}, options) {
  return buildRequest(getStatus431Operation, parameters, void 0, options);
}
const getStatus440Operation = {
  method: "GET",
  pathTemplate: "/status/440",
  path: ["/status/440"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus440Request(parameters = {}, options) {
  return buildRequest(getStatus440Operation, parameters, void 0, options);
}
const getStatus444Operation = {
  method: "GET",
  pathTemplate: "/status/444",
  path: ["/status/444"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus444Request(parameters = {}, options) {
  return buildRequest(getStatus444Operation, parameters, void 0, options);
}
const getStatus449Operation = {
  method: "GET",
  pathTemplate: "/status/449",
  path: ["/status/449"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus449Request(parameters = {}, options) {
  return buildRequest(getStatus449Operation, parameters, void 0, options);
}
const getStatus450Operation = {
  method: "GET",
  pathTemplate: "/status/450",
  path: ["/status/450"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus450Request(parameters = {}, options) {
  return buildRequest(getStatus450Operation, parameters, void 0, options);
}
const getStatus451Operation = {
  method: "GET",
  pathTemplate: "/status/451",
  path: ["/status/451"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus451Request(parameters = {}, options) {
  return buildRequest(getStatus451Operation, parameters, void 0, options);
}
const getStatus494Operation = {
  method: "GET",
  pathTemplate: "/status/494",
  path: ["/status/494"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus494Request(parameters = {}, options) {
  return buildRequest(getStatus494Operation, parameters, void 0, options);
}
const getStatus495Operation = {
  method: "GET",
  pathTemplate: "/status/495",
  path: ["/status/495"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus495Request(parameters = {}, options) {
  return buildRequest(getStatus495Operation, parameters, void 0, options);
}
const getStatus496Operation = {
  method: "GET",
  pathTemplate: "/status/496",
  path: ["/status/496"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus496Request(parameters = {}, options) {
  return buildRequest(getStatus496Operation, parameters, void 0, options);
}
const getStatus497Operation = {
  method: "GET",
  pathTemplate: "/status/497",
  path: ["/status/497"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus497Request(parameters = {}, options) {
  return buildRequest(getStatus497Operation, parameters, void 0, options);
}
const getStatus498Operation = {
  method: "GET",
  pathTemplate: "/status/498",
  path: ["/status/498"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus498Request(parameters = {}, options) {
  return buildRequest(getStatus498Operation, parameters, void 0, options);
}
const getStatus499Operation = {
  method: "GET",
  pathTemplate: "/status/499",
  path: ["/status/499"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus499Request(parameters = {}, options) {
  return buildRequest(getStatus499Operation, parameters, void 0, options);
}
const getStatus500Operation = {
  method: "GET",
  pathTemplate: "/status/500",
  path: ["/status/500"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus500Request(parameters = {}, options) {
  return buildRequest(getStatus500Operation, parameters, void 0, options);
}
const getStatus501Operation = {
  method: "GET",
  pathTemplate: "/status/501",
  path: ["/status/501"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus501Request(parameters = {}, options) {
  return buildRequest(getStatus501Operation, parameters, void 0, options);
}
const getStatus502Operation = {
  method: "GET",
  pathTemplate: "/status/502",
  path: ["/status/502"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus502Request(parameters = {}, options) {
  return buildRequest(getStatus502Operation, parameters, void 0, options);
}
const getStatus503Operation = {
  method: "GET",
  pathTemplate: "/status/503",
  path: ["/status/503"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus503Request(parameters = {}, options) {
  return buildRequest(getStatus503Operation, parameters, void 0, options);
}
const getStatus504Operation = {
  method: "GET",
  pathTemplate: "/status/504",
  path: ["/status/504"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus504Request(parameters = {}, options) {
  return buildRequest(getStatus504Operation, parameters, void 0, options);
}
const getStatus505Operation = {
  method: "GET",
  pathTemplate: "/status/505",
  path: ["/status/505"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus505Request(parameters = {}, options) {
  return buildRequest(getStatus505Operation, parameters, void 0, options);
}
const getStatus506Operation = {
  method: "GET",
  pathTemplate: "/status/506",
  path: ["/status/506"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus506Request(parameters = {}, options) {
  return buildRequest(getStatus506Operation, parameters, void 0, options);
}
const getStatus507Operation = {
  method: "GET",
  pathTemplate: "/status/507",
  path: ["/status/507"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus507Request(parameters = {}, options) {
  return buildRequest(getStatus507Operation, parameters, void 0, options);
}
const getStatus508Operation = {
  method: "GET",
  pathTemplate: "/status/508",
  path: ["/status/508"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus508Request(parameters = {}, options) {
  return buildRequest(getStatus508Operation, parameters, void 0, options);
}
const getStatus509Operation = {
  method: "GET",
  pathTemplate: "/status/509",
  path: ["/status/509"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus509Request(parameters = {}, options) {
  return buildRequest(getStatus509Operation, parameters, void 0, options);
}
const getStatus510Operation = {
  method: "GET",
  pathTemplate: "/status/510",
  path: ["/status/510"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus510Request(parameters = {}, options) {
  return buildRequest(getStatus510Operation, parameters, void 0, options);
}
const getStatus511Operation = {
  method: "GET",
  pathTemplate: "/status/511",
  path: ["/status/511"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus511Request(parameters = {}, options) {
  return buildRequest(getStatus511Operation, parameters, void 0, options);
}
const getStatus512Operation = {
  method: "GET",
  pathTemplate: "/status/512",
  path: ["/status/512"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus512Request(parameters = {}, options) {
  return buildRequest(getStatus512Operation, parameters, void 0, options);
}
const getStatus520Operation = {
  method: "GET",
  pathTemplate: "/status/520",
  path: ["/status/520"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus520Request(parameters = {}, options) {
  return buildRequest(getStatus520Operation, parameters, void 0, options);
}
const getStatus522Operation = {
  method: "GET",
  pathTemplate: "/status/522",
  path: ["/status/522"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus522Request(parameters = {}, options) {
  return buildRequest(getStatus522Operation, parameters, void 0, options);
}
const getStatus523Operation = {
  method: "GET",
  pathTemplate: "/status/523",
  path: ["/status/523"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus523Request(parameters = {}, options) {
  return buildRequest(getStatus523Operation, parameters, void 0, options);
}
const getStatus524Operation = {
  method: "GET",
  pathTemplate: "/status/524",
  path: ["/status/524"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus524Request(parameters = {}, options) {
  return buildRequest(getStatus524Operation, parameters, void 0, options);
}
const getStatus525Operation = {
  method: "GET",
  pathTemplate: "/status/525",
  path: ["/status/525"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus525Request(parameters = {}, options) {
  return buildRequest(getStatus525Operation, parameters, void 0, options);
}
const getStatus526Operation = {
  method: "GET",
  pathTemplate: "/status/526",
  path: ["/status/526"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus526Request(parameters = {}, options) {
  return buildRequest(getStatus526Operation, parameters, void 0, options);
}
const getStatus527Operation = {
  method: "GET",
  pathTemplate: "/status/527",
  path: ["/status/527"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus527Request(parameters = {}, options) {
  return buildRequest(getStatus527Operation, parameters, void 0, options);
}
const getStatus529Operation = {
  method: "GET",
  pathTemplate: "/status/529",
  path: ["/status/529"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus529Request(parameters = {}, options) {
  return buildRequest(getStatus529Operation, parameters, void 0, options);
}
const getStatus530Operation = {
  method: "GET",
  pathTemplate: "/status/530",
  path: ["/status/530"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus530Request(parameters = {}, options) {
  return buildRequest(getStatus530Operation, parameters, void 0, options);
}
const getStatus598Operation = {
  method: "GET",
  pathTemplate: "/status/598",
  path: ["/status/598"],
  parameters: [],
  baseUrl: "https://httpbin.org",
  bearerAuth: false,
  response: "none"
};
function buildGetStatus598Request(parameters = {}, options) {
  return buildRequest(getStatus598Operation, parameters, void 0, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get status() {
      return {
        get _100() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus100Operation,
                (build) => buildGetStatus100Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus100 }
            )
          };
        },
        get _101() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus101Operation,
                (build) => buildGetStatus101Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus101 }
            )
          };
        },
        get _102() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus102Operation,
                (build) => buildGetStatus102Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus102 }
            )
          };
        },
        get _103() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus103Operation,
                (build) => buildGetStatus103Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus103 }
            )
          };
        },
        get _200() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus200Operation,
                (build) => buildGetStatus200Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus200 }
            )
          };
        },
        get _201() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus201Operation,
                (build) => buildGetStatus201Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus201 }
            )
          };
        },
        get _202() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus202Operation,
                (build) => buildGetStatus202Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus202 }
            )
          };
        },
        get _203() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus203Operation,
                (build) => buildGetStatus203Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus203 }
            )
          };
        },
        get _204() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus204Operation,
                (build) => buildGetStatus204Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus204 }
            )
          };
        },
        get _205() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus205Operation,
                (build) => buildGetStatus205Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus205 }
            )
          };
        },
        get _206() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus206Operation,
                (build) => buildGetStatus206Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus206 }
            )
          };
        },
        get _207() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus207Operation,
                (build) => buildGetStatus207Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus207 }
            )
          };
        },
        get _208() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus208Operation,
                (build) => buildGetStatus208Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus208 }
            )
          };
        },
        get _218() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus218Operation,
                (build) => buildGetStatus218Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus218 }
            )
          };
        },
        get _226() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus226Operation,
                (build) => buildGetStatus226Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus226 }
            )
          };
        },
        get _300() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus300Operation,
                (build) => buildGetStatus300Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus300 }
            )
          };
        },
        get _301() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus301Operation,
                (build) => buildGetStatus301Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus301 }
            )
          };
        },
        get _302() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus302Operation,
                (build) => buildGetStatus302Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus302 }
            )
          };
        },
        get _303() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus303Operation,
                (build) => buildGetStatus303Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus303 }
            )
          };
        },
        get _304() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus304Operation,
                (build) => buildGetStatus304Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus304 }
            )
          };
        },
        get _305() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus305Operation,
                (build) => buildGetStatus305Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus305 }
            )
          };
        },
        get _306() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus306Operation,
                (build) => buildGetStatus306Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus306 }
            )
          };
        },
        get _307() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus307Operation,
                (build) => buildGetStatus307Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus307 }
            )
          };
        },
        get _308() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus308Operation,
                (build) => buildGetStatus308Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus308 }
            )
          };
        },
        get _400() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus400Operation,
                (build) => buildGetStatus400Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus400 }
            )
          };
        },
        get _401() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus401Operation,
                (build) => buildGetStatus401Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus401 }
            )
          };
        },
        get _402() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus402Operation,
                (build) => buildGetStatus402Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus402 }
            )
          };
        },
        get _403() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus403Operation,
                (build) => buildGetStatus403Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus403 }
            )
          };
        },
        get _404() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus404Operation,
                (build) => buildGetStatus404Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus404 }
            )
          };
        },
        get _405() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus405Operation,
                (build) => buildGetStatus405Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus405 }
            )
          };
        },
        get _406() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus406Operation,
                (build) => buildGetStatus406Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus406 }
            )
          };
        },
        get _407() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus407Operation,
                (build) => buildGetStatus407Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus407 }
            )
          };
        },
        get _408() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus408Operation,
                (build) => buildGetStatus408Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus408 }
            )
          };
        },
        get _409() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus409Operation,
                (build) => buildGetStatus409Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus409 }
            )
          };
        },
        get _410() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus410Operation,
                (build) => buildGetStatus410Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus410 }
            )
          };
        },
        get _411() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus411Operation,
                (build) => buildGetStatus411Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus411 }
            )
          };
        },
        get _412() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus412Operation,
                (build) => buildGetStatus412Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus412 }
            )
          };
        },
        get _413() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus413Operation,
                (build) => buildGetStatus413Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus413 }
            )
          };
        },
        get _414() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus414Operation,
                (build) => buildGetStatus414Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus414 }
            )
          };
        },
        get _415() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus415Operation,
                (build) => buildGetStatus415Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus415 }
            )
          };
        },
        get _416() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus416Operation,
                (build) => buildGetStatus416Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus416 }
            )
          };
        },
        get _417() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus417Operation,
                (build) => buildGetStatus417Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus417 }
            )
          };
        },
        get _418() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus418Operation,
                (build) => buildGetStatus418Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus418 }
            )
          };
        },
        get _419() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus419Operation,
                (build) => buildGetStatus419Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus419 }
            )
          };
        },
        get _420() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus420Operation,
                (build) => buildGetStatus420Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus420 }
            )
          };
        },
        get _421() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus421Operation,
                (build) => buildGetStatus421Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus421 }
            )
          };
        },
        get _422() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus422Operation,
                (build) => buildGetStatus422Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus422 }
            )
          };
        },
        get _423() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus423Operation,
                (build) => buildGetStatus423Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus423 }
            )
          };
        },
        get _424() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus424Operation,
                (build) => buildGetStatus424Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus424 }
            )
          };
        },
        get _425() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus425Operation,
                (build) => buildGetStatus425Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus425 }
            )
          };
        },
        get _426() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus426Operation,
                (build) => buildGetStatus426Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus426 }
            )
          };
        },
        get _428() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus428Operation,
                (build) => buildGetStatus428Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus428 }
            )
          };
        },
        get _429() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus429Operation,
                (build) => buildGetStatus429Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus429 }
            )
          };
        },
        get _430() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus430Operation,
                (build) => buildGetStatus430Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus430 }
            )
          };
        },
        get _431() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus431Operation,
                (build) => buildGetStatus431Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus431 }
            )
          };
        },
        get _440() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus440Operation,
                (build) => buildGetStatus440Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus440 }
            )
          };
        },
        get _444() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus444Operation,
                (build) => buildGetStatus444Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus444 }
            )
          };
        },
        get _449() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus449Operation,
                (build) => buildGetStatus449Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus449 }
            )
          };
        },
        get _450() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus450Operation,
                (build) => buildGetStatus450Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus450 }
            )
          };
        },
        get _451() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus451Operation,
                (build) => buildGetStatus451Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus451 }
            )
          };
        },
        get _494() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus494Operation,
                (build) => buildGetStatus494Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus494 }
            )
          };
        },
        get _495() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus495Operation,
                (build) => buildGetStatus495Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus495 }
            )
          };
        },
        get _496() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus496Operation,
                (build) => buildGetStatus496Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus496 }
            )
          };
        },
        get _497() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus497Operation,
                (build) => buildGetStatus497Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus497 }
            )
          };
        },
        get _498() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus498Operation,
                (build) => buildGetStatus498Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus498 }
            )
          };
        },
        get _499() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus499Operation,
                (build) => buildGetStatus499Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus499 }
            )
          };
        },
        get _500() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus500Operation,
                (build) => buildGetStatus500Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus500 }
            )
          };
        },
        get _501() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus501Operation,
                (build) => buildGetStatus501Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus501 }
            )
          };
        },
        get _502() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus502Operation,
                (build) => buildGetStatus502Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus502 }
            )
          };
        },
        get _503() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus503Operation,
                (build) => buildGetStatus503Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus503 }
            )
          };
        },
        get _504() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus504Operation,
                (build) => buildGetStatus504Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus504 }
            )
          };
        },
        get _505() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus505Operation,
                (build) => buildGetStatus505Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus505 }
            )
          };
        },
        get _506() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus506Operation,
                (build) => buildGetStatus506Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus506 }
            )
          };
        },
        get _507() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus507Operation,
                (build) => buildGetStatus507Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus507 }
            )
          };
        },
        get _508() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus508Operation,
                (build) => buildGetStatus508Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus508 }
            )
          };
        },
        get _509() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus509Operation,
                (build) => buildGetStatus509Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus509 }
            )
          };
        },
        get _510() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus510Operation,
                (build) => buildGetStatus510Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus510 }
            )
          };
        },
        get _511() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus511Operation,
                (build) => buildGetStatus511Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus511 }
            )
          };
        },
        get _512() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus512Operation,
                (build) => buildGetStatus512Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus512 }
            )
          };
        },
        get _520() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus520Operation,
                (build) => buildGetStatus520Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus520 }
            )
          };
        },
        get _522() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus522Operation,
                (build) => buildGetStatus522Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus522 }
            )
          };
        },
        get _523() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus523Operation,
                (build) => buildGetStatus523Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus523 }
            )
          };
        },
        get _524() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus524Operation,
                (build) => buildGetStatus524Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus524 }
            )
          };
        },
        get _525() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus525Operation,
                (build) => buildGetStatus525Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus525 }
            )
          };
        },
        get _526() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus526Operation,
                (build) => buildGetStatus526Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus526 }
            )
          };
        },
        get _527() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus527Operation,
                (build) => buildGetStatus527Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus527 }
            )
          };
        },
        get _529() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus529Operation,
                (build) => buildGetStatus529Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus529 }
            )
          };
        },
        get _530() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus530Operation,
                (build) => buildGetStatus530Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus530 }
            )
          };
        },
        get _598() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStatus598Operation,
                (build) => buildGetStatus598Request({}, build),
                callOptions
              ),
              { permissions: permissions.getStatus598 }
            )
          };
        }
      };
    }
  };
}
export {
  ApiError,
  CrossOriginLinkError,
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  buildGetStatus100Request,
  buildGetStatus101Request,
  buildGetStatus102Request,
  buildGetStatus103Request,
  buildGetStatus200Request,
  buildGetStatus201Request,
  buildGetStatus202Request,
  buildGetStatus203Request,
  buildGetStatus204Request,
  buildGetStatus205Request,
  buildGetStatus206Request,
  buildGetStatus207Request,
  buildGetStatus208Request,
  buildGetStatus218Request,
  buildGetStatus226Request,
  buildGetStatus300Request,
  buildGetStatus301Request,
  buildGetStatus302Request,
  buildGetStatus303Request,
  buildGetStatus304Request,
  buildGetStatus305Request,
  buildGetStatus306Request,
  buildGetStatus307Request,
  buildGetStatus308Request,
  buildGetStatus400Request,
  buildGetStatus401Request,
  buildGetStatus402Request,
  buildGetStatus403Request,
  buildGetStatus404Request,
  buildGetStatus405Request,
  buildGetStatus406Request,
  buildGetStatus407Request,
  buildGetStatus408Request,
  buildGetStatus409Request,
  buildGetStatus410Request,
  buildGetStatus411Request,
  buildGetStatus412Request,
  buildGetStatus413Request,
  buildGetStatus414Request,
  buildGetStatus415Request,
  buildGetStatus416Request,
  buildGetStatus417Request,
  buildGetStatus418Request,
  buildGetStatus419Request,
  buildGetStatus420Request,
  buildGetStatus421Request,
  buildGetStatus422Request,
  buildGetStatus423Request,
  buildGetStatus424Request,
  buildGetStatus425Request,
  buildGetStatus426Request,
  buildGetStatus428Request,
  buildGetStatus429Request,
  buildGetStatus430Request,
  buildGetStatus431Request,
  buildGetStatus440Request,
  buildGetStatus444Request,
  buildGetStatus449Request,
  buildGetStatus450Request,
  buildGetStatus451Request,
  buildGetStatus494Request,
  buildGetStatus495Request,
  buildGetStatus496Request,
  buildGetStatus497Request,
  buildGetStatus498Request,
  buildGetStatus499Request,
  buildGetStatus500Request,
  buildGetStatus501Request,
  buildGetStatus502Request,
  buildGetStatus503Request,
  buildGetStatus504Request,
  buildGetStatus505Request,
  buildGetStatus506Request,
  buildGetStatus507Request,
  buildGetStatus508Request,
  buildGetStatus509Request,
  buildGetStatus510Request,
  buildGetStatus511Request,
  buildGetStatus512Request,
  buildGetStatus520Request,
  buildGetStatus522Request,
  buildGetStatus523Request,
  buildGetStatus524Request,
  buildGetStatus525Request,
  buildGetStatus526Request,
  buildGetStatus527Request,
  buildGetStatus529Request,
  buildGetStatus530Request,
  buildGetStatus598Request,
  createClient
};
