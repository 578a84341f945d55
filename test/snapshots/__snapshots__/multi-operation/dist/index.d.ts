export * from './types.js';
export * from './permissions.js';
export * from './client.js';
