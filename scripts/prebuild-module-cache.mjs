// Build step: format and compile the modules every generated package carries whatever its spec
// (the client, validator and mock runtimes, the mock entry points) once, into dist/module-cache/,
// which every run reads after its own cache. A first run on a new spec then formats and compiles
// only the modules its spec shapes. Entries are keyed by content like any cache entry, so one that
// no longer matches a template or runtime file is simply never read. Skipped when dist/, the
// templates and the runtime have not changed since the last build.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { generate } = await import(join(root, 'dist', 'generator', 'index.js'));
const { fingerprintFolder, fingerprintGenerator, hash } = await import(join(root, 'dist', 'generator', 'cache', 'run-cache.js'));
const { BUILTIN_MODULE_CACHE } = await import(join(root, 'dist', 'generator', 'cache', 'file-cache.js'));

const target = dirname(BUILTIN_MODULE_CACHE);
const stampPath = join(target, 'stamp');
const stamp = hash(JSON.stringify([fingerprintGenerator(), fingerprintFolder(join(root, 'templates')), fingerprintFolder(join(root, 'runtime'))]));
if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) process.exit(0);

rmSync(target, { recursive: true, force: true });
// Any valid spec carries every runtime module of its flavour; this one is as small as that allows.
const work = mkdtempSync(join(tmpdir(), 'apiwright-module-cache-'));
try {
  writeFileSync(
    join(work, 'spec.yaml'),
    ['openapi: 3.0.3', 'info: { title: module cache, version: 1.0.0 }', 'paths:', '  /things:', '    get:', '      operationId: listThings', '      responses:', "        '200': { description: OK }", ''].join('\n'),
  );
  // Type-checked too, so type-checking runs reuse the runtime modules' checks as well. Both
  // flavours: some runtime modules differ between them (see README "Flavours").
  for (const flavour of ['plain', 'graph']) {
    await generate({ cwd: work, spec: ['spec.yaml'], out: join(work, 'out'), cache: false, cacheDir: target, typecheck: true, flavour });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(stampPath, stamp);
