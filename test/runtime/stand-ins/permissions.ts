export * from '../../../generated/src/permissions.js';
