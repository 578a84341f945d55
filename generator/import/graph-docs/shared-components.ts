/**
 * What every imported operation shares and the shared components file declares once: Graph's
 * error envelope (https://learn.microsoft.com/en-us/graph/errors) for 4XX/5XX responses, and the
 * `azureAd` OAuth 2.0 scheme listing every scope the imported permission tables use.
 */
import type { SchemaObject } from './edm-types.js';

export const SECURITY_SCHEME = 'azureAd';
export const ERROR_RESPONSE = 'error';

export const ERROR_SCHEMAS: Record<string, SchemaObject> = {
  odataError: {
    type: 'object',
    description: 'The error envelope Microsoft Graph returns with every 4XX and 5XX response.',
    required: ['error'],
    properties: { error: { $ref: '#/components/schemas/mainError' } },
  },
  mainError: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: { type: 'string', description: 'An error code string for the error that occurred.' },
      message: { type: 'string', description: 'A developer-ready message about the error that occurred.' },
      target: { type: 'string', description: 'The target of the error.' },
      details: { type: 'array', items: { $ref: '#/components/schemas/errorDetails' } },
      innerError: { $ref: '#/components/schemas/innerError' },
    },
  },
  errorDetails: {
    type: 'object',
    required: ['code', 'message'],
    properties: { code: { type: 'string' }, message: { type: 'string' }, target: { type: 'string' } },
  },
  innerError: {
    type: 'object',
    description: 'Diagnostic details of the request that failed.',
    properties: {
      date: { type: 'string', format: 'date-time', description: 'Date when the error occurred.' },
      'request-id': { type: 'string', description: 'Request Id as tracked internally by the service.' },
      'client-request-id': { type: 'string', description: 'Client request Id as sent by the client application.' },
    },
  },
};

export const ERROR_RESPONSES: Record<string, SchemaObject> = {
  [ERROR_RESPONSE]: {
    description: "An error, in Microsoft Graph's error envelope.",
    headers: {
      'request-id': { description: 'Request Id as tracked internally by the service.', schema: { type: 'string' } },
      'client-request-id': { description: 'Client request Id as sent by the client application.', schema: { type: 'string' } },
      'Retry-After': { description: 'Seconds to wait before retrying (throttling, 429 and 503).', schema: { type: 'string' } },
    },
    content: { 'application/json': { schema: { $ref: '#/components/schemas/odataError' } } },
  },
};

/** Descriptions of the Intune scopes, as Microsoft's permission reference words them. */
const SCOPE_DESCRIPTIONS: Record<string, string> = {
  'DeviceManagementApps.Read.All': 'Read Microsoft Intune apps',
  'DeviceManagementApps.ReadWrite.All': 'Read and write Microsoft Intune apps',
  'DeviceManagementConfiguration.Read.All': 'Read Microsoft Intune device configuration and policies',
  'DeviceManagementConfiguration.ReadWrite.All': 'Read and write Microsoft Intune device configuration and policies',
  'DeviceManagementManagedDevices.Read.All': 'Read Microsoft Intune devices',
  'DeviceManagementManagedDevices.ReadWrite.All': 'Read and write Microsoft Intune devices',
  'DeviceManagementManagedDevices.PrivilegedOperations.All': 'Perform user-impacting remote actions on Microsoft Intune devices',
  'DeviceManagementRBAC.Read.All': 'Read Microsoft Intune RBAC settings',
  'DeviceManagementRBAC.ReadWrite.All': 'Read and write Microsoft Intune RBAC settings',
  'DeviceManagementServiceConfig.Read.All': 'Read Microsoft Intune configuration',
  'DeviceManagementServiceConfig.ReadWrite.All': 'Read and write Microsoft Intune configuration',
};

export function securitySchemes(scopes: Iterable<string>): Record<string, SchemaObject> {
  const scopeMap: Record<string, string> = {};
  for (const scope of [...new Set(scopes)].sort()) scopeMap[scope] = SCOPE_DESCRIPTIONS[scope] ?? scope;
  return {
    [SECURITY_SCHEME]: {
      type: 'oauth2',
      description:
        'Microsoft identity platform access token, sent as `Authorization: Bearer <token>`. Delegated (work or school account) and application permissions are scopes of https://graph.microsoft.com.',
      flows: {
        authorizationCode: {
          authorizationUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
          tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
          scopes: scopeMap,
        },
      },
    },
  };
}
