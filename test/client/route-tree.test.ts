import { describe, expect, it } from 'vitest';
import { memberName, pathSegments, planRouteTree, type RouteNode } from '../../generator/plan/route-tree.js';
import type { HttpMethod, OperationNode } from '../../generator/model/ir.js';

const source = { file: 'a.yaml', pointer: '' };

function op(method: HttpMethod, path: string): OperationNode {
  const id = `${method}${path.replace(/[^A-Za-z0-9]/g, '')}`;
  return { operationId: id, identifier: id, typeName: id, method, path, deprecated: false, tags: [], parameters: [], responses: [], servers: [], extensions: {}, source };
}

/** `name(args)` for every node, depth first, with the methods on each. */
function outline(node: RouteNode, indent = ''): string[] {
  const lines = node.operations.map((o) => `${indent}.${o.method}()`);
  for (const child of node.children) {
    const args = child.parameters.length === 0 ? '' : `(${child.parameters.map((p) => p.argName).join(', ')})`;
    lines.push(`${indent}${child.name}${args}`, ...outline(child, indent + '  '));
  }
  return lines;
}

describe('memberName', () => {
  it.each([
    ['users', 'users'],
    ['{usersId}', 'byUsersId'],
    ['{user-id}', 'byUserId'],
    ['root:{path}:', 'rootByPath'],
    ['{id}.json', 'byIdJson'],
    ['microsoft.graph.delta()', 'microsoftGraphDelta'],
    ['$count', 'count'],
    ['2fa', '_2fa'],
    ['__proto__', 'proto'],
    ['{}', 'byValue'],
    ['', 'emptySegment'],
    ['***', 'segment'],
  ])('%s → %s', (segment, name) => expect(memberName(segment)).toBe(name));
});

describe('pathSegments', () => {
  it.each([
    ['/users/{id}', ['users', '{id}']],
    ['/', []],
    ['/users/', ['users', '']],
  ])('%s', (path, segments) => expect(pathSegments(path)).toEqual(segments));
});

describe('planRouteTree', () => {
  it('follows the path: literals are properties, parameters are by<Name> methods, methods are last', () => {
    const tree = planRouteTree([op('patch', '/users/{usersId}'), op('get', '/users/{usersId}'), op('get', '/users')], []);
    expect(outline(tree)).toEqual(['users', '  .get()', '  byUsersId(usersId)', '    .get()', '    .patch()']);
  });

  it('never lets a segment take an HTTP method, an Object.prototype member or `then`', () => {
    const tree = planRouteTree(['get', 'constructor', 'toString', 'then', 'hasOwnProperty'].map((s) => op('post', `/x/${s}`)), []);
    expect(tree.children[0]!.children.map((c) => c.name)).toEqual(['constructor2', 'get2', 'hasOwnProperty2', 'then2', 'toString2']);
  });

  it('keeps names unique when different segments give the same name', () => {
    const tree = planRouteTree([op('get', '/a/{id}'), op('get', '/a/byId'), op('get', '/a/by-id'), op('get', '/a/__proto__'), op('get', '/a/proto')], []);
    const names = tree.children[0]!.children.map((c) => `${c.segment}=${c.name}`);
    expect(names).toEqual(['__proto__=proto', 'by-id=byId', 'byId=byId2', 'proto=proto2', '{id}=byId3']);
  });

  it('names path arguments so none shadows another on the way down or a generated name', () => {
    const tree = planRouteTree([op('get', '/a/{id}/b/{Id}/c/{transport}')], ['transport']);
    const args: string[] = [];
    const walk = (node: RouteNode): void => node.children.forEach((c) => (args.push(...c.parameters.map((p) => p.argName)), walk(c)));
    walk(tree);
    expect(args).toEqual(['id', 'id2', 'transport2']);
  });

  it('gives reserved words a safe argument name', () => {
    const tree = planRouteTree([op('get', '/a/{default}/{class}')], []);
    expect(outline(tree)).toEqual(['a', '  byDefault(default_)', '    byClass(class_)', '      .get()']);
  });

  it('puts the operations of `/` on the root and a trailing slash on its own node', () => {
    const tree = planRouteTree([op('get', '/'), op('get', '/users/')], []);
    expect(outline(tree)).toEqual(['.get()', 'users', '  emptySegment', '    .get()']);
  });

  it('does not depend on the order of the operations', () => {
    const ops = [op('get', '/a/{x}'), op('get', '/a/byX'), op('put', '/a/{x}/b'), op('get', '/b'), op('delete', '/a/{x}')];
    const forward = outline(planRouteTree(ops, []));
    expect(outline(planRouteTree([...ops].reverse(), []))).toEqual(forward);
  });
});
