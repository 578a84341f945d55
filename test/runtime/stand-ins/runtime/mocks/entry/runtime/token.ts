export * from '../../../../../../../runtime/mocks/token.js';
