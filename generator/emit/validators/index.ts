import { createHash } from 'node:crypto';
import type { ApiModel, SchemaNode } from '../../model/ir.js';
import { childrenOf, validationShape } from '../../model/schema-vocabulary.js';
import { referencedNames, type PackagePlan } from '../../plan/index.js';
import { layoutStatements } from '../../render/code-layout.js';
import { block, condition, ifThen, line, type Block } from '../../render/code-tree.js';
import { docComment } from '../../render/ts-syntax.js';
import type { EmitContext, EmittedFile, Emitter } from '../contract.js';
import type { View } from '../../plan/names.js';
import { FAST_FAIL, REPORT, type CheckerNames, type Checkers } from './check-parts.js';
import { CheckWriter, pureReference } from './check-writer.js';
import { ModuleConstants } from './module-constants.js';
import { validatorTargets, type ValidatorTarget } from './validator-targets.js';
import { ANY_KIND } from './value-kinds.js';
import { during } from '../../processing-step.js';
import { JsonSchemaWriter, type JsonSchema } from './json-schema.js';
import { layoutLiteral, type LiteralValue } from '../../render/literal-layout.js';

/** Static runtime modules, copied from `runtime/validators/` as they are. */
const RUNTIME_MODULES = ['validation', 'validation-json', 'validation-formats'];

/**
 * The validators emitter: `src/validators.ts` with, for every named schema (and its write view)
 * and every request/response body, `validateX`, `isX` and `schemas.X` (Standard Schema v1), plus
 * the static runtime under `src/runtime/`. Each check is generated as straight-line code per
 * schema, twice: a yes/no checker (`is$X`, behind `isX`) and a reporting one (`check$X`, behind
 * `validateX`; see `check-writer.ts`). Template: `validators/validators.ts.hbs`; runtime:
 * `runtime/validators/*.ts`.
 */
export const validatorsEmitter: Emitter = {
  name: 'validators',
  // Checks values against the types module's types (`import type * as T`).
  dependsOn: ['types'],
  emit(context: EmitContext): EmittedFile[] {
    const { model, plan, templates } = context;
    const title = model.info.title;
    const constants = new ModuleConstants();
    const functions: Block[] = [];
    const checkers = withHoisting(checkerNames(plan), constants, functions);
    const targets = validatorTargets(model, plan);
    const validators = targets.map((target) => during(`for the validator of ${target.names.type}`, target.schema.source, () => {
      const own = { fast: target.names.fast, report: target.names.report };
      const names = pureReference(target.schema, target.view, checkers) ?? own;
      if (names === own) functions.push(...checkerFunctions(target, own, checkers, constants));
      return {
        typeName: target.names.type,
        validateName: target.names.validate,
        guardName: target.names.guard,
        fast: names.fast,
        report: names.report,
        accepts: target.accepts.join(' || '),
        validateDoc: docComment([`Checks a value against ${target.subject}: returns it typed, or every issue found (the first \`options.maxIssues\` only, when given).`]),
        isDoc: docComment([`True when a value matches ${target.subject}.`]),
      };
    }));
    const head = templates.render('validators/validators.ts.hbs', { title, validators });
    const jsonSchemas = jsonSchemaCode(model, plan, targets);
    // The checkers and the constants they share are written laid out (see `code-layout.ts`), and
    // export nothing: the head's text alone gives the declarations.
    const shared = constants.declarations.length === 0 ? '' : `${constants.declarations.join('\n')}\n\n`;
    const checkersText = functions.map((f) => layoutStatements([f])).join('\n');
    const main = `${head}\n// The checkers behind the validators above (laid out by apiwright, not prettier).\n\n${shared}${checkersText}\n${jsonSchemas}`;
    // The built-in template is written in its final layout too; an overriding one is formatted.
    const laidOut = templates.isBuiltin('validators/validators.ts.hbs');
    return [
      { path: 'src/validators.ts', contents: main, entry: './validators', inIndex: true, preformattedFrom: laidOut ? 0 : head.length, internalFrom: head.length },
      ...RUNTIME_MODULES.map((name) => ({ path: `src/runtime/${name}.ts`, contents: templates.runtime(`validators/${name}.ts`, { title }) })),
    ];
  },
};

/**
 * Checkers of named schemas: `is$User` / `check$User`, and the `…Writable` ones for the write view.
 * A schema that is only a `$ref` (an alias) has none of its own: it uses its final target's (the
 * plan's `aliasEnd`), so a chain of aliases costs one call, not one per link.
 */
function checkerNames(plan: PackagePlan): CheckerNames {
  return {
    of(ref: string, view: View) {
      const names = referencedNames(plan, ref, view);
      return names === undefined ? undefined : { fast: names.fast, report: names.report };
    },
  };
}

