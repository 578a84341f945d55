import { compareMethods, METHOD_ORDER, type OperationNode } from '../model/ir.js';
import { identifierFor, NameRegistry } from '../model/names.js';
import { compareCodePoints } from '../values.js';
import { camelCase, pascalCase } from '../identifiers.js';

/**
 * The fluent client's shape: one node per path segment, so `/users/{usersId}` becomes
 * `client.users.byUsersId(id)`, with the operations of a path as methods named after their HTTP
 * method (`.patch(body)`). Every name is planned here, once, deterministically.
 */
export interface RouteNode {
  /** The property (literal segment) or method (segment with parameters) name on the parent. */
  name: string;
  /** The raw path segment (`users`, `{usersId}`, `root:{path}:`); '' for the root. */
  segment: string;
  /** The path up to and including this segment. */
  path: string;
  /** Path parameters this segment introduces, in order; empty for a literal segment. */
  parameters: RouteParameter[];
  children: RouteNode[];
  /** Operations on exactly this path, in HTTP method order. */
  operations: OperationNode[];
}

export interface RouteParameter {
  /** The parameter's name in the spec. */
  specName: string;
  /** The argument name in generated code, unique along the path from the root. */
  argName: string;
}


/**
 * Names a node's children never take: the HTTP methods (its operations), members every object
 * inherits (`constructor`, `toString`, ...) and `then`, which would make a node look like a promise
 * to `await`.
 */
const NODE_MEMBER_RESERVED = [
  ...METHOD_ORDER,
  'constructor',
  'prototype',
  'then',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
];

const TEMPLATE_EXPRESSION = /\{([^{}]*)\}/g;

/** Split a path template into segments: `/users/{id}` → `users`, `{id}`; `/` → none. */
export function pathSegments(path: string): string[] {
  const trimmed = path.startsWith('/') ? path.slice(1) : path;
  return trimmed === '' ? [] : trimmed.split('/');
}

/** The names of the template expressions in one segment, in order (`{a}.{b}` → `a`, `b`). */
export function segmentParameters(segment: string): string[] {
  return [...segment.matchAll(TEMPLATE_EXPRESSION)].map((m) => m[1]!);
}

/**
 * Plan the route tree of every operation. `reservedArgNames` are names the generated closures
 * refer to (module-level functions and constants), which a path argument must not shadow.
 */
export function planRouteTree(operations: readonly OperationNode[], reservedArgNames: Iterable<string>): RouteNode {
  const root: RouteNode = { name: '', segment: '', path: '', parameters: [], children: [], operations: [] };
  const bySegment = new Map<RouteNode, Map<string, RouteNode>>();
  for (const op of operations) {
    let node = root;
    for (const segment of pathSegments(op.path)) {
      let children = bySegment.get(node);
      if (children === undefined) bySegment.set(node, (children = new Map()));
      let child = children.get(segment);
      if (child === undefined) {
        child = { name: '', segment, path: `${node.path}/${segment}`, parameters: [], children: [], operations: [] };
        children.set(segment, child);
        node.children.push(child);
      }
      node = child;
    }
    node.operations.push(op);
  }
  nameChildren(root, new NameRegistry(reservedArgNames));
  return root;
}

/** Sort and name a node's children and their path arguments, depth first. */
function nameChildren(node: RouteNode, argNamesInScope: NameRegistry): void {
  node.operations.sort((a, b) => compareMethods(a.method, b.method));
  node.children.sort((a, b) => compareCodePoints(a.segment, b.segment));
  // Methods of 3.2's additionalOperations (`copy`) are members of the node too.
  const members = new NameRegistry([...NODE_MEMBER_RESERVED, ...node.operations.map((op) => op.method)]);
  for (const child of node.children) {
    child.name = members.claim(memberName(child.segment));
    const args = new NameRegistry([], argNamesInScope);
    child.parameters = segmentParameters(child.segment).map((specName) => ({ specName, argName: args.claim(identifierFor(specName, 'value')) }));
    nameChildren(child, child.parameters.length === 0 ? argNamesInScope : args);
  }
}

/**
 * `users` → `users`; `{usersId}` → `byUsersId`; `root:{path}:` → `rootByPath`;
 * `microsoft.graph.delta()` → `microsoftGraphDelta`. Never empty, never starting with a digit.
 */
export function memberName(segment: string): string {
  if (segment === '') return 'emptySegment';
  const spaced = segment.replace(TEMPLATE_EXPRESSION, (_, name: string) => ` by ${pascalCase(name) === '' ? 'value' : name} `);
  const name = camelCase(spaced);
  if (name === '') return 'segment';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
