import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type TypeScript = typeof import('ts-morph').ts;

let typescript: TypeScript | undefined;

/**
 * The TypeScript compiler API as ts-morph bundles it, loaded without the rest of ts-morph (which
 * doubles the load time, and a small run waits for it); through ts-morph if that file moves.
 */
export function loadTypeScript(): TypeScript {
  if (typescript !== undefined) return typescript;
  try {
    typescript = createRequire(require.resolve('ts-morph'))('@ts-morph/common/dist/typescript.js') as TypeScript;
  } catch {
    typescript = (require('ts-morph') as typeof import('ts-morph')).ts;
  }
  return typescript;
}
