import type { ApiModel } from '../model/ir.js';

/**
 * JSON batching (`POST /$batch`, Graph's format) is generated for Graph-flavoured APIs and for any
 * API that declares a `/$batch` path.
 */
export function batchingOf(model: ApiModel): boolean {
  return model.flavour === 'graph' || model.operations.some((op) => op.path === '/$batch' && op.method === 'post');
}
