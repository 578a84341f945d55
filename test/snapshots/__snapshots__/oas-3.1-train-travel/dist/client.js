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
const getBookingsOperation = {
  method: "GET",
  pathTemplate: "/bookings",
  path: ["/bookings"],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "OAuth2" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBookingsResponse(value),
    "GET /bookings response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateProblem(value),
      "GET /bookings 400 error body"
    );
    if (status === 401) return assertValid(
      V.validateProblem(value),
      "GET /bookings 401 error body"
    );
    if (status === 403) return assertValid(
      V.validateProblem(value),
      "GET /bookings 403 error body"
    );
    if (status === 429) return assertValid(
      V.validateProblem(value),
      "GET /bookings 429 error body"
    );
    if (status === 500) return assertValid(
      V.validateProblem(value),
      "GET /bookings 500 error body"
    );
  }
};
function buildGetBookingsRequest(parameters = {}, options) {
  return buildRequest(getBookingsOperation, parameters, void 0, options);
}
function readGetBookingsResult(response, options) {
  return readResult(getBookingsOperation, response, options);
}
const createBookingOperation = {
  method: "POST",
  pathTemplate: "/bookings",
  path: ["/bookings"],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  body: { "kind": "json", "contentType": "application/json", "required": true },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "OAuth2" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateBookingRequestBody(value),
    "POST /bookings request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateBookingResponse(value),
    "POST /bookings response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateProblem(value),
      "POST /bookings 400 error body"
    );
    if (status === 401) return assertValid(
      V.validateProblem(value),
      "POST /bookings 401 error body"
    );
    if (status === 404) return assertValid(
      V.validateProblem(value),
      "POST /bookings 404 error body"
    );
    if (status === 409) return assertValid(
      V.validateProblem(value),
      "POST /bookings 409 error body"
    );
    if (status === 429) return assertValid(
      V.validateProblem(value),
      "POST /bookings 429 error body"
    );
    if (status === 500) return assertValid(
      V.validateProblem(value),
      "POST /bookings 500 error body"
    );
  }
};
function buildCreateBookingRequest(parameters = {}, body, options) {
  return buildRequest(createBookingOperation, parameters, body, options);
}
function readCreateBookingResult(response, options) {
  return readResult(createBookingOperation, response, options);
}
const getBookingOperation = {
  method: "GET",
  pathTemplate: "/bookings/{bookingId}",
  path: [
    "/bookings/",
    { "name": "bookingId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "OAuth2" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetBookingResponse(value),
    "GET /bookings/{bookingId} response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateProblem(value),
      "GET /bookings/{bookingId} 400 error body"
    );
    if (status === 401) return assertValid(
      V.validateProblem(value),
      "GET /bookings/{bookingId} 401 error body"
    );
    if (status === 403) return assertValid(
      V.validateProblem(value),
      "GET /bookings/{bookingId} 403 error body"
    );
    if (status === 404) return assertValid(
      V.validateProblem(value),
      "GET /bookings/{bookingId} 404 error body"
    );
    if (status === 429) return assertValid(
      V.validateProblem(value),
      "GET /bookings/{bookingId} 429 error body"
    );
    if (status === 500) return assertValid(
      V.validateProblem(value),
      "GET /bookings/{bookingId} 500 error body"
    );
  }
};
function buildGetBookingRequest(parameters, options) {
  return buildRequest(getBookingOperation, parameters, void 0, options);
}
function readGetBookingResult(response, options) {
  return readResult(getBookingOperation, response, options);
}
const deleteBookingOperation = {
  method: "DELETE",
  pathTemplate: "/bookings/{bookingId}",
  path: [
    "/bookings/",
    { "name": "bookingId", "in": "path", "style": "simple", "explode": false, "required": true }
  ],
  parameters: [],
  baseUrl: "https://api.example.com",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "OAuth2" }]],
  response: "none",
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateProblem(value),
      "DELETE /bookings/{bookingId} 400 error body"
    );
    if (status === 401) return assertValid(
      V.validateProblem(value),
      "DELETE /bookings/{bookingId} 401 error body"
    );
    if (status === 403) return assertValid(
      V.validateProblem(value),
      "DELETE /bookings/{bookingId} 403 error body"
    );
    if (status === 404) return assertValid(
      V.validateProblem(value),
      "DELETE /bookings/{bookingId} 404 error body"
    );
    if (status === 429) return assertValid(
      V.validateProblem(value),
      "DELETE /bookings/{bookingId} 429 error body"
    );
    if (status === 500) return assertValid(
      V.validateProblem(value),
      "DELETE /bookings/{bookingId} 500 error body"
    );
  }
};
function buildDeleteBookingRequest(parameters, options) {
  return buildRequest(deleteBookingOperation, parameters, void 0, options);
}
function readDeleteBookingResult(response, options) {
  return readResult(deleteBookingOperation, response, options);
}
const createBookingPaymentOperation = {
  method: "POST",
  pathTemplate: "/bookings/{bookingId}/payment",
  path: [
    "/bookings/",
    { "name": "bookingId", "in": "path", "style": "simple", "explode": false, "required": true },
    "/payment"
  ],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json",
  body: { "kind": "json", "contentType": "application/json", "required": false },
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "OAuth2" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateBookingPaymentRequestBody(value),
    "POST /bookings/{bookingId}/payment request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateBookingPaymentResponse(value),
    "POST /bookings/{bookingId}/payment response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateProblem(value),
      "POST /bookings/{bookingId}/payment 400 error body"
    );
    if (status === 401) return assertValid(
      V.validateProblem(value),
      "POST /bookings/{bookingId}/payment 401 error body"
    );
    if (status === 403) return assertValid(
      V.validateProblem(value),
      "POST /bookings/{bookingId}/payment 403 error body"
    );
    if (status === 429) return assertValid(
      V.validateProblem(value),
      "POST /bookings/{bookingId}/payment 429 error body"
    );
    if (status === 500) return assertValid(
      V.validateProblem(value),
      "POST /bookings/{bookingId}/payment 500 error body"
    );
  }
};
function buildCreateBookingPaymentRequest(parameters, body, options) {
  return buildRequest(createBookingPaymentOperation, parameters, body, options);
}
function readCreateBookingPaymentResult(response, options) {
  return readResult(createBookingPaymentOperation, response, options);
}
const getStationsOperation = {
  method: "GET",
  pathTemplate: "/stations",
  path: ["/stations"],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "OAuth2" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetStationsResponse(value),
    "GET /stations response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(
      V.validateProblem(value),
      "GET /stations 400 error body"
    );
    if (status === 401) return assertValid(
      V.validateProblem(value),
      "GET /stations 401 error body"
    );
    if (status === 403) return assertValid(
      V.validateProblem(value),
      "GET /stations 403 error body"
    );
    if (status === 429) return assertValid(
      V.validateProblem(value),
      "GET /stations 429 error body"
    );
    if (status === 500) return assertValid(
      V.validateProblem(value),
      "GET /stations 500 error body"
    );
  }
};
function buildGetStationsRequest(parameters = {}, options) {
  return buildRequest(getStationsOperation, parameters, void 0, options);
}
function readGetStationsResult(response, options) {
  return readResult(getStationsOperation, response, options);
}
const getTripsOperation = {
  method: "GET",
  pathTemplate: "/trips",
  path: ["/trips"],
  parameters: [
    { "name": "origin", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "destination", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "date", "in": "query", "style": "form", "explode": true, "required": true },
    { "name": "bicycles", "in": "query", "style": "form", "explode": true, "required": false },
    { "name": "dogs", "in": "query", "style": "form", "explode": true, "required": false }
  ],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  bearerAuth: true,
  security: [[{ "kind": "bearer", "scheme": "OAuth2" }]],
  response: "json",
  checkResponse: (value) => assertValid(
    V.validateGetTripsResponse(value),
    "GET /trips response body"
  ),
  checkError: (status, value) => {
    if (status === 400) return assertValid(V.validateProblem(value), "GET /trips 400 error body");
    if (status === 401) return assertValid(V.validateProblem(value), "GET /trips 401 error body");
    if (status === 403) return assertValid(V.validateProblem(value), "GET /trips 403 error body");
    if (status === 429) return assertValid(V.validateProblem(value), "GET /trips 429 error body");
    if (status === 500) return assertValid(V.validateProblem(value), "GET /trips 500 error body");
  }
};
function buildGetTripsRequest(parameters, options) {
  return buildRequest(getTripsOperation, parameters, void 0, options);
}
function readGetTripsResult(response, options) {
  return readResult(getTripsOperation, response, options);
}
function createClient(options = {}) {
  const transport = createTransport(options);
  return {
    get bookings() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getBookingsOperation,
            (build) => buildGetBookingsRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getBookings,
            safe: (callOptions = {}) => transport.sendResult(
              getBookingsOperation,
              (build) => buildGetBookingsRequest({}, build),
              callOptions
            )
          }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createBookingOperation,
            (build) => buildCreateBookingRequest({}, body, build),
            callOptions
          ),
          {
            permissions: permissions.createBooking,
            safe: (body, callOptions = {}) => transport.sendResult(
              createBookingOperation,
              (build) => buildCreateBookingRequest({}, body, build),
              callOptions
            )
          }
        ),
        byBookingId: (bookingId) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getBookingOperation,
              (build) => buildGetBookingRequest({ path: { bookingId } }, build),
              callOptions
            ),
            {
              permissions: permissions.getBooking,
              safe: (callOptions = {}) => transport.sendResult(
                getBookingOperation,
                (build) => buildGetBookingRequest({ path: { bookingId } }, build),
                callOptions
              )
            }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteBookingOperation,
              (build) => buildDeleteBookingRequest({ path: { bookingId } }, build),
              callOptions
            ),
            {
              permissions: permissions.deleteBooking,
              safe: (callOptions = {}) => transport.sendResult(
                deleteBookingOperation,
                (build) => buildDeleteBookingRequest({ path: { bookingId } }, build),
                callOptions
              )
            }
          ),
          get payment() {
            return {
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createBookingPaymentOperation,
                  (build) => buildCreateBookingPaymentRequest(
                    { path: { bookingId } },
                    body,
                    build
                  ),
                  callOptions
                ),
                {
                  permissions: permissions.createBookingPayment,
                  safe: (body, callOptions = {}) => transport.sendResult(
                    createBookingPaymentOperation,
                    (build) => buildCreateBookingPaymentRequest(
                      { path: { bookingId } },
                      body,
                      build
                    ),
                    callOptions
                  )
                }
              )
            };
          }
        })
      };
    },
    get stations() {
      return {
        get: Object.assign(
          (callOptions = {}) => transport.send(
            getStationsOperation,
            (build) => buildGetStationsRequest({}, build),
            callOptions
          ),
          {
            permissions: permissions.getStations,
            safe: (callOptions = {}) => transport.sendResult(
              getStationsOperation,
              (build) => buildGetStationsRequest({}, build),
              callOptions
            )
          }
        )
      };
    },
    get trips() {
      return {
        get: Object.assign(
          (callOptions) => transport.send(
            getTripsOperation,
            (build) => buildGetTripsRequest(callOptions, build),
            callOptions
          ),
          {
            permissions: permissions.getTrips,
            safe: (callOptions) => transport.sendResult(
              getTripsOperation,
              (build) => buildGetTripsRequest(callOptions, build),
              callOptions
            )
          }
        )
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
  buildCreateBookingPaymentRequest,
  buildCreateBookingRequest,
  buildDeleteBookingRequest,
  buildGetBookingRequest,
  buildGetBookingsRequest,
  buildGetStationsRequest,
  buildGetTripsRequest,
  createClient,
  readCreateBookingPaymentResult,
  readCreateBookingResult,
  readDeleteBookingResult,
  readGetBookingResult,
  readGetBookingsResult,
  readGetStationsResult,
  readGetTripsResult
};
