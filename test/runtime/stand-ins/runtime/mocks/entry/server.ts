export * from '../../../../../../generated/src/mocks/server.js';
