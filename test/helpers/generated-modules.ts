import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every generated module of the suite that is not a runtime copy: the `.ts` files under
 * `generated/src` and each snapshot package's `src` (paths relative to the repository root).
 */
export function generatedModules(): string[] {
  const roots = ['generated/src', ...readdirSync('test/snapshots/__snapshots__').map((name) => join('test/snapshots/__snapshots__', name, 'src'))];
  const modules: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.includes('/runtime/')) modules.push(path);
    }
  };
  for (const root of roots) if (statSync(root, { throwIfNoEntry: false })?.isDirectory()) walk(root);
  return modules;
}
