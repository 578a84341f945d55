export * from '../../../../../../generated/src/mocks/api.js';
