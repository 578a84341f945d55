import {
  createMockCore
} from "./runtime/core.js";
import {
  validateCreateBookingRequestBody,
  validateCreateBookingPaymentRequestBody
} from "../validators.js";
const MOCK_BASE_URL = "https://api.example.com";
const route$getBookings = {
  operation: "getBookings",
  method: "GET",
  path: "/bookings",
  server: null,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        data: [
          {
            id: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
            trip_id: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
            passenger_name: "John Doe",
            has_bicycle: true,
            has_dog: true
          },
          {
            id: "b2e783e1-c824-4d63-b37a-d8d698862f1d",
            trip_id: "b2e783e1-c824-4d63-b37a-d8d698862f1d",
            passenger_name: "Jane Smith",
            has_bicycle: false,
            has_dog: false
          }
        ],
        links: {
          self: "https://api.example.com/bookings",
          next: "https://api.example.com/bookings?page=2"
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "400",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/bad-request",
        title: "Bad Request",
        status: 400,
        detail: "The request is invalid or missing required parameters."
      }
    },
    {
      status: "401",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/unauthorized",
        title: "Unauthorized",
        status: 401,
        detail: "You do not have the necessary permissions."
      }
    },
    {
      status: "403",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/forbidden",
        title: "Forbidden",
        status: 403,
        detail: "Access is forbidden for the provided credentials."
      }
    },
    {
      status: "429",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/too-many-requests",
        title: "Too Many Requests",
        status: 429,
        detail: "You have exceeded the rate limit."
      }
    },
    {
      status: "500",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/internal-server-error",
        title: "Internal Server Error",
        status: 500,
        detail: "An unexpected error occurred."
      }
    }
  ]
};
const route$createBooking = {
  operation: "createBooking",
  method: "POST",
  path: "/bookings",
  server: null,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  requestBody: {
    required: true,
    contentTypes: ["application/json", "application/xml"],
    json: true,
    object: true,
    validate: validateCreateBookingRequestBody
  },
  response: {
    status: 201,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "create",
    collection: "/bookings",
    item: "/bookings/{bookingId}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "400",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/bad-request",
        title: "Bad Request",
        status: 400,
        detail: "The request is invalid or missing required parameters."
      }
    },
    {
      status: "401",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/unauthorized",
        title: "Unauthorized",
        status: 401,
        detail: "You do not have the necessary permissions."
      }
    },
    {
      status: "404",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/not-found",
        title: "Not Found",
        status: 404,
        detail: "The requested resource was not found."
      }
    },
    {
      status: "409",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/conflict",
        title: "Conflict",
        status: 409,
        detail: "There is a conflict with an existing resource."
      }
    },
    {
      status: "429",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/too-many-requests",
        title: "Too Many Requests",
        status: 429,
        detail: "You have exceeded the rate limit."
      }
    },
    {
      status: "500",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/internal-server-error",
        title: "Internal Server Error",
        status: 500,
        detail: "An unexpected error occurred."
      }
    }
  ]
};
const route$getBooking = {
  operation: "getBooking",
  method: "GET",
  path: "/bookings/{bookingId}",
  server: null,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  requestBody: null,
  response: {
    status: 200,
    media: { contentType: "application/json", kind: "json", example: null }
  },
  resource: {
    action: "read",
    collection: "/bookings",
    item: "/bookings/{bookingId}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "400",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/bad-request",
        title: "Bad Request",
        status: 400,
        detail: "The request is invalid or missing required parameters."
      }
    },
    {
      status: "401",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/unauthorized",
        title: "Unauthorized",
        status: 401,
        detail: "You do not have the necessary permissions."
      }
    },
    {
      status: "403",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/forbidden",
        title: "Forbidden",
        status: 403,
        detail: "Access is forbidden for the provided credentials."
      }
    },
    {
      status: "404",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/not-found",
        title: "Not Found",
        status: 404,
        detail: "The requested resource was not found."
      }
    },
    {
      status: "429",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/too-many-requests",
        title: "Too Many Requests",
        status: 429,
        detail: "You have exceeded the rate limit."
      }
    },
    {
      status: "500",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/internal-server-error",
        title: "Internal Server Error",
        status: 500,
        detail: "An unexpected error occurred."
      }
    }
  ]
};
const route$deleteBooking = {
  operation: "deleteBooking",
  method: "DELETE",
  path: "/bookings/{bookingId}",
  server: null,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  requestBody: null,
  response: { status: 204, media: null },
  resource: {
    action: "delete",
    collection: "/bookings",
    item: "/bookings/{bookingId}",
    key: "id",
    keyType: "string",
    typeTag: null
  },
  errors: [
    {
      status: "400",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/bad-request",
        title: "Bad Request",
        status: 400,
        detail: "The request is invalid or missing required parameters."
      }
    },
    {
      status: "401",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/unauthorized",
        title: "Unauthorized",
        status: 401,
        detail: "You do not have the necessary permissions."
      }
    },
    {
      status: "403",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/forbidden",
        title: "Forbidden",
        status: 403,
        detail: "Access is forbidden for the provided credentials."
      }
    },
    {
      status: "404",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/not-found",
        title: "Not Found",
        status: 404,
        detail: "The requested resource was not found."
      }
    },
    {
      status: "429",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/too-many-requests",
        title: "Too Many Requests",
        status: 429,
        detail: "You have exceeded the rate limit."
      }
    },
    {
      status: "500",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/internal-server-error",
        title: "Internal Server Error",
        status: 500,
        detail: "An unexpected error occurred."
      }
    }
  ]
};
const route$createBookingPayment = {
  operation: "createBookingPayment",
  method: "POST",
  path: "/bookings/{bookingId}/payment",
  server: null,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  requestBody: {
    required: false,
    contentTypes: ["application/json"],
    json: true,
    object: true,
    validate: validateCreateBookingPaymentRequestBody
  },
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        id: "2e3b4f5a-6b7c-8d9e-0f1a-2b3c4d5e6f7a",
        amount: 49.99,
        currency: "gbp",
        source: {
          object: "card",
          name: "J. Doe",
          number: "************4242",
          cvc: 123,
          exp_month: 12,
          exp_year: 2025,
          address_country: "gb",
          address_post_code: "N12 9XX"
        },
        status: "succeeded",
        links: {
          booking: "https://api.example.com/bookings/1725ff48-ab45-4bb5-9d02-88745177dedb/payment"
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "400",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/bad-request",
        title: "Bad Request",
        status: 400,
        detail: "The request is invalid or missing required parameters."
      }
    },
    {
      status: "401",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/unauthorized",
        title: "Unauthorized",
        status: 401,
        detail: "You do not have the necessary permissions."
      }
    },
    {
      status: "403",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/forbidden",
        title: "Forbidden",
        status: 403,
        detail: "Access is forbidden for the provided credentials."
      }
    },
    {
      status: "429",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/too-many-requests",
        title: "Too Many Requests",
        status: 429,
        detail: "You have exceeded the rate limit."
      }
    },
    {
      status: "500",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/internal-server-error",
        title: "Internal Server Error",
        status: 500,
        detail: "An unexpected error occurred."
      }
    }
  ]
};
const route$getStations = {
  operation: "getStations",
  method: "GET",
  path: "/stations",
  server: null,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        data: [
          {
            id: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
            name: "Berlin Hauptbahnhof",
            address: "Invalidenstra\xDFe 10557 Berlin, Germany",
            country_code: "DE",
            timezone: "Europe/Berlin"
          },
          {
            id: "b2e783e1-c824-4d63-b37a-d8d698862f1d",
            name: "Paris Gare du Nord",
            address: "18 Rue de Dunkerque 75010 Paris, France",
            country_code: "FR",
            timezone: "Europe/Paris"
          }
        ],
        links: {
          self: "https://api.example.com/stations&page=2",
          next: "https://api.example.com/stations?page=3",
          prev: "https://api.example.com/stations?page=1"
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "400",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/bad-request",
        title: "Bad Request",
        status: 400,
        detail: "The request is invalid or missing required parameters."
      }
    },
    {
      status: "401",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/unauthorized",
        title: "Unauthorized",
        status: 401,
        detail: "You do not have the necessary permissions."
      }
    },
    {
      status: "403",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/forbidden",
        title: "Forbidden",
        status: 403,
        detail: "Access is forbidden for the provided credentials."
      }
    },
    {
      status: "429",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/too-many-requests",
        title: "Too Many Requests",
        status: 429,
        detail: "You have exceeded the rate limit."
      }
    },
    {
      status: "500",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/internal-server-error",
        title: "Internal Server Error",
        status: 500,
        detail: "An unexpected error occurred."
      }
    }
  ]
};
const route$getTrips = {
  operation: "getTrips",
  method: "GET",
  path: "/trips",
  server: null,
  security: [[{ kind: "bearer", scheme: "OAuth2" }]],
  requestBody: null,
  response: {
    status: 200,
    media: {
      contentType: "application/json",
      kind: "json",
      example: {
        data: [
          {
            id: "ea399ba1-6d95-433f-92d1-83f67b775594",
            origin: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
            destination: "b2e783e1-c824-4d63-b37a-d8d698862f1d",
            departure_time: "2024-02-01T10:00:00Z",
            arrival_time: "2024-02-01T16:00:00Z",
            price: 50,
            operator: "Deutsche Bahn",
            bicycles_allowed: true,
            dogs_allowed: true
          },
          {
            id: "4d67459c-af07-40bb-bb12-178dbb88e09f",
            origin: "b2e783e1-c824-4d63-b37a-d8d698862f1d",
            destination: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
            departure_time: "2024-02-01T12:00:00Z",
            arrival_time: "2024-02-01T18:00:00Z",
            price: 50,
            operator: "SNCF",
            bicycles_allowed: true,
            dogs_allowed: true
          }
        ],
        links: {
          self: "https://api.example.com/trips?origin=efdbb9d1-02c2-4bc3-afb7-6788d8782b1e&destination=b2e783e1-c824-4d63-b37a-d8d698862f1d&date=2024-02-01",
          next: "https://api.example.com/trips?origin=efdbb9d1-02c2-4bc3-afb7-6788d8782b1e&destination=b2e783e1-c824-4d63-b37a-d8d698862f1d&date=2024-02-01&page=2"
        }
      }
    }
  },
  resource: null,
  errors: [
    {
      status: "400",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/bad-request",
        title: "Bad Request",
        status: 400,
        detail: "The request is invalid or missing required parameters."
      }
    },
    {
      status: "401",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/unauthorized",
        title: "Unauthorized",
        status: 401,
        detail: "You do not have the necessary permissions."
      }
    },
    {
      status: "403",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/forbidden",
        title: "Forbidden",
        status: 403,
        detail: "Access is forbidden for the provided credentials."
      }
    },
    {
      status: "429",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/too-many-requests",
        title: "Too Many Requests",
        status: 429,
        detail: "You have exceeded the rate limit."
      }
    },
    {
      status: "500",
      contentType: "application/problem+json",
      example: {
        type: "https://example.com/errors/internal-server-error",
        title: "Internal Server Error",
        status: 500,
        detail: "An unexpected error occurred."
      }
    }
  ]
};
const MOCK_ROUTES = [
  route$getBookings,
  route$createBooking,
  route$getBooking,
  route$deleteBooking,
  route$createBookingPayment,
  route$getStations,
  route$getTrips
];
const MOCK_SEED_DATA = {
  "/bookings": [
    {
      id: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
      trip_id: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
      passenger_name: "John Doe",
      has_bicycle: true,
      has_dog: true,
      links: { self: "https://api.example.com/bookings/efdbb9d1-02c2-4bc3-afb7-6788d8782b1e" }
    }
  ]
};
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
