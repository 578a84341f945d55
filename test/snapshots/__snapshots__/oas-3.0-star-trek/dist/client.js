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
const getAnimalOperation = {
  method: "GET",
  pathTemplate: "/animal",
  path: ["/animal"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnimalResponse(value),
    "GET /animal response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /animal default error body");
  }
};
function buildGetAnimalRequest(parameters, options) {
  return buildRequest(getAnimalOperation, parameters, void 0, options);
}
function readGetAnimalResult(response, options) {
  return readResult(getAnimalOperation, response, options);
}
const getAnimalSearchOperation = {
  method: "GET",
  pathTemplate: "/animal/search",
  path: ["/animal/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAnimalSearchResponse(value),
    "GET /animal/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /animal/search default error body");
  }
};
function buildGetAnimalSearchRequest(parameters = {}, options) {
  return buildRequest(getAnimalSearchOperation, parameters, void 0, options);
}
function readGetAnimalSearchResult(response, options) {
  return readResult(getAnimalSearchOperation, response, options);
}
const postAnimalSearchOperation = {
  method: "POST",
  pathTemplate: "/animal/search",
  path: ["/animal/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostAnimalSearchRequestBody(value),
    "POST /animal/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostAnimalSearchResponse(value),
    "POST /animal/search response body"
  )
};
function buildPostAnimalSearchRequest(parameters = {}, body, options) {
  return buildRequest(postAnimalSearchOperation, parameters, body, options);
}
function readPostAnimalSearchResult(response, options) {
  return readResult(postAnimalSearchOperation, response, options);
}
const getAstronomicalObjectOperation = {
  method: "GET",
  pathTemplate: "/astronomicalObject",
  path: ["/astronomicalObject"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAstronomicalObjectResponse(value),
    "GET /astronomicalObject response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /astronomicalObject default error body");
  }
};
function buildGetAstronomicalObjectRequest(parameters, options) {
  return buildRequest(getAstronomicalObjectOperation, parameters, void 0, options);
}
function readGetAstronomicalObjectResult(response, options) {
  return readResult(getAstronomicalObjectOperation, response, options);
}
const getAstronomicalObjectSearchOperation = {
  method: "GET",
  pathTemplate: "/astronomicalObject/search",
  path: ["/astronomicalObject/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetAstronomicalObjectSearchResponse(value),
    "GET /astronomicalObject/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /astronomicalObject/search default error body");
  }
};
function buildGetAstronomicalObjectSearchRequest(parameters = {}, options) {
  return buildRequest(getAstronomicalObjectSearchOperation, parameters, void 0, options);
}
function readGetAstronomicalObjectSearchResult(response, options) {
  return readResult(getAstronomicalObjectSearchOperation, response, options);
}
const postAstronomicalObjectSearchOperation = {
  method: "POST",
  pathTemplate: "/astronomicalObject/search",
  path: ["/astronomicalObject/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostAstronomicalObjectSearchRequestBody(value),
    "POST /astronomicalObject/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostAstronomicalObjectSearchResponse(value),
    "POST /astronomicalObject/search response body"
  )
};
function buildPostAstronomicalObjectSearchRequest(parameters = {}, body, options) {
  return buildRequest(postAstronomicalObjectSearchOperation, parameters, body, options);
}
function readPostAstronomicalObjectSearchResult(response, options) {
  return readResult(postAstronomicalObjectSearchOperation, response, options);
}
const getBookOperation = {
  method: "GET",
  pathTemplate: "/book",
  path: ["/book"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBookResponse(value),
    "GET /book response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /book default error body");
  }
};
function buildGetBookRequest(parameters, options) {
  return buildRequest(getBookOperation, parameters, void 0, options);
}
function readGetBookResult(response, options) {
  return readResult(getBookOperation, response, options);
}
const getBookSearchOperation = {
  method: "GET",
  pathTemplate: "/book/search",
  path: ["/book/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBookSearchResponse(value),
    "GET /book/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /book/search default error body");
  }
};
function buildGetBookSearchRequest(parameters = {}, options) {
  return buildRequest(getBookSearchOperation, parameters, void 0, options);
}
function readGetBookSearchResult(response, options) {
  return readResult(getBookSearchOperation, response, options);
}
const postBookSearchOperation = {
  method: "POST",
  pathTemplate: "/book/search",
  path: ["/book/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostBookSearchRequestBody(value),
    "POST /book/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostBookSearchResponse(value),
    "POST /book/search response body"
  )
};
function buildPostBookSearchRequest(parameters = {}, body, options) {
  return buildRequest(postBookSearchOperation, parameters, body, options);
}
function readPostBookSearchResult(response, options) {
  return readResult(postBookSearchOperation, response, options);
}
const getBookCollectionOperation = {
  method: "GET",
  pathTemplate: "/bookCollection",
  path: ["/bookCollection"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBookCollectionResponse(value),
    "GET /bookCollection response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /bookCollection default error body");
  }
};
function buildGetBookCollectionRequest(parameters, options) {
  return buildRequest(getBookCollectionOperation, parameters, void 0, options);
}
function readGetBookCollectionResult(response, options) {
  return readResult(getBookCollectionOperation, response, options);
}
const getBookCollectionSearchOperation = {
  method: "GET",
  pathTemplate: "/bookCollection/search",
  path: ["/bookCollection/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBookCollectionSearchResponse(value),
    "GET /bookCollection/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /bookCollection/search default error body");
  }
};
function buildGetBookCollectionSearchRequest(parameters = {}, options) {
  return buildRequest(getBookCollectionSearchOperation, parameters, void 0, options);
}
function readGetBookCollectionSearchResult(response, options) {
  return readResult(getBookCollectionSearchOperation, response, options);
}
const postBookCollectionSearchOperation = {
  method: "POST",
  pathTemplate: "/bookCollection/search",
  path: ["/bookCollection/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostBookCollectionSearchRequestBody(value),
    "POST /bookCollection/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostBookCollectionSearchResponse(value),
    "POST /bookCollection/search response body"
  )
};
function buildPostBookCollectionSearchRequest(parameters = {}, body, options) {
  return buildRequest(postBookCollectionSearchOperation, parameters, body, options);
}
function readPostBookCollectionSearchResult(response, options) {
  return readResult(postBookCollectionSearchOperation, response, options);
}
const getBookSeriesOperation = {
  method: "GET",
  pathTemplate: "/bookSeries",
  path: ["/bookSeries"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBookSeriesResponse(value),
    "GET /bookSeries response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /bookSeries default error body");
  }
};
function buildGetBookSeriesRequest(parameters, options) {
  return buildRequest(getBookSeriesOperation, parameters, void 0, options);
}
function readGetBookSeriesResult(response, options) {
  return readResult(getBookSeriesOperation, response, options);
}
const getBookSeriesSearchOperation = {
  method: "GET",
  pathTemplate: "/bookSeries/search",
  path: ["/bookSeries/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBookSeriesSearchResponse(value),
    "GET /bookSeries/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /bookSeries/search default error body");
  }
};
function buildGetBookSeriesSearchRequest(parameters = {}, options) {
  return buildRequest(getBookSeriesSearchOperation, parameters, void 0, options);
}
function readGetBookSeriesSearchResult(response, options) {
  return readResult(getBookSeriesSearchOperation, response, options);
}
const postBookSeriesSearchOperation = {
  method: "POST",
  pathTemplate: "/bookSeries/search",
  path: ["/bookSeries/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostBookSeriesSearchRequestBody(value),
    "POST /bookSeries/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostBookSeriesSearchResponse(value),
    "POST /bookSeries/search response body"
  )
};
function buildPostBookSeriesSearchRequest(parameters = {}, body, options) {
  return buildRequest(postBookSeriesSearchOperation, parameters, body, options);
}
function readPostBookSeriesSearchResult(response, options) {
  return readResult(postBookSeriesSearchOperation, response, options);
}
const getCharacterOperation = {
  method: "GET",
  pathTemplate: "/character",
  path: ["/character"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCharacterResponse(value),
    "GET /character response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /character default error body");
  }
};
function buildGetCharacterRequest(parameters, options) {
  return buildRequest(getCharacterOperation, parameters, void 0, options);
}
function readGetCharacterResult(response, options) {
  return readResult(getCharacterOperation, response, options);
}
const getCharacterSearchOperation = {
  method: "GET",
  pathTemplate: "/character/search",
  path: ["/character/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCharacterSearchResponse(value),
    "GET /character/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /character/search default error body");
  }
};
function buildGetCharacterSearchRequest(parameters = {}, options) {
  return buildRequest(getCharacterSearchOperation, parameters, void 0, options);
}
function readGetCharacterSearchResult(response, options) {
  return readResult(getCharacterSearchOperation, response, options);
}
const postCharacterSearchOperation = {
  method: "POST",
  pathTemplate: "/character/search",
  path: ["/character/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostCharacterSearchRequestBody(value),
    "POST /character/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostCharacterSearchResponse(value),
    "POST /character/search response body"
  )
};
function buildPostCharacterSearchRequest(parameters = {}, body, options) {
  return buildRequest(postCharacterSearchOperation, parameters, body, options);
}
function readPostCharacterSearchResult(response, options) {
  return readResult(postCharacterSearchOperation, response, options);
}
const getComicCollectionOperation = {
  method: "GET",
  pathTemplate: "/comicCollection",
  path: ["/comicCollection"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetComicCollectionResponse(value),
    "GET /comicCollection response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /comicCollection default error body");
  }
};
function buildGetComicCollectionRequest(parameters, options) {
  return buildRequest(getComicCollectionOperation, parameters, void 0, options);
}
function readGetComicCollectionResult(response, options) {
  return readResult(getComicCollectionOperation, response, options);
}
const getComicCollectionSearchOperation = {
  method: "GET",
  pathTemplate: "/comicCollection/search",
  path: ["/comicCollection/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetComicCollectionSearchResponse(value),
    "GET /comicCollection/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /comicCollection/search default error body");
  }
};
function buildGetComicCollectionSearchRequest(parameters = {}, options) {
  return buildRequest(getComicCollectionSearchOperation, parameters, void 0, options);
}
function readGetComicCollectionSearchResult(response, options) {
  return readResult(getComicCollectionSearchOperation, response, options);
}
const postComicCollectionSearchOperation = {
  method: "POST",
  pathTemplate: "/comicCollection/search",
  path: ["/comicCollection/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostComicCollectionSearchRequestBody(value),
    "POST /comicCollection/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostComicCollectionSearchResponse(value),
    "POST /comicCollection/search response body"
  )
};
function buildPostComicCollectionSearchRequest(parameters = {}, body, options) {
  return buildRequest(postComicCollectionSearchOperation, parameters, body, options);
}
function readPostComicCollectionSearchResult(response, options) {
  return readResult(postComicCollectionSearchOperation, response, options);
}
const getComicSeriesOperation = {
  method: "GET",
  pathTemplate: "/comicSeries",
  path: ["/comicSeries"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetComicSeriesResponse(value),
    "GET /comicSeries response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /comicSeries default error body");
  }
};
function buildGetComicSeriesRequest(parameters, options) {
  return buildRequest(getComicSeriesOperation, parameters, void 0, options);
}
function readGetComicSeriesResult(response, options) {
  return readResult(getComicSeriesOperation, response, options);
}
const getComicSeriesSearchOperation = {
  method: "GET",
  pathTemplate: "/comicSeries/search",
  path: ["/comicSeries/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetComicSeriesSearchResponse(value),
    "GET /comicSeries/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /comicSeries/search default error body");
  }
};
function buildGetComicSeriesSearchRequest(parameters = {}, options) {
  return buildRequest(getComicSeriesSearchOperation, parameters, void 0, options);
}
function readGetComicSeriesSearchResult(response, options) {
  return readResult(getComicSeriesSearchOperation, response, options);
}
const postComicSeriesSearchOperation = {
  method: "POST",
  pathTemplate: "/comicSeries/search",
  path: ["/comicSeries/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostComicSeriesSearchRequestBody(value),
    "POST /comicSeries/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostComicSeriesSearchResponse(value),
    "POST /comicSeries/search response body"
  )
};
function buildPostComicSeriesSearchRequest(parameters = {}, body, options) {
  return buildRequest(postComicSeriesSearchOperation, parameters, body, options);
}
function readPostComicSeriesSearchResult(response, options) {
  return readResult(postComicSeriesSearchOperation, response, options);
}
const getComicStripOperation = {
  method: "GET",
  pathTemplate: "/comicStrip",
  path: ["/comicStrip"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetComicStripResponse(value),
    "GET /comicStrip response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /comicStrip default error body");
  }
};
function buildGetComicStripRequest(parameters, options) {
  return buildRequest(getComicStripOperation, parameters, void 0, options);
}
function readGetComicStripResult(response, options) {
  return readResult(getComicStripOperation, response, options);
}
const getComicStripSearchOperation = {
  method: "GET",
  pathTemplate: "/comicStrip/search",
  path: ["/comicStrip/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetComicStripSearchResponse(value),
    "GET /comicStrip/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /comicStrip/search default error body");
  }
};
function buildGetComicStripSearchRequest(parameters = {}, options) {
  return buildRequest(getComicStripSearchOperation, parameters, void 0, options);
}
function readGetComicStripSearchResult(response, options) {
  return readResult(getComicStripSearchOperation, response, options);
}
const postComicStripSearchOperation = {
  method: "POST",
  pathTemplate: "/comicStrip/search",
  path: ["/comicStrip/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostComicStripSearchRequestBody(value),
    "POST /comicStrip/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostComicStripSearchResponse(value),
    "POST /comicStrip/search response body"
  )
};
function buildPostComicStripSearchRequest(parameters = {}, body, options) {
  return buildRequest(postComicStripSearchOperation, parameters, body, options);
}
function readPostComicStripSearchResult(response, options) {
  return readResult(postComicStripSearchOperation, response, options);
}
const getComicsOperation = {
  method: "GET",
  pathTemplate: "/comics",
  path: ["/comics"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetComicsResponse(value),
    "GET /comics response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /comics default error body");
  }
};
function buildGetComicsRequest(parameters, options) {
  return buildRequest(getComicsOperation, parameters, void 0, options);
}
function readGetComicsResult(response, options) {
  return readResult(getComicsOperation, response, options);
}
const getComicsSearchOperation = {
  method: "GET",
  pathTemplate: "/comics/search",
  path: ["/comics/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetComicsSearchResponse(value),
    "GET /comics/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /comics/search default error body");
  }
};
function buildGetComicsSearchRequest(parameters = {}, options) {
  return buildRequest(getComicsSearchOperation, parameters, void 0, options);
}
function readGetComicsSearchResult(response, options) {
  return readResult(getComicsSearchOperation, response, options);
}
const postComicsSearchOperation = {
  method: "POST",
  pathTemplate: "/comics/search",
  path: ["/comics/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostComicsSearchRequestBody(value),
    "POST /comics/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostComicsSearchResponse(value),
    "POST /comics/search response body"
  )
};
function buildPostComicsSearchRequest(parameters = {}, body, options) {
  return buildRequest(postComicsSearchOperation, parameters, body, options);
}
function readPostComicsSearchResult(response, options) {
  return readResult(postComicsSearchOperation, response, options);
}
const getCompanyOperation = {
  method: "GET",
  pathTemplate: "/company",
  path: ["/company"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCompanyResponse(value),
    "GET /company response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /company default error body");
  }
};
function buildGetCompanyRequest(parameters, options) {
  return buildRequest(getCompanyOperation, parameters, void 0, options);
}
function readGetCompanyResult(response, options) {
  return readResult(getCompanyOperation, response, options);
}
const getCompanySearchOperation = {
  method: "GET",
  pathTemplate: "/company/search",
  path: ["/company/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetCompanySearchResponse(value),
    "GET /company/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /company/search default error body");
  }
};
function buildGetCompanySearchRequest(parameters = {}, options) {
  return buildRequest(getCompanySearchOperation, parameters, void 0, options);
}
function readGetCompanySearchResult(response, options) {
  return readResult(getCompanySearchOperation, response, options);
}
const postCompanySearchOperation = {
  method: "POST",
  pathTemplate: "/company/search",
  path: ["/company/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostCompanySearchRequestBody(value),
    "POST /company/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostCompanySearchResponse(value),
    "POST /company/search response body"
  )
};
function buildPostCompanySearchRequest(parameters = {}, body, options) {
  return buildRequest(postCompanySearchOperation, parameters, body, options);
}
function readPostCompanySearchResult(response, options) {
  return readResult(postCompanySearchOperation, response, options);
}
const getConflictOperation = {
  method: "GET",
  pathTemplate: "/conflict",
  path: ["/conflict"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetConflictResponse(value),
    "GET /conflict response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /conflict default error body");
  }
};
function buildGetConflictRequest(parameters, options) {
  return buildRequest(getConflictOperation, parameters, void 0, options);
}
function readGetConflictResult(response, options) {
  return readResult(getConflictOperation, response, options);
}
const getConflictSearchOperation = {
  method: "GET",
  pathTemplate: "/conflict/search",
  path: ["/conflict/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetConflictSearchResponse(value),
    "GET /conflict/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /conflict/search default error body");
  }
};
function buildGetConflictSearchRequest(parameters = {}, options) {
  return buildRequest(getConflictSearchOperation, parameters, void 0, options);
}
function readGetConflictSearchResult(response, options) {
  return readResult(getConflictSearchOperation, response, options);
}
const postConflictSearchOperation = {
  method: "POST",
  pathTemplate: "/conflict/search",
  path: ["/conflict/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostConflictSearchRequestBody(value),
    "POST /conflict/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostConflictSearchResponse(value),
    "POST /conflict/search response body"
  )
};
function buildPostConflictSearchRequest(parameters = {}, body, options) {
  return buildRequest(postConflictSearchOperation, parameters, body, options);
}
function readPostConflictSearchResult(response, options) {
  return readResult(postConflictSearchOperation, response, options);
}
const getElementOperation = {
  method: "GET",
  pathTemplate: "/element",
  path: ["/element"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetElementResponse(value),
    "GET /element response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /element default error body");
  }
};
function buildGetElementRequest(parameters, options) {
  return buildRequest(getElementOperation, parameters, void 0, options);
}
function readGetElementResult(response, options) {
  return readResult(getElementOperation, response, options);
}
const getElementSearchOperation = {
  method: "GET",
  pathTemplate: "/element/search",
  path: ["/element/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetElementSearchResponse(value),
    "GET /element/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /element/search default error body");
  }
};
function buildGetElementSearchRequest(parameters = {}, options) {
  return buildRequest(getElementSearchOperation, parameters, void 0, options);
}
function readGetElementSearchResult(response, options) {
  return readResult(getElementSearchOperation, response, options);
}
const postElementSearchOperation = {
  method: "POST",
  pathTemplate: "/element/search",
  path: ["/element/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostElementSearchRequestBody(value),
    "POST /element/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostElementSearchResponse(value),
    "POST /element/search response body"
  )
};
function buildPostElementSearchRequest(parameters = {}, body, options) {
  return buildRequest(postElementSearchOperation, parameters, body, options);
}
function readPostElementSearchResult(response, options) {
  return readResult(postElementSearchOperation, response, options);
}
const getEpisodeOperation = {
  method: "GET",
  pathTemplate: "/episode",
  path: ["/episode"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetEpisodeResponse(value),
    "GET /episode response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /episode default error body");
  }
};
function buildGetEpisodeRequest(parameters, options) {
  return buildRequest(getEpisodeOperation, parameters, void 0, options);
}
function readGetEpisodeResult(response, options) {
  return readResult(getEpisodeOperation, response, options);
}
const getEpisodeSearchOperation = {
  method: "GET",
  pathTemplate: "/episode/search",
  path: ["/episode/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetEpisodeSearchResponse(value),
    "GET /episode/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /episode/search default error body");
  }
};
function buildGetEpisodeSearchRequest(parameters = {}, options) {
  return buildRequest(getEpisodeSearchOperation, parameters, void 0, options);
}
function readGetEpisodeSearchResult(response, options) {
  return readResult(getEpisodeSearchOperation, response, options);
}
const postEpisodeSearchOperation = {
  method: "POST",
  pathTemplate: "/episode/search",
  path: ["/episode/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostEpisodeSearchRequestBody(value),
    "POST /episode/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostEpisodeSearchResponse(value),
    "POST /episode/search response body"
  )
};
function buildPostEpisodeSearchRequest(parameters = {}, body, options) {
  return buildRequest(postEpisodeSearchOperation, parameters, body, options);
}
function readPostEpisodeSearchResult(response, options) {
  return readResult(postEpisodeSearchOperation, response, options);
}
const getFoodOperation = {
  method: "GET",
  pathTemplate: "/food",
  path: ["/food"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetFoodResponse(value),
    "GET /food response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /food default error body");
  }
};
function buildGetFoodRequest(parameters, options) {
  return buildRequest(getFoodOperation, parameters, void 0, options);
}
function readGetFoodResult(response, options) {
  return readResult(getFoodOperation, response, options);
}
const getFoodSearchOperation = {
  method: "GET",
  pathTemplate: "/food/search",
  path: ["/food/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetFoodSearchResponse(value),
    "GET /food/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /food/search default error body");
  }
};
function buildGetFoodSearchRequest(parameters = {}, options) {
  return buildRequest(getFoodSearchOperation, parameters, void 0, options);
}
function readGetFoodSearchResult(response, options) {
  return readResult(getFoodSearchOperation, response, options);
}
const postFoodSearchOperation = {
  method: "POST",
  pathTemplate: "/food/search",
  path: ["/food/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostFoodSearchRequestBody(value),
    "POST /food/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostFoodSearchResponse(value),
    "POST /food/search response body"
  )
};
function buildPostFoodSearchRequest(parameters = {}, body, options) {
  return buildRequest(postFoodSearchOperation, parameters, body, options);
}
function readPostFoodSearchResult(response, options) {
  return readResult(postFoodSearchOperation, response, options);
}
const getLiteratureOperation = {
  method: "GET",
  pathTemplate: "/literature",
  path: ["/literature"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetLiteratureResponse(value),
    "GET /literature response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /literature default error body");
  }
};
function buildGetLiteratureRequest(parameters, options) {
  return buildRequest(getLiteratureOperation, parameters, void 0, options);
}
function readGetLiteratureResult(response, options) {
  return readResult(getLiteratureOperation, response, options);
}
const getLiteratureSearchOperation = {
  method: "GET",
  pathTemplate: "/literature/search",
  path: ["/literature/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetLiteratureSearchResponse(value),
    "GET /literature/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /literature/search default error body");
  }
};
function buildGetLiteratureSearchRequest(parameters = {}, options) {
  return buildRequest(getLiteratureSearchOperation, parameters, void 0, options);
}
function readGetLiteratureSearchResult(response, options) {
  return readResult(getLiteratureSearchOperation, response, options);
}
const postLiteratureSearchOperation = {
  method: "POST",
  pathTemplate: "/literature/search",
  path: ["/literature/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostLiteratureSearchRequestBody(value),
    "POST /literature/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostLiteratureSearchResponse(value),
    "POST /literature/search response body"
  )
};
function buildPostLiteratureSearchRequest(parameters = {}, body, options) {
  return buildRequest(postLiteratureSearchOperation, parameters, body, options);
}
function readPostLiteratureSearchResult(response, options) {
  return readResult(postLiteratureSearchOperation, response, options);
}
const getLocationOperation = {
  method: "GET",
  pathTemplate: "/location",
  path: ["/location"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetLocationResponse(value),
    "GET /location response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /location default error body");
  }
};
function buildGetLocationRequest(parameters, options) {
  return buildRequest(getLocationOperation, parameters, void 0, options);
}
function readGetLocationResult(response, options) {
  return readResult(getLocationOperation, response, options);
}
const getLocationSearchOperation = {
  method: "GET",
  pathTemplate: "/location/search",
  path: ["/location/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetLocationSearchResponse(value),
    "GET /location/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /location/search default error body");
  }
};
function buildGetLocationSearchRequest(parameters = {}, options) {
  return buildRequest(getLocationSearchOperation, parameters, void 0, options);
}
function readGetLocationSearchResult(response, options) {
  return readResult(getLocationSearchOperation, response, options);
}
const postLocationSearchOperation = {
  method: "POST",
  pathTemplate: "/location/search",
  path: ["/location/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostLocationSearchRequestBody(value),
    "POST /location/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostLocationSearchResponse(value),
    "POST /location/search response body"
  )
};
function buildPostLocationSearchRequest(parameters = {}, body, options) {
  return buildRequest(postLocationSearchOperation, parameters, body, options);
}
function readPostLocationSearchResult(response, options) {
  return readResult(postLocationSearchOperation, response, options);
}
const getMagazineOperation = {
  method: "GET",
  pathTemplate: "/magazine",
  path: ["/magazine"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMagazineResponse(value),
    "GET /magazine response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /magazine default error body");
  }
};
function buildGetMagazineRequest(parameters, options) {
  return buildRequest(getMagazineOperation, parameters, void 0, options);
}
function readGetMagazineResult(response, options) {
  return readResult(getMagazineOperation, response, options);
}
const getMagazineSearchOperation = {
  method: "GET",
  pathTemplate: "/magazine/search",
  path: ["/magazine/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMagazineSearchResponse(value),
    "GET /magazine/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /magazine/search default error body");
  }
};
function buildGetMagazineSearchRequest(parameters = {}, options) {
  return buildRequest(getMagazineSearchOperation, parameters, void 0, options);
}
function readGetMagazineSearchResult(response, options) {
  return readResult(getMagazineSearchOperation, response, options);
}
const postMagazineSearchOperation = {
  method: "POST",
  pathTemplate: "/magazine/search",
  path: ["/magazine/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostMagazineSearchRequestBody(value),
    "POST /magazine/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostMagazineSearchResponse(value),
    "POST /magazine/search response body"
  )
};
function buildPostMagazineSearchRequest(parameters = {}, body, options) {
  return buildRequest(postMagazineSearchOperation, parameters, body, options);
}
function readPostMagazineSearchResult(response, options) {
  return readResult(postMagazineSearchOperation, response, options);
}
const getMagazineSeriesOperation = {
  method: "GET",
  pathTemplate: "/magazineSeries",
  path: ["/magazineSeries"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMagazineSeriesResponse(value),
    "GET /magazineSeries response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /magazineSeries default error body");
  }
};
function buildGetMagazineSeriesRequest(parameters, options) {
  return buildRequest(getMagazineSeriesOperation, parameters, void 0, options);
}
function readGetMagazineSeriesResult(response, options) {
  return readResult(getMagazineSeriesOperation, response, options);
}
const getMagazineSeriesSearchOperation = {
  method: "GET",
  pathTemplate: "/magazineSeries/search",
  path: ["/magazineSeries/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMagazineSeriesSearchResponse(value),
    "GET /magazineSeries/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /magazineSeries/search default error body");
  }
};
function buildGetMagazineSeriesSearchRequest(parameters = {}, options) {
  return buildRequest(getMagazineSeriesSearchOperation, parameters, void 0, options);
}
function readGetMagazineSeriesSearchResult(response, options) {
  return readResult(getMagazineSeriesSearchOperation, response, options);
}
const postMagazineSeriesSearchOperation = {
  method: "POST",
  pathTemplate: "/magazineSeries/search",
  path: ["/magazineSeries/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostMagazineSeriesSearchRequestBody(value),
    "POST /magazineSeries/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostMagazineSeriesSearchResponse(value),
    "POST /magazineSeries/search response body"
  )
};
function buildPostMagazineSeriesSearchRequest(parameters = {}, body, options) {
  return buildRequest(postMagazineSeriesSearchOperation, parameters, body, options);
}
function readPostMagazineSeriesSearchResult(response, options) {
  return readResult(postMagazineSeriesSearchOperation, response, options);
}
const getMaterialOperation = {
  method: "GET",
  pathTemplate: "/material",
  path: ["/material"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMaterialResponse(value),
    "GET /material response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /material default error body");
  }
};
function buildGetMaterialRequest(parameters, options) {
  return buildRequest(getMaterialOperation, parameters, void 0, options);
}
function readGetMaterialResult(response, options) {
  return readResult(getMaterialOperation, response, options);
}
const getMaterialSearchOperation = {
  method: "GET",
  pathTemplate: "/material/search",
  path: ["/material/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMaterialSearchResponse(value),
    "GET /material/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /material/search default error body");
  }
};
function buildGetMaterialSearchRequest(parameters = {}, options) {
  return buildRequest(getMaterialSearchOperation, parameters, void 0, options);
}
function readGetMaterialSearchResult(response, options) {
  return readResult(getMaterialSearchOperation, response, options);
}
const postMaterialSearchOperation = {
  method: "POST",
  pathTemplate: "/material/search",
  path: ["/material/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostMaterialSearchRequestBody(value),
    "POST /material/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostMaterialSearchResponse(value),
    "POST /material/search response body"
  )
};
function buildPostMaterialSearchRequest(parameters = {}, body, options) {
  return buildRequest(postMaterialSearchOperation, parameters, body, options);
}
function readPostMaterialSearchResult(response, options) {
  return readResult(postMaterialSearchOperation, response, options);
}
const getMedicalConditionOperation = {
  method: "GET",
  pathTemplate: "/medicalCondition",
  path: ["/medicalCondition"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMedicalConditionResponse(value),
    "GET /medicalCondition response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /medicalCondition default error body");
  }
};
function buildGetMedicalConditionRequest(parameters, options) {
  return buildRequest(getMedicalConditionOperation, parameters, void 0, options);
}
function readGetMedicalConditionResult(response, options) {
  return readResult(getMedicalConditionOperation, response, options);
}
const getMedicalConditionSearchOperation = {
  method: "GET",
  pathTemplate: "/medicalCondition/search",
  path: ["/medicalCondition/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMedicalConditionSearchResponse(value),
    "GET /medicalCondition/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /medicalCondition/search default error body");
  }
};
function buildGetMedicalConditionSearchRequest(parameters = {}, options) {
  return buildRequest(getMedicalConditionSearchOperation, parameters, void 0, options);
}
function readGetMedicalConditionSearchResult(response, options) {
  return readResult(getMedicalConditionSearchOperation, response, options);
}
const postMedicalConditionSearchOperation = {
  method: "POST",
  pathTemplate: "/medicalCondition/search",
  path: ["/medicalCondition/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostMedicalConditionSearchRequestBody(value),
    "POST /medicalCondition/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostMedicalConditionSearchResponse(value),
    "POST /medicalCondition/search response body"
  )
};
function buildPostMedicalConditionSearchRequest(parameters = {}, body, options) {
  return buildRequest(postMedicalConditionSearchOperation, parameters, body, options);
}
function readPostMedicalConditionSearchResult(response, options) {
  return readResult(postMedicalConditionSearchOperation, response, options);
}
const getMovieOperation = {
  method: "GET",
  pathTemplate: "/movie",
  path: ["/movie"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMovieResponse(value),
    "GET /movie response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /movie default error body");
  }
};
function buildGetMovieRequest(parameters, options) {
  return buildRequest(getMovieOperation, parameters, void 0, options);
}
function readGetMovieResult(response, options) {
  return readResult(getMovieOperation, response, options);
}
const getMovieSearchOperation = {
  method: "GET",
  pathTemplate: "/movie/search",
  path: ["/movie/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetMovieSearchResponse(value),
    "GET /movie/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /movie/search default error body");
  }
};
function buildGetMovieSearchRequest(parameters = {}, options) {
  return buildRequest(getMovieSearchOperation, parameters, void 0, options);
}
function readGetMovieSearchResult(response, options) {
  return readResult(getMovieSearchOperation, response, options);
}
const postMovieSearchOperation = {
  method: "POST",
  pathTemplate: "/movie/search",
  path: ["/movie/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostMovieSearchRequestBody(value),
    "POST /movie/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostMovieSearchResponse(value),
    "POST /movie/search response body"
  )
};
function buildPostMovieSearchRequest(parameters = {}, body, options) {
  return buildRequest(postMovieSearchOperation, parameters, body, options);
}
function readPostMovieSearchResult(response, options) {
  return readResult(postMovieSearchOperation, response, options);
}
const getOccupationOperation = {
  method: "GET",
  pathTemplate: "/occupation",
  path: ["/occupation"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetOccupationResponse(value),
    "GET /occupation response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /occupation default error body");
  }
};
function buildGetOccupationRequest(parameters, options) {
  return buildRequest(getOccupationOperation, parameters, void 0, options);
}
function readGetOccupationResult(response, options) {
  return readResult(getOccupationOperation, response, options);
}
const getOccupationSearchOperation = {
  method: "GET",
  pathTemplate: "/occupation/search",
  path: ["/occupation/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetOccupationSearchResponse(value),
    "GET /occupation/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /occupation/search default error body");
  }
};
function buildGetOccupationSearchRequest(parameters = {}, options) {
  return buildRequest(getOccupationSearchOperation, parameters, void 0, options);
}
function readGetOccupationSearchResult(response, options) {
  return readResult(getOccupationSearchOperation, response, options);
}
const postOccupationSearchOperation = {
  method: "POST",
  pathTemplate: "/occupation/search",
  path: ["/occupation/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostOccupationSearchRequestBody(value),
    "POST /occupation/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostOccupationSearchResponse(value),
    "POST /occupation/search response body"
  )
};
function buildPostOccupationSearchRequest(parameters = {}, body, options) {
  return buildRequest(postOccupationSearchOperation, parameters, body, options);
}
function readPostOccupationSearchResult(response, options) {
  return readResult(postOccupationSearchOperation, response, options);
}
const getOrganizationOperation = {
  method: "GET",
  pathTemplate: "/organization",
  path: ["/organization"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetOrganizationResponse(value),
    "GET /organization response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /organization default error body");
  }
};
function buildGetOrganizationRequest(parameters, options) {
  return buildRequest(getOrganizationOperation, parameters, void 0, options);
}
function readGetOrganizationResult(response, options) {
  return readResult(getOrganizationOperation, response, options);
}
const getOrganizationSearchOperation = {
  method: "GET",
  pathTemplate: "/organization/search",
  path: ["/organization/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetOrganizationSearchResponse(value),
    "GET /organization/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /organization/search default error body");
  }
};
function buildGetOrganizationSearchRequest(parameters = {}, options) {
  return buildRequest(getOrganizationSearchOperation, parameters, void 0, options);
}
function readGetOrganizationSearchResult(response, options) {
  return readResult(getOrganizationSearchOperation, response, options);
}
const postOrganizationSearchOperation = {
  method: "POST",
  pathTemplate: "/organization/search",
  path: ["/organization/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostOrganizationSearchRequestBody(value),
    "POST /organization/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostOrganizationSearchResponse(value),
    "POST /organization/search response body"
  )
};
function buildPostOrganizationSearchRequest(parameters = {}, body, options) {
  return buildRequest(postOrganizationSearchOperation, parameters, body, options);
}
function readPostOrganizationSearchResult(response, options) {
  return readResult(postOrganizationSearchOperation, response, options);
}
const getPerformerOperation = {
  method: "GET",
  pathTemplate: "/performer",
  path: ["/performer"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetPerformerResponse(value),
    "GET /performer response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /performer default error body");
  }
};
function buildGetPerformerRequest(parameters, options) {
  return buildRequest(getPerformerOperation, parameters, void 0, options);
}
function readGetPerformerResult(response, options) {
  return readResult(getPerformerOperation, response, options);
}
const getPerformerSearchOperation = {
  method: "GET",
  pathTemplate: "/performer/search",
  path: ["/performer/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetPerformerSearchResponse(value),
    "GET /performer/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /performer/search default error body");
  }
};
function buildGetPerformerSearchRequest(parameters = {}, options) {
  return buildRequest(getPerformerSearchOperation, parameters, void 0, options);
}
function readGetPerformerSearchResult(response, options) {
  return readResult(getPerformerSearchOperation, response, options);
}
const postPerformerSearchOperation = {
  method: "POST",
  pathTemplate: "/performer/search",
  path: ["/performer/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostPerformerSearchRequestBody(value),
    "POST /performer/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostPerformerSearchResponse(value),
    "POST /performer/search response body"
  )
};
function buildPostPerformerSearchRequest(parameters = {}, body, options) {
  return buildRequest(postPerformerSearchOperation, parameters, body, options);
}
function readPostPerformerSearchResult(response, options) {
  return readResult(postPerformerSearchOperation, response, options);
}
const getSeasonOperation = {
  method: "GET",
  pathTemplate: "/season",
  path: ["/season"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSeasonResponse(value),
    "GET /season response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /season default error body");
  }
};
function buildGetSeasonRequest(parameters, options) {
  return buildRequest(getSeasonOperation, parameters, void 0, options);
}
function readGetSeasonResult(response, options) {
  return readResult(getSeasonOperation, response, options);
}
const getSeasonSearchOperation = {
  method: "GET",
  pathTemplate: "/season/search",
  path: ["/season/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSeasonSearchResponse(value),
    "GET /season/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /season/search default error body");
  }
};
function buildGetSeasonSearchRequest(parameters = {}, options) {
  return buildRequest(getSeasonSearchOperation, parameters, void 0, options);
}
function readGetSeasonSearchResult(response, options) {
  return readResult(getSeasonSearchOperation, response, options);
}
const postSeasonSearchOperation = {
  method: "POST",
  pathTemplate: "/season/search",
  path: ["/season/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostSeasonSearchRequestBody(value),
    "POST /season/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostSeasonSearchResponse(value),
    "POST /season/search response body"
  )
};
function buildPostSeasonSearchRequest(parameters = {}, body, options) {
  return buildRequest(postSeasonSearchOperation, parameters, body, options);
}
function readPostSeasonSearchResult(response, options) {
  return readResult(postSeasonSearchOperation, response, options);
}
const getSeriesOperation = {
  method: "GET",
  pathTemplate: "/series",
  path: ["/series"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSeriesResponse(value),
    "GET /series response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /series default error body");
  }
};
function buildGetSeriesRequest(parameters, options) {
  return buildRequest(getSeriesOperation, parameters, void 0, options);
}
function readGetSeriesResult(response, options) {
  return readResult(getSeriesOperation, response, options);
}
const getSeriesSearchOperation = {
  method: "GET",
  pathTemplate: "/series/search",
  path: ["/series/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSeriesSearchResponse(value),
    "GET /series/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /series/search default error body");
  }
};
function buildGetSeriesSearchRequest(parameters = {}, options) {
  return buildRequest(getSeriesSearchOperation, parameters, void 0, options);
}
function readGetSeriesSearchResult(response, options) {
  return readResult(getSeriesSearchOperation, response, options);
}
const postSeriesSearchOperation = {
  method: "POST",
  pathTemplate: "/series/search",
  path: ["/series/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostSeriesSearchRequestBody(value),
    "POST /series/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostSeriesSearchResponse(value),
    "POST /series/search response body"
  )
};
function buildPostSeriesSearchRequest(parameters = {}, body, options) {
  return buildRequest(postSeriesSearchOperation, parameters, body, options);
}
function readPostSeriesSearchResult(response, options) {
  return readResult(postSeriesSearchOperation, response, options);
}
const getSoundtrackOperation = {
  method: "GET",
  pathTemplate: "/soundtrack",
  path: ["/soundtrack"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSoundtrackResponse(value),
    "GET /soundtrack response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /soundtrack default error body");
  }
};
function buildGetSoundtrackRequest(parameters, options) {
  return buildRequest(getSoundtrackOperation, parameters, void 0, options);
}
function readGetSoundtrackResult(response, options) {
  return readResult(getSoundtrackOperation, response, options);
}
const getSoundtrackSearchOperation = {
  method: "GET",
  pathTemplate: "/soundtrack/search",
  path: ["/soundtrack/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSoundtrackSearchResponse(value),
    "GET /soundtrack/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /soundtrack/search default error body");
  }
};
function buildGetSoundtrackSearchRequest(parameters = {}, options) {
  return buildRequest(getSoundtrackSearchOperation, parameters, void 0, options);
}
function readGetSoundtrackSearchResult(response, options) {
  return readResult(getSoundtrackSearchOperation, response, options);
}
const postSoundtrackSearchOperation = {
  method: "POST",
  pathTemplate: "/soundtrack/search",
  path: ["/soundtrack/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostSoundtrackSearchRequestBody(value),
    "POST /soundtrack/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostSoundtrackSearchResponse(value),
    "POST /soundtrack/search response body"
  )
};
function buildPostSoundtrackSearchRequest(parameters = {}, body, options) {
  return buildRequest(postSoundtrackSearchOperation, parameters, body, options);
}
function readPostSoundtrackSearchResult(response, options) {
  return readResult(postSoundtrackSearchOperation, response, options);
}
const getSpacecraftOperation = {
  method: "GET",
  pathTemplate: "/spacecraft",
  path: ["/spacecraft"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSpacecraftResponse(value),
    "GET /spacecraft response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /spacecraft default error body");
  }
};
function buildGetSpacecraftRequest(parameters, options) {
  return buildRequest(getSpacecraftOperation, parameters, void 0, options);
}
function readGetSpacecraftResult(response, options) {
  return readResult(getSpacecraftOperation, response, options);
}
const getSpacecraftSearchOperation = {
  method: "GET",
  pathTemplate: "/spacecraft/search",
  path: ["/spacecraft/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSpacecraftSearchResponse(value),
    "GET /spacecraft/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /spacecraft/search default error body");
  }
};
function buildGetSpacecraftSearchRequest(parameters = {}, options) {
  return buildRequest(getSpacecraftSearchOperation, parameters, void 0, options);
}
function readGetSpacecraftSearchResult(response, options) {
  return readResult(getSpacecraftSearchOperation, response, options);
}
const postSpacecraftSearchOperation = {
  method: "POST",
  pathTemplate: "/spacecraft/search",
  path: ["/spacecraft/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostSpacecraftSearchRequestBody(value),
    "POST /spacecraft/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostSpacecraftSearchResponse(value),
    "POST /spacecraft/search response body"
  )
};
function buildPostSpacecraftSearchRequest(parameters = {}, body, options) {
  return buildRequest(postSpacecraftSearchOperation, parameters, body, options);
}
function readPostSpacecraftSearchResult(response, options) {
  return readResult(postSpacecraftSearchOperation, response, options);
}
const getSpacecraftClassOperation = {
  method: "GET",
  pathTemplate: "/spacecraftClass",
  path: ["/spacecraftClass"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSpacecraftClassResponse(value),
    "GET /spacecraftClass response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /spacecraftClass default error body");
  }
};
function buildGetSpacecraftClassRequest(parameters, options) {
  return buildRequest(getSpacecraftClassOperation, parameters, void 0, options);
}
function readGetSpacecraftClassResult(response, options) {
  return readResult(getSpacecraftClassOperation, response, options);
}
const getSpacecraftClassSearchOperation = {
  method: "GET",
  pathTemplate: "/spacecraftClass/search",
  path: ["/spacecraftClass/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSpacecraftClassSearchResponse(value),
    "GET /spacecraftClass/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /spacecraftClass/search default error body");
  }
};
function buildGetSpacecraftClassSearchRequest(parameters = {}, options) {
  return buildRequest(getSpacecraftClassSearchOperation, parameters, void 0, options);
}
function readGetSpacecraftClassSearchResult(response, options) {
  return readResult(getSpacecraftClassSearchOperation, response, options);
}
const postSpacecraftClassSearchOperation = {
  method: "POST",
  pathTemplate: "/spacecraftClass/search",
  path: ["/spacecraftClass/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostSpacecraftClassSearchRequestBody(value),
    "POST /spacecraftClass/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostSpacecraftClassSearchResponse(value),
    "POST /spacecraftClass/search response body"
  )
};
function buildPostSpacecraftClassSearchRequest(parameters = {}, body, options) {
  return buildRequest(postSpacecraftClassSearchOperation, parameters, body, options);
}
function readPostSpacecraftClassSearchResult(response, options) {
  return readResult(postSpacecraftClassSearchOperation, response, options);
}
const getSpeciesOperation = {
  method: "GET",
  pathTemplate: "/species",
  path: ["/species"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSpeciesResponse(value),
    "GET /species response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /species default error body");
  }
};
function buildGetSpeciesRequest(parameters, options) {
  return buildRequest(getSpeciesOperation, parameters, void 0, options);
}
function readGetSpeciesResult(response, options) {
  return readResult(getSpeciesOperation, response, options);
}
const getSpeciesSearchOperation = {
  method: "GET",
  pathTemplate: "/species/search",
  path: ["/species/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetSpeciesSearchResponse(value),
    "GET /species/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /species/search default error body");
  }
};
function buildGetSpeciesSearchRequest(parameters = {}, options) {
  return buildRequest(getSpeciesSearchOperation, parameters, void 0, options);
}
function readGetSpeciesSearchResult(response, options) {
  return readResult(getSpeciesSearchOperation, response, options);
}
const postSpeciesSearchOperation = {
  method: "POST",
  pathTemplate: "/species/search",
  path: ["/species/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostSpeciesSearchRequestBody(value),
    "POST /species/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostSpeciesSearchResponse(value),
    "POST /species/search response body"
  )
};
function buildPostSpeciesSearchRequest(parameters = {}, body, options) {
  return buildRequest(postSpeciesSearchOperation, parameters, body, options);
}
function readPostSpeciesSearchResult(response, options) {
  return readResult(postSpeciesSearchOperation, response, options);
}
const getStaffOperation = {
  method: "GET",
  pathTemplate: "/staff",
  path: ["/staff"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetStaffResponse(value),
    "GET /staff response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /staff default error body");
  }
};
function buildGetStaffRequest(parameters, options) {
  return buildRequest(getStaffOperation, parameters, void 0, options);
}
function readGetStaffResult(response, options) {
  return readResult(getStaffOperation, response, options);
}
const getStaffSearchOperation = {
  method: "GET",
  pathTemplate: "/staff/search",
  path: ["/staff/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetStaffSearchResponse(value),
    "GET /staff/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /staff/search default error body");
  }
};
function buildGetStaffSearchRequest(parameters = {}, options) {
  return buildRequest(getStaffSearchOperation, parameters, void 0, options);
}
function readGetStaffSearchResult(response, options) {
  return readResult(getStaffSearchOperation, response, options);
}
const postStaffSearchOperation = {
  method: "POST",
  pathTemplate: "/staff/search",
  path: ["/staff/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostStaffSearchRequestBody(value),
    "POST /staff/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostStaffSearchResponse(value),
    "POST /staff/search response body"
  )
};
function buildPostStaffSearchRequest(parameters = {}, body, options) {
  return buildRequest(postStaffSearchOperation, parameters, body, options);
}
function readPostStaffSearchResult(response, options) {
  return readResult(postStaffSearchOperation, response, options);
}
const getTechnologyOperation = {
  method: "GET",
  pathTemplate: "/technology",
  path: ["/technology"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTechnologyResponse(value),
    "GET /technology response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /technology default error body");
  }
};
function buildGetTechnologyRequest(parameters, options) {
  return buildRequest(getTechnologyOperation, parameters, void 0, options);
}
function readGetTechnologyResult(response, options) {
  return readResult(getTechnologyOperation, response, options);
}
const getTechnologySearchOperation = {
  method: "GET",
  pathTemplate: "/technology/search",
  path: ["/technology/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTechnologySearchResponse(value),
    "GET /technology/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /technology/search default error body");
  }
};
function buildGetTechnologySearchRequest(parameters = {}, options) {
  return buildRequest(getTechnologySearchOperation, parameters, void 0, options);
}
function readGetTechnologySearchResult(response, options) {
  return readResult(getTechnologySearchOperation, response, options);
}
const postTechnologySearchOperation = {
  method: "POST",
  pathTemplate: "/technology/search",
  path: ["/technology/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostTechnologySearchRequestBody(value),
    "POST /technology/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostTechnologySearchResponse(value),
    "POST /technology/search response body"
  )
};
function buildPostTechnologySearchRequest(parameters = {}, body, options) {
  return buildRequest(postTechnologySearchOperation, parameters, body, options);
}
function readPostTechnologySearchResult(response, options) {
  return readResult(postTechnologySearchOperation, response, options);
}
const getTitleOperation = {
  method: "GET",
  pathTemplate: "/title",
  path: ["/title"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTitleResponse(value),
    "GET /title response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /title default error body");
  }
};
function buildGetTitleRequest(parameters, options) {
  return buildRequest(getTitleOperation, parameters, void 0, options);
}
function readGetTitleResult(response, options) {
  return readResult(getTitleOperation, response, options);
}
const getTitleSearchOperation = {
  method: "GET",
  pathTemplate: "/title/search",
  path: ["/title/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTitleSearchResponse(value),
    "GET /title/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /title/search default error body");
  }
};
function buildGetTitleSearchRequest(parameters = {}, options) {
  return buildRequest(getTitleSearchOperation, parameters, void 0, options);
}
function readGetTitleSearchResult(response, options) {
  return readResult(getTitleSearchOperation, response, options);
}
const postTitleSearchOperation = {
  method: "POST",
  pathTemplate: "/title/search",
  path: ["/title/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostTitleSearchRequestBody(value),
    "POST /title/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostTitleSearchResponse(value),
    "POST /title/search response body"
  )
};
function buildPostTitleSearchRequest(parameters = {}, body, options) {
  return buildRequest(postTitleSearchOperation, parameters, body, options);
}
function readPostTitleSearchResult(response, options) {
  return readResult(postTitleSearchOperation, response, options);
}
const getTradingCardOperation = {
  method: "GET",
  pathTemplate: "/tradingCard",
  path: ["/tradingCard"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTradingCardResponse(value),
    "GET /tradingCard response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /tradingCard default error body");
  }
};
function buildGetTradingCardRequest(parameters, options) {
  return buildRequest(getTradingCardOperation, parameters, void 0, options);
}
function readGetTradingCardResult(response, options) {
  return readResult(getTradingCardOperation, response, options);
}
const getTradingCardSearchOperation = {
  method: "GET",
  pathTemplate: "/tradingCard/search",
  path: ["/tradingCard/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTradingCardSearchResponse(value),
    "GET /tradingCard/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /tradingCard/search default error body");
  }
};
function buildGetTradingCardSearchRequest(parameters = {}, options) {
  return buildRequest(getTradingCardSearchOperation, parameters, void 0, options);
}
function readGetTradingCardSearchResult(response, options) {
  return readResult(getTradingCardSearchOperation, response, options);
}
const postTradingCardSearchOperation = {
  method: "POST",
  pathTemplate: "/tradingCard/search",
  path: ["/tradingCard/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostTradingCardSearchRequestBody(value),
    "POST /tradingCard/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostTradingCardSearchResponse(value),
    "POST /tradingCard/search response body"
  )
};
function buildPostTradingCardSearchRequest(parameters = {}, body, options) {
  return buildRequest(postTradingCardSearchOperation, parameters, body, options);
}
function readPostTradingCardSearchResult(response, options) {
  return readResult(postTradingCardSearchOperation, response, options);
}
const getTradingCardDeckOperation = {
  method: "GET",
  pathTemplate: "/tradingCardDeck",
  path: ["/tradingCardDeck"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTradingCardDeckResponse(value),
    "GET /tradingCardDeck response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /tradingCardDeck default error body");
  }
};
function buildGetTradingCardDeckRequest(parameters, options) {
  return buildRequest(getTradingCardDeckOperation, parameters, void 0, options);
}
function readGetTradingCardDeckResult(response, options) {
  return readResult(getTradingCardDeckOperation, response, options);
}
const getTradingCardDeckSearchOperation = {
  method: "GET",
  pathTemplate: "/tradingCardDeck/search",
  path: ["/tradingCardDeck/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTradingCardDeckSearchResponse(value),
    "GET /tradingCardDeck/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /tradingCardDeck/search default error body");
  }
};
function buildGetTradingCardDeckSearchRequest(parameters = {}, options) {
  return buildRequest(getTradingCardDeckSearchOperation, parameters, void 0, options);
}
function readGetTradingCardDeckSearchResult(response, options) {
  return readResult(getTradingCardDeckSearchOperation, response, options);
}
const postTradingCardDeckSearchOperation = {
  method: "POST",
  pathTemplate: "/tradingCardDeck/search",
  path: ["/tradingCardDeck/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostTradingCardDeckSearchRequestBody(value),
    "POST /tradingCardDeck/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostTradingCardDeckSearchResponse(value),
    "POST /tradingCardDeck/search response body"
  )
};
function buildPostTradingCardDeckSearchRequest(parameters = {}, body, options) {
  return buildRequest(postTradingCardDeckSearchOperation, parameters, body, options);
}
function readPostTradingCardDeckSearchResult(response, options) {
  return readResult(postTradingCardDeckSearchOperation, response, options);
}
const getTradingCardSetOperation = {
  method: "GET",
  pathTemplate: "/tradingCardSet",
  path: ["/tradingCardSet"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTradingCardSetResponse(value),
    "GET /tradingCardSet response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /tradingCardSet default error body");
  }
};
function buildGetTradingCardSetRequest(parameters, options) {
  return buildRequest(getTradingCardSetOperation, parameters, void 0, options);
}
function readGetTradingCardSetResult(response, options) {
  return readResult(getTradingCardSetOperation, response, options);
}
const getTradingCardSetSearchOperation = {
  method: "GET",
  pathTemplate: "/tradingCardSet/search",
  path: ["/tradingCardSet/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTradingCardSetSearchResponse(value),
    "GET /tradingCardSet/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /tradingCardSet/search default error body");
  }
};
function buildGetTradingCardSetSearchRequest(parameters = {}, options) {
  return buildRequest(getTradingCardSetSearchOperation, parameters, void 0, options);
}
function readGetTradingCardSetSearchResult(response, options) {
  return readResult(getTradingCardSetSearchOperation, response, options);
}
const postTradingCardSetSearchOperation = {
  method: "POST",
  pathTemplate: "/tradingCardSet/search",
  path: ["/tradingCardSet/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostTradingCardSetSearchRequestBody(value),
    "POST /tradingCardSet/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostTradingCardSetSearchResponse(value),
    "POST /tradingCardSet/search response body"
  )
};
function buildPostTradingCardSetSearchRequest(parameters = {}, body, options) {
  return buildRequest(postTradingCardSetSearchOperation, parameters, body, options);
}
function readPostTradingCardSetSearchResult(response, options) {
  return readResult(postTradingCardSetSearchOperation, response, options);
}
const getVideoGameOperation = {
  method: "GET",
  pathTemplate: "/videoGame",
  path: ["/videoGame"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetVideoGameResponse(value),
    "GET /videoGame response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /videoGame default error body");
  }
};
function buildGetVideoGameRequest(parameters, options) {
  return buildRequest(getVideoGameOperation, parameters, void 0, options);
}
function readGetVideoGameResult(response, options) {
  return readResult(getVideoGameOperation, response, options);
}
const getVideoGameSearchOperation = {
  method: "GET",
  pathTemplate: "/videoGame/search",
  path: ["/videoGame/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetVideoGameSearchResponse(value),
    "GET /videoGame/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /videoGame/search default error body");
  }
};
function buildGetVideoGameSearchRequest(parameters = {}, options) {
  return buildRequest(getVideoGameSearchOperation, parameters, void 0, options);
}
function readGetVideoGameSearchResult(response, options) {
  return readResult(getVideoGameSearchOperation, response, options);
}
const postVideoGameSearchOperation = {
  method: "POST",
  pathTemplate: "/videoGame/search",
  path: ["/videoGame/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostVideoGameSearchRequestBody(value),
    "POST /videoGame/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostVideoGameSearchResponse(value),
    "POST /videoGame/search response body"
  )
};
function buildPostVideoGameSearchRequest(parameters = {}, body, options) {
  return buildRequest(postVideoGameSearchOperation, parameters, body, options);
}
function readPostVideoGameSearchResult(response, options) {
  return readResult(postVideoGameSearchOperation, response, options);
}
const getVideoReleaseOperation = {
  method: "GET",
  pathTemplate: "/videoRelease",
  path: ["/videoRelease"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetVideoReleaseResponse(value),
    "GET /videoRelease response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /videoRelease default error body");
  }
};
function buildGetVideoReleaseRequest(parameters, options) {
  return buildRequest(getVideoReleaseOperation, parameters, void 0, options);
}
function readGetVideoReleaseResult(response, options) {
  return readResult(getVideoReleaseOperation, response, options);
}
const getVideoReleaseSearchOperation = {
  method: "GET",
  pathTemplate: "/videoRelease/search",
  path: ["/videoRelease/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetVideoReleaseSearchResponse(value),
    "GET /videoRelease/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /videoRelease/search default error body");
  }
};
function buildGetVideoReleaseSearchRequest(parameters = {}, options) {
  return buildRequest(getVideoReleaseSearchOperation, parameters, void 0, options);
}
function readGetVideoReleaseSearchResult(response, options) {
  return readResult(getVideoReleaseSearchOperation, response, options);
}
const postVideoReleaseSearchOperation = {
  method: "POST",
  pathTemplate: "/videoRelease/search",
  path: ["/videoRelease/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostVideoReleaseSearchRequestBody(value),
    "POST /videoRelease/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostVideoReleaseSearchResponse(value),
    "POST /videoRelease/search response body"
  )
};
function buildPostVideoReleaseSearchRequest(parameters = {}, body, options) {
  return buildRequest(postVideoReleaseSearchOperation, parameters, body, options);
}
function readPostVideoReleaseSearchResult(response, options) {
  return readResult(postVideoReleaseSearchOperation, response, options);
}
const getWeaponOperation = {
  method: "GET",
  pathTemplate: "/weapon",
  path: ["/weapon"],
  parameters: [
    { "name": "uid", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetWeaponResponse(value),
    "GET /weapon response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /weapon default error body");
  }
};
function buildGetWeaponRequest(parameters, options) {
  return buildRequest(getWeaponOperation, parameters, void 0, options);
}
function readGetWeaponResult(response, options) {
  return readResult(getWeaponOperation, response, options);
}
const getWeaponSearchOperation = {
  method: "GET",
  pathTemplate: "/weapon/search",
  path: ["/weapon/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  bearerAuth: false,
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetWeaponSearchResponse(value),
    "GET /weapon/search response body"
  ),
  checkError: (status, value) => {
    assertValid(V.validateError(value), "GET /weapon/search default error body");
  }
};
function buildGetWeaponSearchRequest(parameters = {}, options) {
  return buildRequest(getWeaponSearchOperation, parameters, void 0, options);
}
function readGetWeaponSearchResult(response, options) {
  return readResult(getWeaponSearchOperation, response, options);
}
const postWeaponSearchOperation = {
  method: "POST",
  pathTemplate: "/weapon/search",
  path: ["/weapon/search"],
  parameters: [
    { "name": "pageNumber", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "pageSize", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "sort", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "apiKey", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "http://stapi.co/api/v1/rest",
  accept: "application/json",
  body: { "kind": "form", "contentType": "application/x-www-form-urlencoded", "required": false },
  bearerAuth: false,
  response: "json",
  checkBody: (value) => assertValid(
    V.validatePostWeaponSearchRequestBody(value),
    "POST /weapon/search request body"
  ),
  checkResponse: (value) => assertValid(
    V.validatePostWeaponSearchResponse(value),
    "POST /weapon/search response body"
  )
};
function buildPostWeaponSearchRequest(parameters = {}, body, options) {
  return buildRequest(postWeaponSearchOperation, parameters, body, options);
}
function readPostWeaponSearchResult(response, options) {
  return readResult(postWeaponSearchOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get animal() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getAnimalOperation,
            (build) => buildGetAnimalRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getAnimal,
            safe: (callOptions) => transport.sendResult(
              getAnimalOperation,
              (build) => buildGetAnimalRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAnimalSearchOperation,
                (build) => buildGetAnimalSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getAnimalSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getAnimalSearchOperation,
                  (build) => buildGetAnimalSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAnimalSearchOperation,
                (build) => buildPostAnimalSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAnimalSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAnimalSearchOperation,
                  (build) => buildPostAnimalSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get astronomicalObject() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getAstronomicalObjectOperation,
            (build) => buildGetAstronomicalObjectRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getAstronomicalObject,
            safe: (callOptions) => transport.sendResult(
              getAstronomicalObjectOperation,
              (build) => buildGetAstronomicalObjectRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getAstronomicalObjectSearchOperation,
                (build) => buildGetAstronomicalObjectSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getAstronomicalObjectSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getAstronomicalObjectSearchOperation,
                  (build) => buildGetAstronomicalObjectSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postAstronomicalObjectSearchOperation,
                (build) => buildPostAstronomicalObjectSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postAstronomicalObjectSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postAstronomicalObjectSearchOperation,
                  (build) => buildPostAstronomicalObjectSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get book() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getBookOperation,
            (build) => buildGetBookRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getBook,
            safe: (callOptions) => transport.sendResult(
              getBookOperation,
              (build) => buildGetBookRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getBookSearchOperation,
                (build) => buildGetBookSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getBookSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getBookSearchOperation,
                  (build) => buildGetBookSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postBookSearchOperation,
                (build) => buildPostBookSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postBookSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postBookSearchOperation,
                  (build) => buildPostBookSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get bookCollection() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getBookCollectionOperation,
            (build) => buildGetBookCollectionRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getBookCollection,
            safe: (callOptions) => transport.sendResult(
              getBookCollectionOperation,
              (build) => buildGetBookCollectionRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getBookCollectionSearchOperation,
                (build) => buildGetBookCollectionSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getBookCollectionSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getBookCollectionSearchOperation,
                  (build) => buildGetBookCollectionSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postBookCollectionSearchOperation,
                (build) => buildPostBookCollectionSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postBookCollectionSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postBookCollectionSearchOperation,
                  (build) => buildPostBookCollectionSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get bookSeries() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getBookSeriesOperation,
            (build) => buildGetBookSeriesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getBookSeries,
            safe: (callOptions) => transport.sendResult(
              getBookSeriesOperation,
              (build) => buildGetBookSeriesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getBookSeriesSearchOperation,
                (build) => buildGetBookSeriesSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getBookSeriesSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getBookSeriesSearchOperation,
                  (build) => buildGetBookSeriesSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postBookSeriesSearchOperation,
                (build) => buildPostBookSeriesSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postBookSeriesSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postBookSeriesSearchOperation,
                  (build) => buildPostBookSeriesSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get character() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getCharacterOperation,
            (build) => buildGetCharacterRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getCharacter,
            safe: (callOptions) => transport.sendResult(
              getCharacterOperation,
              (build) => buildGetCharacterRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getCharacterSearchOperation,
                (build) => buildGetCharacterSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getCharacterSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getCharacterSearchOperation,
                  (build) => buildGetCharacterSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postCharacterSearchOperation,
                (build) => buildPostCharacterSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postCharacterSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postCharacterSearchOperation,
                  (build) => buildPostCharacterSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get comicCollection() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getComicCollectionOperation,
            (build) => buildGetComicCollectionRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getComicCollection,
            safe: (callOptions) => transport.sendResult(
              getComicCollectionOperation,
              (build) => buildGetComicCollectionRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getComicCollectionSearchOperation,
                (build) => buildGetComicCollectionSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getComicCollectionSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getComicCollectionSearchOperation,
                  (build) => buildGetComicCollectionSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postComicCollectionSearchOperation,
                (build) => buildPostComicCollectionSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postComicCollectionSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postComicCollectionSearchOperation,
                  (build) => buildPostComicCollectionSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get comicSeries() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getComicSeriesOperation,
            (build) => buildGetComicSeriesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getComicSeries,
            safe: (callOptions) => transport.sendResult(
              getComicSeriesOperation,
              (build) => buildGetComicSeriesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getComicSeriesSearchOperation,
                (build) => buildGetComicSeriesSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getComicSeriesSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getComicSeriesSearchOperation,
                  (build) => buildGetComicSeriesSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postComicSeriesSearchOperation,
                (build) => buildPostComicSeriesSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postComicSeriesSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postComicSeriesSearchOperation,
                  (build) => buildPostComicSeriesSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get comicStrip() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getComicStripOperation,
            (build) => buildGetComicStripRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getComicStrip,
            safe: (callOptions) => transport.sendResult(
              getComicStripOperation,
              (build) => buildGetComicStripRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getComicStripSearchOperation,
                (build) => buildGetComicStripSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getComicStripSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getComicStripSearchOperation,
                  (build) => buildGetComicStripSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postComicStripSearchOperation,
                (build) => buildPostComicStripSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postComicStripSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postComicStripSearchOperation,
                  (build) => buildPostComicStripSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get comics() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getComicsOperation,
            (build) => buildGetComicsRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getComics,
            safe: (callOptions) => transport.sendResult(
              getComicsOperation,
              (build) => buildGetComicsRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getComicsSearchOperation,
                (build) => buildGetComicsSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getComicsSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getComicsSearchOperation,
                  (build) => buildGetComicsSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postComicsSearchOperation,
                (build) => buildPostComicsSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postComicsSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postComicsSearchOperation,
                  (build) => buildPostComicsSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get company() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getCompanyOperation,
            (build) => buildGetCompanyRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getCompany,
            safe: (callOptions) => transport.sendResult(
              getCompanyOperation,
              (build) => buildGetCompanyRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getCompanySearchOperation,
                (build) => buildGetCompanySearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getCompanySearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getCompanySearchOperation,
                  (build) => buildGetCompanySearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postCompanySearchOperation,
                (build) => buildPostCompanySearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postCompanySearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postCompanySearchOperation,
                  (build) => buildPostCompanySearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get conflict() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getConflictOperation,
            (build) => buildGetConflictRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getConflict,
            safe: (callOptions) => transport.sendResult(
              getConflictOperation,
              (build) => buildGetConflictRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getConflictSearchOperation,
                (build) => buildGetConflictSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getConflictSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getConflictSearchOperation,
                  (build) => buildGetConflictSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postConflictSearchOperation,
                (build) => buildPostConflictSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postConflictSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postConflictSearchOperation,
                  (build) => buildPostConflictSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get element() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getElementOperation,
            (build) => buildGetElementRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getElement,
            safe: (callOptions) => transport.sendResult(
              getElementOperation,
              (build) => buildGetElementRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getElementSearchOperation,
                (build) => buildGetElementSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getElementSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getElementSearchOperation,
                  (build) => buildGetElementSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postElementSearchOperation,
                (build) => buildPostElementSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postElementSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postElementSearchOperation,
                  (build) => buildPostElementSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get episode() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getEpisodeOperation,
            (build) => buildGetEpisodeRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getEpisode,
            safe: (callOptions) => transport.sendResult(
              getEpisodeOperation,
              (build) => buildGetEpisodeRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getEpisodeSearchOperation,
                (build) => buildGetEpisodeSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getEpisodeSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getEpisodeSearchOperation,
                  (build) => buildGetEpisodeSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postEpisodeSearchOperation,
                (build) => buildPostEpisodeSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postEpisodeSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postEpisodeSearchOperation,
                  (build) => buildPostEpisodeSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get food() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getFoodOperation,
            (build) => buildGetFoodRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getFood,
            safe: (callOptions) => transport.sendResult(
              getFoodOperation,
              (build) => buildGetFoodRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getFoodSearchOperation,
                (build) => buildGetFoodSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getFoodSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getFoodSearchOperation,
                  (build) => buildGetFoodSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postFoodSearchOperation,
                (build) => buildPostFoodSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postFoodSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postFoodSearchOperation,
                  (build) => buildPostFoodSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get literature() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getLiteratureOperation,
            (build) => buildGetLiteratureRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getLiterature,
            safe: (callOptions) => transport.sendResult(
              getLiteratureOperation,
              (build) => buildGetLiteratureRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getLiteratureSearchOperation,
                (build) => buildGetLiteratureSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getLiteratureSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getLiteratureSearchOperation,
                  (build) => buildGetLiteratureSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postLiteratureSearchOperation,
                (build) => buildPostLiteratureSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postLiteratureSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postLiteratureSearchOperation,
                  (build) => buildPostLiteratureSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get location() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getLocationOperation,
            (build) => buildGetLocationRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getLocation,
            safe: (callOptions) => transport.sendResult(
              getLocationOperation,
              (build) => buildGetLocationRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getLocationSearchOperation,
                (build) => buildGetLocationSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getLocationSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getLocationSearchOperation,
                  (build) => buildGetLocationSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postLocationSearchOperation,
                (build) => buildPostLocationSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postLocationSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postLocationSearchOperation,
                  (build) => buildPostLocationSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get magazine() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getMagazineOperation,
            (build) => buildGetMagazineRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getMagazine,
            safe: (callOptions) => transport.sendResult(
              getMagazineOperation,
              (build) => buildGetMagazineRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getMagazineSearchOperation,
                (build) => buildGetMagazineSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getMagazineSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getMagazineSearchOperation,
                  (build) => buildGetMagazineSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postMagazineSearchOperation,
                (build) => buildPostMagazineSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postMagazineSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postMagazineSearchOperation,
                  (build) => buildPostMagazineSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get magazineSeries() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getMagazineSeriesOperation,
            (build) => buildGetMagazineSeriesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getMagazineSeries,
            safe: (callOptions) => transport.sendResult(
              getMagazineSeriesOperation,
              (build) => buildGetMagazineSeriesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getMagazineSeriesSearchOperation,
                (build) => buildGetMagazineSeriesSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getMagazineSeriesSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getMagazineSeriesSearchOperation,
                  (build) => buildGetMagazineSeriesSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postMagazineSeriesSearchOperation,
                (build) => buildPostMagazineSeriesSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postMagazineSeriesSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postMagazineSeriesSearchOperation,
                  (build) => buildPostMagazineSeriesSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get material() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getMaterialOperation,
            (build) => buildGetMaterialRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getMaterial,
            safe: (callOptions) => transport.sendResult(
              getMaterialOperation,
              (build) => buildGetMaterialRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getMaterialSearchOperation,
                (build) => buildGetMaterialSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getMaterialSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getMaterialSearchOperation,
                  (build) => buildGetMaterialSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postMaterialSearchOperation,
                (build) => buildPostMaterialSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postMaterialSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postMaterialSearchOperation,
                  (build) => buildPostMaterialSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get medicalCondition() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getMedicalConditionOperation,
            (build) => buildGetMedicalConditionRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getMedicalCondition,
            safe: (callOptions) => transport.sendResult(
              getMedicalConditionOperation,
              (build) => buildGetMedicalConditionRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getMedicalConditionSearchOperation,
                (build) => buildGetMedicalConditionSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getMedicalConditionSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getMedicalConditionSearchOperation,
                  (build) => buildGetMedicalConditionSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postMedicalConditionSearchOperation,
                (build) => buildPostMedicalConditionSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postMedicalConditionSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postMedicalConditionSearchOperation,
                  (build) => buildPostMedicalConditionSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get movie() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getMovieOperation,
            (build) => buildGetMovieRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getMovie,
            safe: (callOptions) => transport.sendResult(
              getMovieOperation,
              (build) => buildGetMovieRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getMovieSearchOperation,
                (build) => buildGetMovieSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getMovieSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getMovieSearchOperation,
                  (build) => buildGetMovieSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postMovieSearchOperation,
                (build) => buildPostMovieSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postMovieSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postMovieSearchOperation,
                  (build) => buildPostMovieSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get occupation() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getOccupationOperation,
            (build) => buildGetOccupationRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getOccupation,
            safe: (callOptions) => transport.sendResult(
              getOccupationOperation,
              (build) => buildGetOccupationRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getOccupationSearchOperation,
                (build) => buildGetOccupationSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getOccupationSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getOccupationSearchOperation,
                  (build) => buildGetOccupationSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postOccupationSearchOperation,
                (build) => buildPostOccupationSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postOccupationSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postOccupationSearchOperation,
                  (build) => buildPostOccupationSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get organization() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getOrganizationOperation,
            (build) => buildGetOrganizationRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getOrganization,
            safe: (callOptions) => transport.sendResult(
              getOrganizationOperation,
              (build) => buildGetOrganizationRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getOrganizationSearchOperation,
                (build) => buildGetOrganizationSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getOrganizationSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getOrganizationSearchOperation,
                  (build) => buildGetOrganizationSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postOrganizationSearchOperation,
                (build) => buildPostOrganizationSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postOrganizationSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postOrganizationSearchOperation,
                  (build) => buildPostOrganizationSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get performer() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getPerformerOperation,
            (build) => buildGetPerformerRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getPerformer,
            safe: (callOptions) => transport.sendResult(
              getPerformerOperation,
              (build) => buildGetPerformerRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getPerformerSearchOperation,
                (build) => buildGetPerformerSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getPerformerSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getPerformerSearchOperation,
                  (build) => buildGetPerformerSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postPerformerSearchOperation,
                (build) => buildPostPerformerSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postPerformerSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postPerformerSearchOperation,
                  (build) => buildPostPerformerSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get season() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getSeasonOperation,
            (build) => buildGetSeasonRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getSeason,
            safe: (callOptions) => transport.sendResult(
              getSeasonOperation,
              (build) => buildGetSeasonRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getSeasonSearchOperation,
                (build) => buildGetSeasonSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getSeasonSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getSeasonSearchOperation,
                  (build) => buildGetSeasonSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postSeasonSearchOperation,
                (build) => buildPostSeasonSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postSeasonSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postSeasonSearchOperation,
                  (build) => buildPostSeasonSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get series() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getSeriesOperation,
            (build) => buildGetSeriesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getSeries,
            safe: (callOptions) => transport.sendResult(
              getSeriesOperation,
              (build) => buildGetSeriesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getSeriesSearchOperation,
                (build) => buildGetSeriesSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getSeriesSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getSeriesSearchOperation,
                  (build) => buildGetSeriesSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postSeriesSearchOperation,
                (build) => buildPostSeriesSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postSeriesSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postSeriesSearchOperation,
                  (build) => buildPostSeriesSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get soundtrack() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getSoundtrackOperation,
            (build) => buildGetSoundtrackRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getSoundtrack,
            safe: (callOptions) => transport.sendResult(
              getSoundtrackOperation,
              (build) => buildGetSoundtrackRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getSoundtrackSearchOperation,
                (build) => buildGetSoundtrackSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getSoundtrackSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getSoundtrackSearchOperation,
                  (build) => buildGetSoundtrackSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postSoundtrackSearchOperation,
                (build) => buildPostSoundtrackSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postSoundtrackSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postSoundtrackSearchOperation,
                  (build) => buildPostSoundtrackSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get spacecraft() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getSpacecraftOperation,
            (build) => buildGetSpacecraftRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getSpacecraft,
            safe: (callOptions) => transport.sendResult(
              getSpacecraftOperation,
              (build) => buildGetSpacecraftRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getSpacecraftSearchOperation,
                (build) => buildGetSpacecraftSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getSpacecraftSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getSpacecraftSearchOperation,
                  (build) => buildGetSpacecraftSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postSpacecraftSearchOperation,
                (build) => buildPostSpacecraftSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postSpacecraftSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postSpacecraftSearchOperation,
                  (build) => buildPostSpacecraftSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get spacecraftClass() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getSpacecraftClassOperation,
            (build) => buildGetSpacecraftClassRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getSpacecraftClass,
            safe: (callOptions) => transport.sendResult(
              getSpacecraftClassOperation,
              (build) => buildGetSpacecraftClassRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getSpacecraftClassSearchOperation,
                (build) => buildGetSpacecraftClassSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getSpacecraftClassSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getSpacecraftClassSearchOperation,
                  (build) => buildGetSpacecraftClassSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postSpacecraftClassSearchOperation,
                (build) => buildPostSpacecraftClassSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postSpacecraftClassSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postSpacecraftClassSearchOperation,
                  (build) => buildPostSpacecraftClassSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get species() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getSpeciesOperation,
            (build) => buildGetSpeciesRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getSpecies,
            safe: (callOptions) => transport.sendResult(
              getSpeciesOperation,
              (build) => buildGetSpeciesRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getSpeciesSearchOperation,
                (build) => buildGetSpeciesSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getSpeciesSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getSpeciesSearchOperation,
                  (build) => buildGetSpeciesSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postSpeciesSearchOperation,
                (build) => buildPostSpeciesSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postSpeciesSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postSpeciesSearchOperation,
                  (build) => buildPostSpeciesSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get staff() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getStaffOperation,
            (build) => buildGetStaffRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getStaff,
            safe: (callOptions) => transport.sendResult(
              getStaffOperation,
              (build) => buildGetStaffRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getStaffSearchOperation,
                (build) => buildGetStaffSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getStaffSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getStaffSearchOperation,
                  (build) => buildGetStaffSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postStaffSearchOperation,
                (build) => buildPostStaffSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postStaffSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postStaffSearchOperation,
                  (build) => buildPostStaffSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get technology() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getTechnologyOperation,
            (build) => buildGetTechnologyRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getTechnology,
            safe: (callOptions) => transport.sendResult(
              getTechnologyOperation,
              (build) => buildGetTechnologyRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getTechnologySearchOperation,
                (build) => buildGetTechnologySearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getTechnologySearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getTechnologySearchOperation,
                  (build) => buildGetTechnologySearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postTechnologySearchOperation,
                (build) => buildPostTechnologySearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postTechnologySearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postTechnologySearchOperation,
                  (build) => buildPostTechnologySearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get title() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getTitleOperation,
            (build) => buildGetTitleRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getTitle,
            safe: (callOptions) => transport.sendResult(
              getTitleOperation,
              (build) => buildGetTitleRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getTitleSearchOperation,
                (build) => buildGetTitleSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getTitleSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getTitleSearchOperation,
                  (build) => buildGetTitleSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postTitleSearchOperation,
                (build) => buildPostTitleSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postTitleSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postTitleSearchOperation,
                  (build) => buildPostTitleSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get tradingCard() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getTradingCardOperation,
            (build) => buildGetTradingCardRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getTradingCard,
            safe: (callOptions) => transport.sendResult(
              getTradingCardOperation,
              (build) => buildGetTradingCardRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getTradingCardSearchOperation,
                (build) => buildGetTradingCardSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getTradingCardSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getTradingCardSearchOperation,
                  (build) => buildGetTradingCardSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postTradingCardSearchOperation,
                (build) => buildPostTradingCardSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postTradingCardSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postTradingCardSearchOperation,
                  (build) => buildPostTradingCardSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get tradingCardDeck() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getTradingCardDeckOperation,
            (build) => buildGetTradingCardDeckRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getTradingCardDeck,
            safe: (callOptions) => transport.sendResult(
              getTradingCardDeckOperation,
              (build) => buildGetTradingCardDeckRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getTradingCardDeckSearchOperation,
                (build) => buildGetTradingCardDeckSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getTradingCardDeckSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getTradingCardDeckSearchOperation,
                  (build) => buildGetTradingCardDeckSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postTradingCardDeckSearchOperation,
                (build) => buildPostTradingCardDeckSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postTradingCardDeckSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postTradingCardDeckSearchOperation,
                  (build) => buildPostTradingCardDeckSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get tradingCardSet() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getTradingCardSetOperation,
            (build) => buildGetTradingCardSetRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getTradingCardSet,
            safe: (callOptions) => transport.sendResult(
              getTradingCardSetOperation,
              (build) => buildGetTradingCardSetRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getTradingCardSetSearchOperation,
                (build) => buildGetTradingCardSetSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getTradingCardSetSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getTradingCardSetSearchOperation,
                  (build) => buildGetTradingCardSetSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postTradingCardSetSearchOperation,
                (build) => buildPostTradingCardSetSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postTradingCardSetSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postTradingCardSetSearchOperation,
                  (build) => buildPostTradingCardSetSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get videoGame() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getVideoGameOperation,
            (build) => buildGetVideoGameRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getVideoGame,
            safe: (callOptions) => transport.sendResult(
              getVideoGameOperation,
              (build) => buildGetVideoGameRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getVideoGameSearchOperation,
                (build) => buildGetVideoGameSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getVideoGameSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getVideoGameSearchOperation,
                  (build) => buildGetVideoGameSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postVideoGameSearchOperation,
                (build) => buildPostVideoGameSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postVideoGameSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postVideoGameSearchOperation,
                  (build) => buildPostVideoGameSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get videoRelease() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getVideoReleaseOperation,
            (build) => buildGetVideoReleaseRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getVideoRelease,
            safe: (callOptions) => transport.sendResult(
              getVideoReleaseOperation,
              (build) => buildGetVideoReleaseRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getVideoReleaseSearchOperation,
                (build) => buildGetVideoReleaseSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getVideoReleaseSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getVideoReleaseSearchOperation,
                  (build) => buildGetVideoReleaseSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postVideoReleaseSearchOperation,
                (build) => buildPostVideoReleaseSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postVideoReleaseSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postVideoReleaseSearchOperation,
                  (build) => buildPostVideoReleaseSearchRequest(callOptions, body, build),
                  callOptions
                )
              }
            )
          };
        }
      };
    },
    get weapon() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getWeaponOperation,
            (build) => buildGetWeaponRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getWeapon,
            safe: (callOptions) => transport.sendResult(
              getWeaponOperation,
              (build) => buildGetWeaponRequest(callOptions, build),
              callOptions
            )
          }
        ),
        get search() {
          return {
            get: Object.assign(
              (callOptions = {}) => transport.send(
                getWeaponSearchOperation,
                (build) => buildGetWeaponSearchRequest(callOptions, build),
                callOptions
              ),
              {
                permissions: permissions.getWeaponSearch,
                safe: (callOptions = {}) => transport.sendResult(
                  getWeaponSearchOperation,
                  (build) => buildGetWeaponSearchRequest(callOptions, build),
                  callOptions
                )
              }
            ),
            post: Object.assign(
              (body, callOptions = {}) => transport.send(
                postWeaponSearchOperation,
                (build) => buildPostWeaponSearchRequest(callOptions, body, build),
                callOptions
              ),
              {
                permissions: permissions.postWeaponSearch,
                safe: (body, callOptions = {}) => transport.sendResult(
                  postWeaponSearchOperation,
                  (build) => buildPostWeaponSearchRequest(callOptions, body, build),
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
  buildGetAnimalRequest,
  buildGetAnimalSearchRequest,
  buildGetAstronomicalObjectRequest,
  buildGetAstronomicalObjectSearchRequest,
  buildGetBookCollectionRequest,
  buildGetBookCollectionSearchRequest,
  buildGetBookRequest,
  buildGetBookSearchRequest,
  buildGetBookSeriesRequest,
  buildGetBookSeriesSearchRequest,
  buildGetCharacterRequest,
  buildGetCharacterSearchRequest,
  buildGetComicCollectionRequest,
  buildGetComicCollectionSearchRequest,
  buildGetComicSeriesRequest,
  buildGetComicSeriesSearchRequest,
  buildGetComicStripRequest,
  buildGetComicStripSearchRequest,
  buildGetComicsRequest,
  buildGetComicsSearchRequest,
  buildGetCompanyRequest,
  buildGetCompanySearchRequest,
  buildGetConflictRequest,
  buildGetConflictSearchRequest,
  buildGetElementRequest,
  buildGetElementSearchRequest,
  buildGetEpisodeRequest,
  buildGetEpisodeSearchRequest,
  buildGetFoodRequest,
  buildGetFoodSearchRequest,
  buildGetLiteratureRequest,
  buildGetLiteratureSearchRequest,
  buildGetLocationRequest,
  buildGetLocationSearchRequest,
  buildGetMagazineRequest,
  buildGetMagazineSearchRequest,
  buildGetMagazineSeriesRequest,
  buildGetMagazineSeriesSearchRequest,
  buildGetMaterialRequest,
  buildGetMaterialSearchRequest,
  buildGetMedicalConditionRequest,
  buildGetMedicalConditionSearchRequest,
  buildGetMovieRequest,
  buildGetMovieSearchRequest,
  buildGetOccupationRequest,
  buildGetOccupationSearchRequest,
  buildGetOrganizationRequest,
  buildGetOrganizationSearchRequest,
  buildGetPerformerRequest,
  buildGetPerformerSearchRequest,
  buildGetSeasonRequest,
  buildGetSeasonSearchRequest,
  buildGetSeriesRequest,
  buildGetSeriesSearchRequest,
  buildGetSoundtrackRequest,
  buildGetSoundtrackSearchRequest,
  buildGetSpacecraftClassRequest,
  buildGetSpacecraftClassSearchRequest,
  buildGetSpacecraftRequest,
  buildGetSpacecraftSearchRequest,
  buildGetSpeciesRequest,
  buildGetSpeciesSearchRequest,
  buildGetStaffRequest,
  buildGetStaffSearchRequest,
  buildGetTechnologyRequest,
  buildGetTechnologySearchRequest,
  buildGetTitleRequest,
  buildGetTitleSearchRequest,
  buildGetTradingCardDeckRequest,
  buildGetTradingCardDeckSearchRequest,
  buildGetTradingCardRequest,
  buildGetTradingCardSearchRequest,
  buildGetTradingCardSetRequest,
  buildGetTradingCardSetSearchRequest,
  buildGetVideoGameRequest,
  buildGetVideoGameSearchRequest,
  buildGetVideoReleaseRequest,
  buildGetVideoReleaseSearchRequest,
  buildGetWeaponRequest,
  buildGetWeaponSearchRequest,
  buildPostAnimalSearchRequest,
  buildPostAstronomicalObjectSearchRequest,
  buildPostBookCollectionSearchRequest,
  buildPostBookSearchRequest,
  buildPostBookSeriesSearchRequest,
  buildPostCharacterSearchRequest,
  buildPostComicCollectionSearchRequest,
  buildPostComicSeriesSearchRequest,
  buildPostComicStripSearchRequest,
  buildPostComicsSearchRequest,
  buildPostCompanySearchRequest,
  buildPostConflictSearchRequest,
  buildPostElementSearchRequest,
  buildPostEpisodeSearchRequest,
  buildPostFoodSearchRequest,
  buildPostLiteratureSearchRequest,
  buildPostLocationSearchRequest,
  buildPostMagazineSearchRequest,
  buildPostMagazineSeriesSearchRequest,
  buildPostMaterialSearchRequest,
  buildPostMedicalConditionSearchRequest,
  buildPostMovieSearchRequest,
  buildPostOccupationSearchRequest,
  buildPostOrganizationSearchRequest,
  buildPostPerformerSearchRequest,
  buildPostSeasonSearchRequest,
  buildPostSeriesSearchRequest,
  buildPostSoundtrackSearchRequest,
  buildPostSpacecraftClassSearchRequest,
  buildPostSpacecraftSearchRequest,
  buildPostSpeciesSearchRequest,
  buildPostStaffSearchRequest,
  buildPostTechnologySearchRequest,
  buildPostTitleSearchRequest,
  buildPostTradingCardDeckSearchRequest,
  buildPostTradingCardSearchRequest,
  buildPostTradingCardSetSearchRequest,
  buildPostVideoGameSearchRequest,
  buildPostVideoReleaseSearchRequest,
  buildPostWeaponSearchRequest,
  createClient,
  readGetAnimalResult,
  readGetAnimalSearchResult,
  readGetAstronomicalObjectResult,
  readGetAstronomicalObjectSearchResult,
  readGetBookCollectionResult,
  readGetBookCollectionSearchResult,
  readGetBookResult,
  readGetBookSearchResult,
  readGetBookSeriesResult,
  readGetBookSeriesSearchResult,
  readGetCharacterResult,
  readGetCharacterSearchResult,
  readGetComicCollectionResult,
  readGetComicCollectionSearchResult,
  readGetComicSeriesResult,
  readGetComicSeriesSearchResult,
  readGetComicStripResult,
  readGetComicStripSearchResult,
  readGetComicsResult,
  readGetComicsSearchResult,
  readGetCompanyResult,
  readGetCompanySearchResult,
  readGetConflictResult,
  readGetConflictSearchResult,
  readGetElementResult,
  readGetElementSearchResult,
  readGetEpisodeResult,
  readGetEpisodeSearchResult,
  readGetFoodResult,
  readGetFoodSearchResult,
  readGetLiteratureResult,
  readGetLiteratureSearchResult,
  readGetLocationResult,
  readGetLocationSearchResult,
  readGetMagazineResult,
  readGetMagazineSearchResult,
  readGetMagazineSeriesResult,
  readGetMagazineSeriesSearchResult,
  readGetMaterialResult,
  readGetMaterialSearchResult,
  readGetMedicalConditionResult,
  readGetMedicalConditionSearchResult,
  readGetMovieResult,
  readGetMovieSearchResult,
  readGetOccupationResult,
  readGetOccupationSearchResult,
  readGetOrganizationResult,
  readGetOrganizationSearchResult,
  readGetPerformerResult,
  readGetPerformerSearchResult,
  readGetSeasonResult,
  readGetSeasonSearchResult,
  readGetSeriesResult,
  readGetSeriesSearchResult,
  readGetSoundtrackResult,
  readGetSoundtrackSearchResult,
  readGetSpacecraftClassResult,
  readGetSpacecraftClassSearchResult,
  readGetSpacecraftResult,
  readGetSpacecraftSearchResult,
  readGetSpeciesResult,
  readGetSpeciesSearchResult,
  readGetStaffResult,
  readGetStaffSearchResult,
  readGetTechnologyResult,
  readGetTechnologySearchResult,
  readGetTitleResult,
  readGetTitleSearchResult,
  readGetTradingCardDeckResult,
  readGetTradingCardDeckSearchResult,
  readGetTradingCardResult,
  readGetTradingCardSearchResult,
  readGetTradingCardSetResult,
  readGetTradingCardSetSearchResult,
  readGetVideoGameResult,
  readGetVideoGameSearchResult,
  readGetVideoReleaseResult,
  readGetVideoReleaseSearchResult,
  readGetWeaponResult,
  readGetWeaponSearchResult,
  readPostAnimalSearchResult,
  readPostAstronomicalObjectSearchResult,
  readPostBookCollectionSearchResult,
  readPostBookSearchResult,
  readPostBookSeriesSearchResult,
  readPostCharacterSearchResult,
  readPostComicCollectionSearchResult,
  readPostComicSeriesSearchResult,
  readPostComicStripSearchResult,
  readPostComicsSearchResult,
  readPostCompanySearchResult,
  readPostConflictSearchResult,
  readPostElementSearchResult,
  readPostEpisodeSearchResult,
  readPostFoodSearchResult,
  readPostLiteratureSearchResult,
  readPostLocationSearchResult,
  readPostMagazineSearchResult,
  readPostMagazineSeriesSearchResult,
  readPostMaterialSearchResult,
  readPostMedicalConditionSearchResult,
  readPostMovieSearchResult,
  readPostOccupationSearchResult,
  readPostOrganizationSearchResult,
  readPostPerformerSearchResult,
  readPostSeasonSearchResult,
  readPostSeriesSearchResult,
  readPostSoundtrackSearchResult,
  readPostSpacecraftClassSearchResult,
  readPostSpacecraftSearchResult,
  readPostSpeciesSearchResult,
  readPostStaffSearchResult,
  readPostTechnologySearchResult,
  readPostTitleSearchResult,
  readPostTradingCardDeckSearchResult,
  readPostTradingCardSearchResult,
  readPostTradingCardSetSearchResult,
  readPostVideoGameSearchResult,
  readPostVideoReleaseSearchResult,
  readPostWeaponSearchResult
};
