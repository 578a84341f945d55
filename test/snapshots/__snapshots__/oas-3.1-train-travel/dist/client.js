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
const getBookingsOperation = {
  method: "GET",
  pathTemplate: "/bookings",
  path: ["/bookings"],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetBookingsResponse(value), "GET /bookings response body")
};
function buildGetBookingsRequest(parameters = {}, options) {
  return buildRequest(getBookingsOperation, parameters, void 0, options);
}
const createBookingOperation = {
  method: "POST",
  pathTemplate: "/bookings",
  path: ["/bookings"],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  body: { kind: "json", contentType: "application/json", required: true },
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  response: "json",
  checkBody: (value) => assertValid(V.validateCreateBookingRequestBody(value), "POST /bookings request body"),
  checkResponse: (value) => assertValid(V.validateCreateBookingResponse(value), "POST /bookings response body")
};
function buildCreateBookingRequest(parameters = {}, body, options) {
  return buildRequest(createBookingOperation, parameters, body, options);
}
const getBookingOperation = {
  method: "GET",
  pathTemplate: "/bookings/{bookingId}",
  path: [
    "/bookings/",
    { name: "bookingId", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetBookingResponse(value), "GET /bookings/{bookingId} response body")
};
function buildGetBookingRequest(parameters, options) {
  return buildRequest(getBookingOperation, parameters, void 0, options);
}
const deleteBookingOperation = {
  method: "DELETE",
  pathTemplate: "/bookings/{bookingId}",
  path: [
    "/bookings/",
    { name: "bookingId", in: "path", style: "simple", explode: false, required: true }
  ],
  parameters: [],
  baseUrl: "https://api.example.com",
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  response: "none"
};
function buildDeleteBookingRequest(parameters, options) {
  return buildRequest(deleteBookingOperation, parameters, void 0, options);
}
const createBookingPaymentOperation = {
  method: "POST",
  pathTemplate: "/bookings/{bookingId}/payment",
  path: [
    "/bookings/",
    { name: "bookingId", in: "path", style: "simple", explode: false, required: true },
    "/payment"
  ],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json",
  body: { kind: "json", contentType: "application/json", required: false },
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  response: "json",
  checkBody: (value) => assertValid(
    V.validateCreateBookingPaymentRequestBody(value),
    "POST /bookings/{bookingId}/payment request body"
  ),
  checkResponse: (value) => assertValid(
    V.validateCreateBookingPaymentResponse(value),
    "POST /bookings/{bookingId}/payment response body"
  )
};
function buildCreateBookingPaymentRequest(parameters, body, options) {
  return buildRequest(createBookingPaymentOperation, parameters, body, options);
}
const getStationsOperation = {
  method: "GET",
  pathTemplate: "/stations",
  path: ["/stations"],
  parameters: [],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetStationsResponse(value), "GET /stations response body")
};
function buildGetStationsRequest(parameters = {}, options) {
  return buildRequest(getStationsOperation, parameters, void 0, options);
}
const getTripsOperation = {
  method: "GET",
  pathTemplate: "/trips",
  path: ["/trips"],
  parameters: [
    { name: "origin", in: "query", style: "form", explode: true, required: true },
    { name: "destination", in: "query", style: "form", explode: true, required: true },
    { name: "date", in: "query", style: "form", explode: true, required: true },
    { name: "bicycles", in: "query", style: "form", explode: true, required: false },
    { name: "dogs", in: "query", style: "form", explode: true, required: false }
  ],
  baseUrl: "https://api.example.com",
  accept: "application/json, application/xml",
  bearerAuth: true,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  response: "json",
  checkResponse: (value) => assertValid(V.validateGetTripsResponse(value), "GET /trips response body")
};
function buildGetTripsRequest(parameters, options) {
  return buildRequest(getTripsOperation, parameters, void 0, options);
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
          { permissions: permissions.getBookings }
        ),
        post: Object.assign(
          (body, callOptions = {}) => transport.send(
            createBookingOperation,
            (build) => buildCreateBookingRequest({}, body, build),
            callOptions
          ),
          { permissions: permissions.createBooking }
        ),
        byBookingId: (bookingId) => ({
          get: Object.assign(
            (callOptions = {}) => transport.send(
              getBookingOperation,
              (build) => buildGetBookingRequest({ path: { bookingId } }, build),
              callOptions
            ),
            { permissions: permissions.getBooking }
          ),
          delete: Object.assign(
            (callOptions = {}) => transport.send(
              deleteBookingOperation,
              (build) => buildDeleteBookingRequest({ path: { bookingId } }, build),
              callOptions
            ),
            { permissions: permissions.deleteBooking }
          ),
          get payment() {
            return {
              post: Object.assign(
                (body, callOptions = {}) => transport.send(
                  createBookingPaymentOperation,
                  (build) => buildCreateBookingPaymentRequest({ path: { bookingId } }, body, build),
                  callOptions
                ),
                { permissions: permissions.createBookingPayment }
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
          { permissions: permissions.getStations }
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
          { permissions: permissions.getTrips }
        )
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
  buildCreateBookingPaymentRequest,
  buildCreateBookingRequest,
  buildDeleteBookingRequest,
  buildGetBookingRequest,
  buildGetBookingsRequest,
  buildGetStationsRequest,
  buildGetTripsRequest,
  createClient
};