/** Schema nodes (not counting named schemas it refers to) from which an inline schema gets checkers of its own. */
export const HOISTED_SCHEMA_NODES = 8;

/**
 * Adds `hoisted` to the named schemas' checkers: an anonymous schema of at least
 * `HOISTED_SCHEMA_NODES` nodes gets `is$$inlineN` / `check$$inlineN` (numbered in first-use order;
 * `$` never starts a planned type name), shared by every structurally identical schema in the same
 * view. Without it a property's checks are written once for each object it is nested in, which on
 * deeply nested specs (GitHub's webhooks) grows the module to tens of megabytes.
 */
function withHoisting(checkers: CheckerNames, constants: ModuleConstants, functions: Block[]): CheckerNames {
  const sizes = new WeakMap<SchemaNode, number>();
  // Each node's shape is hashed once (both writers, and every enclosing schema, ask again).
  const shapes = new WeakMap<SchemaNode, string>();
  const byShape = new Map<string, Checkers>();
  const self: CheckerNames = {
    of: (ref, view) => checkers.of(ref, view),
    hoisted(schema, view) {
      if (schemaNodeCount(schema, sizes) < HOISTED_SCHEMA_NODES) return undefined;
      let hashed = shapes.get(schema);
      if (hashed === undefined) shapes.set(schema, (hashed = createHash('sha256').update(validationShape(schema)).digest('base64')));
      const shape = `${view} ${hashed}`;
      const known = byShape.get(shape);
      if (known !== undefined) return known;
      const names = { fast: `is$$inline${byShape.size + 1}`, report: `check$$inline${byShape.size + 1}` };
      byShape.set(shape, names);
      functions.push(...checkerFunctions({ view, schema }, names, self, constants));
      return names;
    },
  };
  return self;
}

function schemaNodeCount(schema: SchemaNode, sizes: WeakMap<SchemaNode, number>): number {
  const known = sizes.get(schema);
  if (known !== undefined) return known;
  const count = childrenOf(schema).reduce((n, child) => n + schemaNodeCount(child, sizes), 1);
  sizes.set(schema, count);
  return count;
}

function checkerFunctions(target: Pick<ValidatorTarget, 'view' | 'schema'>, names: Checkers, checkers: CheckerNames, constants: ModuleConstants): Block[] {
  const root = { name: 'v', path: [], kinds: ANY_KIND };
  const fast = new CheckWriter(target.view, checkers, constants, target.schema).node(target.schema, root, FAST_FAIL).code;
  const report = new CheckWriter(target.view, checkers, constants, target.schema).node(target.schema, root, REPORT).code;
  const tooDeep = condition('d > MAX_DEPTH');
  return [
    block([ifThen(tooDeep, line('return false;')), ...fast, line('return true;')], `function ${names.fast}(v: unknown, d: number): boolean`),
    block([ifThen(tooDeep, line('return depthExceeded(s, p);')), ...report, line('return s;')], `function ${names.report}(v: unknown, p: IssuePath, s: ValidationIssue[] | undefined, d: number): ValidationIssue[] | undefined`),
  ];
}

/**
 * The JSON Schemas behind `schemas.X["~standard"].jsonSchema`: every named schema once (`$defs`,
 * by type name, per view) and each validator's root; `jsonSchema$of` gives a validator's
 * document (its root and the `$defs` it reaches). Data, laid out in final form.
 */
function jsonSchemaCode(model: ApiModel, plan: PackagePlan, targets: ValidatorTarget[]): string {
  const writer = new JsonSchemaWriter(model, plan);
  const roots: Record<string, JsonSchema | null> = {};
  for (const target of targets) {
    const binary = target.accepts.some((a) => a.startsWith('accepts'));
    roots[target.names.type] = binary ? null : target.schemaId !== undefined ? { $ref: `#/$defs/${writer.defName(target.schemaId, target.view)}` } : writer.schema(target.schema, target.view);
  }
  const defsHead = 'const jsonSchema$defs: Readonly<Record<string, JsonSchemaValue>> = ';
  const rootsHead = 'const jsonSchema$roots: Readonly<Record<string, JsonSchemaValue | null>> = ';
  return [
    '/** JSON Schema (draft 2020-12) of every named schema, by type name. */',
    `${defsHead}${layoutLiteral(writer.defs() as LiteralValue, defsHead.length, 1)};`,
    '',
    '/** JSON Schema of each validator\'s value; `null` for a binary body. */',
    `${rootsHead}${layoutLiteral(roots as LiteralValue, rootsHead.length, 1)};`,
    '',
    'function jsonSchema$of(name: string): (target: string) => Record<string, unknown> {',
    '  return (target) => jsonSchemaDocument(jsonSchema$roots[name], jsonSchema$defs, target, name);',
    '}',
    '',
  ].join('\n');
}
