// apiwright's dependency rules, checked by dependency-cruiser (`npm run lint:deps`, and in `npm test`).
// docs/architecture.md ("Dependency rules") explains them.
//
// The generator is a pipeline: load → model → plan → emit → render → write, with the commands
// and the CLI on top. A module may import from its own layer and from layers BELOW it, never
// from a layer above (that would run against the pipeline), and no import cycles at all.

/** The generator's layers, lowest first. Each is one path pattern (relative to the repository). */
const LAYERS = [
  // Shared base modules every step may use: diagnostics (Diagnostic, SourceRef, SpecError,
  // UsageError, GeneratorBugError, JSON pointers), the processing step, and small value helpers.
  { name: 'base', path: '^generator/(diagnostics|processing-step|values|identifiers)\\.ts$' },
  { name: 'load', path: '^generator/load/' },
  { name: 'model', path: '^generator/model/' },
  // The text helpers emitters write with (escaping, literal and code layout, templates). They
  // live in render/ next to the stage that formats and compiles, but sit below plan and emit.
  { name: 'writing', path: '^generator/render/(ts-syntax|markdown|literal-layout|code-tree|code-layout|templates)\\.ts$' },
  { name: 'plan', path: '^generator/plan/' },
  { name: 'emit', path: '^generator/emit/' },
  { name: 'cache', path: '^generator/cache/' },
  // The render stage: prettier on worker threads, esbuild and declaration emit, Markdown layout.
  { name: 'render', path: '^generator/render/(?!(ts-syntax|markdown|literal-layout|code-tree|code-layout|templates)\\.ts$)' },
  { name: 'write', path: '^generator/write/' },
  // The whole run in memory (`generate()`) and apiwright.config.json.
  { name: 'run', path: '^generator/(index|config)\\.ts$' },
  // Commands built on the run: `apiwright diff` and `apiwright import`.
  { name: 'commands', path: '^generator/(diff|import)/' },
  { name: 'cli', path: '^generator/cli/' },
];

/**
 * The generated modules runtime files import in the package (`./errors.js` is the flavour's errors
 * file, `./flavour.js` and `../../permissions.js` are generated, the mock entries sit beside
 * `api.ts` and `server.ts`): the only imports of runtime/ that do not resolve in the repository.
 */
const GENERATED_NEIGHBOURS = ['\\./errors\\.js', '\\./flavour\\.js', '\\.\\./\\.\\./permissions\\.js', '\\./api\\.js', '\\./server\\.js', '\\./runtime/(token|store)\\.js'];

const upwardRules = LAYERS.slice(0, -1).map((layer, index) => {
  const above = LAYERS.slice(index + 1);
  return {
    name: `${layer.name}-imports-upward`,
    severity: 'error',
    comment: `${layer.name} may import only from its own layer and below it (${LAYERS.slice(0, index)
      .map((l) => l.name)
      .join(', ') || 'nothing'}), not from ${above.map((l) => l.name).join(', ')}: that runs against the pipeline.`,
    from: { path: layer.path },
    to: { path: above.map((l) => `(${l.path})`).join('|') },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make the order modules load in matter and hide which module owns what. Move what both sides need into a module of its own.',
      from: {},
      to: { circular: true },
    },
    ...upwardRules,
    {
      name: 'module-outside-the-layers',
      severity: 'error',
      comment: 'Every generator module belongs to a layer: put it in a layer folder, or add it to LAYERS in .dependency-cruiser.cjs.',
      from: { path: '^generator/', pathNot: LAYERS.map((l) => `(${l.path})`).join('|') },
      to: {},
    },
    {
      name: 'import-of-a-module-outside-the-layers',
      severity: 'error',
      comment: 'Every generator module belongs to a layer: put it in a layer folder, or add it to LAYERS in .dependency-cruiser.cjs.',
      from: {},
      to: { path: '^generator/', pathNot: LAYERS.map((l) => `(${l.path})`).join('|') },
    },
    {
      name: 'emit-reads-only-the-ir',
      severity: 'error',
      comment: 'Emitters read the IR (model/) and the plan (plan/), never the raw documents that load/ reads.',
      from: { path: '^generator/emit/' },
      to: { path: '^generator/load/' },
    },
    {
      name: 'runtime-stands-alone',
      severity: 'error',
      comment: 'runtime/ is copied into every generated package: it may import only other runtime files and packages, never the generator, tests or scripts.',
      from: { path: '^runtime/' },
      to: { path: '^(generator|test|bench|scripts|templates)/' },
    },
    {
      name: 'generator-unknown-import',
      severity: 'error',
      comment: 'An import that resolves to nothing: a typo, or a module that was moved.',
      from: { path: '^generator/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'runtime-unknown-import',
      severity: 'error',
      comment:
        'An import of runtime/ that resolves to nothing: a typo, or a moved module. Only the generated modules a runtime file sits beside in the package are missing here (they resolve to test/runtime/stand-ins/ for tsc).',
      from: { path: '^runtime/' },
      to: { couldNotResolve: true, pathNot: `^(${GENERATED_NEIGHBOURS.join('|')})$` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|generated|__snapshots__)/' },
    // TypeScript sources import each other as `./x.js`; the tsconfig makes those resolve to `./x.ts`.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.mts', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
