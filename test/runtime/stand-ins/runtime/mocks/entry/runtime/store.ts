export * from '../../../../../../../runtime/mocks/store.js';
