import type { OperationNode } from '../../model/ir.js';
import { forOperation } from '../../processing-step.js';
import { layoutLiteral, layoutLiteralType, type LiteralValue } from '../../render/literal-layout.js';
import { docComment, propertyKey } from '../../render/ts-syntax.js';
import type { EmitContext, EmittedFile, Emitter } from '../contract.js';
import { operationPermissionFacts, type OperationPermissionFacts, type SchemeFacts } from '../operation-permissions.js';

/**
 * The permissions emitter: `src/permissions.ts`, the permission table of every operation as typed
 * `as const` data (`permissions.updateUser`), and the helpers `requiredScopes`, `canCall` and
 * `permissionSchemeOf`. Template: `permissions/permissions.ts.hbs`.
 */
export const permissionsEmitter: Emitter = {
  name: 'permissions',
  dependsOn: [],
  emit(context: EmitContext): EmittedFile[] {
    const { model } = context;
    // The table is laid out here (`layoutLiteral`): the built-in template writes the module in its
    // final layout, and only an overriding template's output goes through prettier.
    const operations = model.operations.map((op) => forOperation(op, () => {
      const property = propertyKey(op.identifier);
      const entry = permissionEntry(op, operationPermissionFacts(op, model)) as LiteralValue;
      return {
        comment: docComment([`${op.method.toUpperCase()} ${op.path}`, op.summary], '  ', { deprecated: op.deprecated }),
        property,
        value: layoutLiteral(entry, 2 + property.length + 2, 1, 2),
        type: layoutLiteralType(entry, 2 + 'readonly '.length + property.length + 2, 1, 2),
      };
    }));
    const template = 'permissions/permissions.ts.hbs';
    return [
      {
        path: 'src/permissions.ts',
        entry: './permissions',
        inIndex: true,
        contents: context.templates.render(template, { title: model.info.title, graph: model.flavour === 'graph', operations }),
        ...(context.templates.isBuiltin(template) ? { preformattedFrom: 0 } : {}),
      },
    ];
  },
};

/**
 * One operation's `OperationPermissions` value as plain data. Objects keyed by spec strings
 * (context names) are built with `Object.fromEntries`, so a context named `__proto__` stays an own
 * property (and `layoutLiteral` writes it as a computed key).
 */
function permissionEntry(op: OperationNode, facts: OperationPermissionFacts): object {
  return {
    operation: op.identifier,
    method: op.method.toUpperCase(),
    path: op.path,
    source: facts.source ?? null,
    basis: facts.basis,
    authentication: facts.authentication,
    scopes: facts.scopes,
    ...(facts.requirements === undefined ? {} : { requirements: facts.requirements }),
    schemes: facts.schemes === undefined ? null : Object.fromEntries(facts.schemes.map((s) => [s.scheme, schemeEntry(s)])),
  };
}

function schemeEntry(facts: SchemeFacts): object {
  if (!facts.supported) return { supported: false };
  if (facts.contexts === undefined) return { supported: true, scopes: facts.scopes, leastPrivileged: facts.leastPrivileged };
  return {
    supported: true,
    scopes: facts.scopes,
    contexts: Object.fromEntries(facts.contexts.map((c) => [c.name, { scopes: c.scopes, leastPrivileged: c.leastPrivileged }])),
  };
}
