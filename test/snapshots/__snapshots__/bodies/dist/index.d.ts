export * from './types.js';
export * from './validators.js';
export * from './permissions.js';
export * from './client.js';
