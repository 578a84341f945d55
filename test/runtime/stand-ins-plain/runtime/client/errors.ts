export * from '../../../../../runtime/client/errors-plain.js';
