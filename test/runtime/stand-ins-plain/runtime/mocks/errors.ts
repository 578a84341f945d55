export * from '../../../../../runtime/mocks/errors-plain.js';
