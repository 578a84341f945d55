export * from './permissions.js';
export * from './client.js';
