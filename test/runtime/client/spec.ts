import type { OperationSpec } from '../../../runtime/client/request.js';

/** A small operation spec for the client runtime's tests: `GET /users/{id}` with a query parameter. */
export function operation(overrides: Partial<OperationSpec> = {}): OperationSpec {
  return {
    method: 'GET',
    pathTemplate: '/users/{id}',
    path: ['/users/', { name: 'id', in: 'path', style: 'simple', explode: false, required: true }],
    parameters: [{ name: '$top', in: 'query', style: 'form', explode: true, required: false }],
    baseUrl: 'https://api.example.test/v1',
    accept: 'application/json',
    bearerAuth: false,
    response: 'json',
    ...overrides,
  };
}
