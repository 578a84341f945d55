export * from '../../../../../runtime/mocks/errors-graph.js';
