export * from '../../../../../generated/src/mocks/runtime/flavour.js';
