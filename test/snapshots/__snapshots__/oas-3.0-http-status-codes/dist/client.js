import * as V from "./validators.js";
import { permissions } from "./permissions.js";
import {
  buildRequest
} from "./runtime/request.js";
import { createTransport } from "./runtime/transport.js";
import {
  ApiError as RuntimeApiError
} from "./runtime/errors.js";
import { readResult } from "./runtime/result.js";
import {
  InvalidRequestError,
  InvalidResponseError,
  NetworkError,
  TimeoutError
} from "./runtime/errors.js";
const ApiError = RuntimeApiError;
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
function readGetStatus100Result(response, options) {
  return readResult(getStatus100Operation, response, options);
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
function readGetStatus101Result(response, options) {
  return readResult(getStatus101Operation, response, options);
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
function readGetStatus102Result(response, options) {
  return readResult(getStatus102Operation, response, options);
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
function readGetStatus103Result(response, options) {
  return readResult(getStatus103Operation, response, options);
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
function readGetStatus200Result(response, options) {
  return readResult(getStatus200Operation, response, options);
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
function readGetStatus201Result(response, options) {
  return readResult(getStatus201Operation, response, options);
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
function readGetStatus202Result(response, options) {
  return readResult(getStatus202Operation, response, options);
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
function readGetStatus203Result(response, options) {
  return readResult(getStatus203Operation, response, options);
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
function readGetStatus204Result(response, options) {
  return readResult(getStatus204Operation, response, options);
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
function readGetStatus205Result(response, options) {
  return readResult(getStatus205Operation, response, options);
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
function readGetStatus206Result(response, options) {
  return readResult(getStatus206Operation, response, options);
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
function readGetStatus207Result(response, options) {
  return readResult(getStatus207Operation, response, options);
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
function readGetStatus208Result(response, options) {
  return readResult(getStatus208Operation, response, options);
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
function readGetStatus218Result(response, options) {
  return readResult(getStatus218Operation, response, options);
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
function readGetStatus226Result(response, options) {
  return readResult(getStatus226Operation, response, options);
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
function readGetStatus300Result(response, options) {
  return readResult(getStatus300Operation, response, options);
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
function readGetStatus301Result(response, options) {
  return readResult(getStatus301Operation, response, options);
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
function readGetStatus302Result(response, options) {
  return readResult(getStatus302Operation, response, options);
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
function readGetStatus303Result(response, options) {
  return readResult(getStatus303Operation, response, options);
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
function readGetStatus304Result(response, options) {
  return readResult(getStatus304Operation, response, options);
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
function readGetStatus305Result(response, options) {
  return readResult(getStatus305Operation, response, options);
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
function readGetStatus306Result(response, options) {
  return readResult(getStatus306Operation, response, options);
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
function readGetStatus307Result(response, options) {
  return readResult(getStatus307Operation, response, options);
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
function readGetStatus308Result(response, options) {
  return readResult(getStatus308Operation, response, options);
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
function readGetStatus400Result(response, options) {
  return readResult(getStatus400Operation, response, options);
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
function readGetStatus401Result(response, options) {
  return readResult(getStatus401Operation, response, options);
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
function readGetStatus402Result(response, options) {
  return readResult(getStatus402Operation, response, options);
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
function readGetStatus403Result(response, options) {
  return readResult(getStatus403Operation, response, options);
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
function readGetStatus404Result(response, options) {
  return readResult(getStatus404Operation, response, options);
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
function readGetStatus405Result(response, options) {
  return readResult(getStatus405Operation, response, options);
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
function readGetStatus406Result(response, options) {
  return readResult(getStatus406Operation, response, options);
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
function readGetStatus407Result(response, options) {
  return readResult(getStatus407Operation, response, options);
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
function readGetStatus408Result(response, options) {
  return readResult(getStatus408Operation, response, options);
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
function readGetStatus409Result(response, options) {
  return readResult(getStatus409Operation, response, options);
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
function readGetStatus410Result(response, options) {
  return readResult(getStatus410Operation, response, options);
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
function readGetStatus411Result(response, options) {
  return readResult(getStatus411Operation, response, options);
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
function readGetStatus412Result(response, options) {
  return readResult(getStatus412Operation, response, options);
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
function readGetStatus413Result(response, options) {
  return readResult(getStatus413Operation, response, options);
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
function readGetStatus414Result(response, options) {
  return readResult(getStatus414Operation, response, options);
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
function readGetStatus415Result(response, options) {
  return readResult(getStatus415Operation, response, options);
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
function readGetStatus416Result(response, options) {
  return readResult(getStatus416Operation, response, options);
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
function readGetStatus417Result(response, options) {
  return readResult(getStatus417Operation, response, options);
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
function readGetStatus418Result(response, options) {
  return readResult(getStatus418Operation, response, options);
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
function readGetStatus419Result(response, options) {
  return readResult(getStatus419Operation, response, options);
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
function readGetStatus420Result(response, options) {
  return readResult(getStatus420Operation, response, options);
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
function readGetStatus421Result(response, options) {
  return readResult(getStatus421Operation, response, options);
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
function readGetStatus422Result(response, options) {
  return readResult(getStatus422Operation, response, options);
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
function readGetStatus423Result(response, options) {
  return readResult(getStatus423Operation, response, options);
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
function readGetStatus424Result(response, options) {
  return readResult(getStatus424Operation, response, options);
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
function readGetStatus425Result(response, options) {
  return readResult(getStatus425Operation, response, options);
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
function readGetStatus426Result(response, options) {
  return readResult(getStatus426Operation, response, options);
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
function readGetStatus428Result(response, options) {
  return readResult(getStatus428Operation, response, options);
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
function readGetStatus429Result(response, options) {
  return readResult(getStatus429Operation, response, options);
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
function readGetStatus430Result(response, options) {
  return readResult(getStatus430Operation, response, options);
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
function readGetStatus431Result(response, options) {
  return readResult(getStatus431Operation, response, options);
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
function readGetStatus440Result(response, options) {
  return readResult(getStatus440Operation, response, options);
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
function readGetStatus444Result(response, options) {
  return readResult(getStatus444Operation, response, options);
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
function readGetStatus449Result(response, options) {
  return readResult(getStatus449Operation, response, options);
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
function readGetStatus450Result(response, options) {
  return readResult(getStatus450Operation, response, options);
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
function readGetStatus451Result(response, options) {
  return readResult(getStatus451Operation, response, options);
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
function readGetStatus494Result(response, options) {
  return readResult(getStatus494Operation, response, options);
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
function readGetStatus495Result(response, options) {
  return readResult(getStatus495Operation, response, options);
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
function readGetStatus496Result(response, options) {
  return readResult(getStatus496Operation, response, options);
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
function readGetStatus497Result(response, options) {
  return readResult(getStatus497Operation, response, options);
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
function readGetStatus498Result(response, options) {
  return readResult(getStatus498Operation, response, options);
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
function readGetStatus499Result(response, options) {
  return readResult(getStatus499Operation, response, options);
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
function readGetStatus500Result(response, options) {
  return readResult(getStatus500Operation, response, options);
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
function readGetStatus501Result(response, options) {
  return readResult(getStatus501Operation, response, options);
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
function readGetStatus502Result(response, options) {
  return readResult(getStatus502Operation, response, options);
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
function readGetStatus503Result(response, options) {
  return readResult(getStatus503Operation, response, options);
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
function readGetStatus504Result(response, options) {
  return readResult(getStatus504Operation, response, options);
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
function readGetStatus505Result(response, options) {
  return readResult(getStatus505Operation, response, options);
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
function readGetStatus506Result(response, options) {
  return readResult(getStatus506Operation, response, options);
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
function readGetStatus507Result(response, options) {
  return readResult(getStatus507Operation, response, options);
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
function readGetStatus508Result(response, options) {
  return readResult(getStatus508Operation, response, options);
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
function readGetStatus509Result(response, options) {
  return readResult(getStatus509Operation, response, options);
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
function readGetStatus510Result(response, options) {
  return readResult(getStatus510Operation, response, options);
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
function readGetStatus511Result(response, options) {
  return readResult(getStatus511Operation, response, options);
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
function readGetStatus512Result(response, options) {
  return readResult(getStatus512Operation, response, options);
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
function readGetStatus520Result(response, options) {
  return readResult(getStatus520Operation, response, options);
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
function readGetStatus522Result(response, options) {
  return readResult(getStatus522Operation, response, options);
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
function readGetStatus523Result(response, options) {
  return readResult(getStatus523Operation, response, options);
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
function readGetStatus524Result(response, options) {
  return readResult(getStatus524Operation, response, options);
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
function readGetStatus525Result(response, options) {
  return readResult(getStatus525Operation, response, options);
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
function readGetStatus526Result(response, options) {
  return readResult(getStatus526Operation, response, options);
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
function readGetStatus527Result(response, options) {
  return readResult(getStatus527Operation, response, options);
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
function readGetStatus529Result(response, options) {
  return readResult(getStatus529Operation, response, options);
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
function readGetStatus530Result(response, options) {
  return readResult(getStatus530Operation, response, options);
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
function readGetStatus598Result(response, options) {
  return readResult(getStatus598Operation, response, options);
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
              {
                permissions: permissions.getStatus100,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus100Operation,
                  (build) => buildGetStatus100Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus101,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus101Operation,
                  (build) => buildGetStatus101Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus102,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus102Operation,
                  (build) => buildGetStatus102Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus103,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus103Operation,
                  (build) => buildGetStatus103Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus200,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus200Operation,
                  (build) => buildGetStatus200Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus201,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus201Operation,
                  (build) => buildGetStatus201Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus202,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus202Operation,
                  (build) => buildGetStatus202Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus203,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus203Operation,
                  (build) => buildGetStatus203Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus204,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus204Operation,
                  (build) => buildGetStatus204Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus205,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus205Operation,
                  (build) => buildGetStatus205Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus206,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus206Operation,
                  (build) => buildGetStatus206Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus207,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus207Operation,
                  (build) => buildGetStatus207Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus208,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus208Operation,
                  (build) => buildGetStatus208Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus218,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus218Operation,
                  (build) => buildGetStatus218Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus226,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus226Operation,
                  (build) => buildGetStatus226Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus300,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus300Operation,
                  (build) => buildGetStatus300Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus301,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus301Operation,
                  (build) => buildGetStatus301Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus302,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus302Operation,
                  (build) => buildGetStatus302Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus303,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus303Operation,
                  (build) => buildGetStatus303Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus304,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus304Operation,
                  (build) => buildGetStatus304Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus305,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus305Operation,
                  (build) => buildGetStatus305Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus306,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus306Operation,
                  (build) => buildGetStatus306Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus307,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus307Operation,
                  (build) => buildGetStatus307Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus308,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus308Operation,
                  (build) => buildGetStatus308Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus400,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus400Operation,
                  (build) => buildGetStatus400Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus401,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus401Operation,
                  (build) => buildGetStatus401Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus402,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus402Operation,
                  (build) => buildGetStatus402Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus403,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus403Operation,
                  (build) => buildGetStatus403Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus404,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus404Operation,
                  (build) => buildGetStatus404Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus405,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus405Operation,
                  (build) => buildGetStatus405Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus406,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus406Operation,
                  (build) => buildGetStatus406Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus407,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus407Operation,
                  (build) => buildGetStatus407Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus408,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus408Operation,
                  (build) => buildGetStatus408Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus409,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus409Operation,
                  (build) => buildGetStatus409Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus410,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus410Operation,
                  (build) => buildGetStatus410Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus411,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus411Operation,
                  (build) => buildGetStatus411Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus412,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus412Operation,
                  (build) => buildGetStatus412Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus413,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus413Operation,
                  (build) => buildGetStatus413Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus414,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus414Operation,
                  (build) => buildGetStatus414Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus415,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus415Operation,
                  (build) => buildGetStatus415Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus416,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus416Operation,
                  (build) => buildGetStatus416Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus417,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus417Operation,
                  (build) => buildGetStatus417Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus418,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus418Operation,
                  (build) => buildGetStatus418Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus419,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus419Operation,
                  (build) => buildGetStatus419Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus420,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus420Operation,
                  (build) => buildGetStatus420Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus421,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus421Operation,
                  (build) => buildGetStatus421Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus422,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus422Operation,
                  (build) => buildGetStatus422Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus423,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus423Operation,
                  (build) => buildGetStatus423Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus424,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus424Operation,
                  (build) => buildGetStatus424Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus425,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus425Operation,
                  (build) => buildGetStatus425Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus426,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus426Operation,
                  (build) => buildGetStatus426Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus428,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus428Operation,
                  (build) => buildGetStatus428Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus429,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus429Operation,
                  (build) => buildGetStatus429Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus430,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus430Operation,
                  (build) => buildGetStatus430Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus431,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus431Operation,
                  (build) => buildGetStatus431Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus440,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus440Operation,
                  (build) => buildGetStatus440Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus444,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus444Operation,
                  (build) => buildGetStatus444Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus449,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus449Operation,
                  (build) => buildGetStatus449Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus450,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus450Operation,
                  (build) => buildGetStatus450Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus451,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus451Operation,
                  (build) => buildGetStatus451Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus494,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus494Operation,
                  (build) => buildGetStatus494Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus495,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus495Operation,
                  (build) => buildGetStatus495Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus496,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus496Operation,
                  (build) => buildGetStatus496Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus497,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus497Operation,
                  (build) => buildGetStatus497Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus498,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus498Operation,
                  (build) => buildGetStatus498Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus499,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus499Operation,
                  (build) => buildGetStatus499Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus500,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus500Operation,
                  (build) => buildGetStatus500Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus501,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus501Operation,
                  (build) => buildGetStatus501Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus502,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus502Operation,
                  (build) => buildGetStatus502Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus503,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus503Operation,
                  (build) => buildGetStatus503Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus504,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus504Operation,
                  (build) => buildGetStatus504Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus505,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus505Operation,
                  (build) => buildGetStatus505Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus506,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus506Operation,
                  (build) => buildGetStatus506Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus507,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus507Operation,
                  (build) => buildGetStatus507Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus508,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus508Operation,
                  (build) => buildGetStatus508Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus509,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus509Operation,
                  (build) => buildGetStatus509Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus510,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus510Operation,
                  (build) => buildGetStatus510Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus511,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus511Operation,
                  (build) => buildGetStatus511Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus512,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus512Operation,
                  (build) => buildGetStatus512Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus520,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus520Operation,
                  (build) => buildGetStatus520Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus522,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus522Operation,
                  (build) => buildGetStatus522Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus523,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus523Operation,
                  (build) => buildGetStatus523Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus524,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus524Operation,
                  (build) => buildGetStatus524Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus525,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus525Operation,
                  (build) => buildGetStatus525Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus526,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus526Operation,
                  (build) => buildGetStatus526Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus527,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus527Operation,
                  (build) => buildGetStatus527Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus529,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus529Operation,
                  (build) => buildGetStatus529Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus530,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus530Operation,
                  (build) => buildGetStatus530Request({}, build),
                  callOptions
                )
              }
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
              {
                permissions: permissions.getStatus598,
                safe: (callOptions = {}) => transport.sendResult(
                  getStatus598Operation,
                  (build) => buildGetStatus598Request({}, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    }
  };
}
export {
  ApiError,
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
  createClient,
  readGetStatus100Result,
  readGetStatus101Result,
  readGetStatus102Result,
  readGetStatus103Result,
  readGetStatus200Result,
  readGetStatus201Result,
  readGetStatus202Result,
  readGetStatus203Result,
  readGetStatus204Result,
  readGetStatus205Result,
  readGetStatus206Result,
  readGetStatus207Result,
  readGetStatus208Result,
  readGetStatus218Result,
  readGetStatus226Result,
  readGetStatus300Result,
  readGetStatus301Result,
  readGetStatus302Result,
  readGetStatus303Result,
  readGetStatus304Result,
  readGetStatus305Result,
  readGetStatus306Result,
  readGetStatus307Result,
  readGetStatus308Result,
  readGetStatus400Result,
  readGetStatus401Result,
  readGetStatus402Result,
  readGetStatus403Result,
  readGetStatus404Result,
  readGetStatus405Result,
  readGetStatus406Result,
  readGetStatus407Result,
  readGetStatus408Result,
  readGetStatus409Result,
  readGetStatus410Result,
  readGetStatus411Result,
  readGetStatus412Result,
  readGetStatus413Result,
  readGetStatus414Result,
  readGetStatus415Result,
  readGetStatus416Result,
  readGetStatus417Result,
  readGetStatus418Result,
  readGetStatus419Result,
  readGetStatus420Result,
  readGetStatus421Result,
  readGetStatus422Result,
  readGetStatus423Result,
  readGetStatus424Result,
  readGetStatus425Result,
  readGetStatus426Result,
  readGetStatus428Result,
  readGetStatus429Result,
  readGetStatus430Result,
  readGetStatus431Result,
  readGetStatus440Result,
  readGetStatus444Result,
  readGetStatus449Result,
  readGetStatus450Result,
  readGetStatus451Result,
  readGetStatus494Result,
  readGetStatus495Result,
  readGetStatus496Result,
  readGetStatus497Result,
  readGetStatus498Result,
  readGetStatus499Result,
  readGetStatus500Result,
  readGetStatus501Result,
  readGetStatus502Result,
  readGetStatus503Result,
  readGetStatus504Result,
  readGetStatus505Result,
  readGetStatus506Result,
  readGetStatus507Result,
  readGetStatus508Result,
  readGetStatus509Result,
  readGetStatus510Result,
  readGetStatus511Result,
  readGetStatus512Result,
  readGetStatus520Result,
  readGetStatus522Result,
  readGetStatus523Result,
  readGetStatus524Result,
  readGetStatus525Result,
  readGetStatus526Result,
  readGetStatus527Result,
  readGetStatus529Result,
  readGetStatus530Result,
  readGetStatus598Result
};
