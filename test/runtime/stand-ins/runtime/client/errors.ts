export * from '../../../../../runtime/client/errors-graph.js';
