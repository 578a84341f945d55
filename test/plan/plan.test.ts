import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildModel } from '../../generator/model/index.js';
import { CLIENT_MODULE_NAMES, operationPlan, planPackage, type RouteNode } from '../../generator/plan/index.js';
import { bodyShape, requestMedia, successResponses } from '../../generator/plan/operation-shapes.js';
import { fixtureSpecs } from '../helpers/fixtures.js';
import { REPO } from '../helpers/workspace.js';

function everyRoute(node: RouteNode): RouteNode[] {
  return [node, ...node.children.flatMap(everyRoute)];
}

describe.each(fixtureSpecs())('the plan of $name', (fixture) => {
  const model = buildModel(loadSpec(fixture.spec, REPO));
  const plan = planPackage(model);

  it('names every schema and operation once, with no two types or validators sharing a name', () => {
    expect([...plan.schemas.keys()].sort()).toEqual(model.schemas.map((s) => s.id).sort());
    expect([...plan.operations.keys()]).toEqual(model.operations);
    const typeNames = [
      ...[...plan.schemas.values()].flatMap((s) => (s.writeDiffers ? [s.read.type, s.write.type] : [s.read.type])),
      ...[...plan.operations.values()].flatMap(({ names }) => [names.parameters, names.requestBody.type, names.response.type, names.error]),
    ];
    expect(new Set(typeNames).size).toBe(typeNames.length);
    const validators = [...plan.schemas.values()].flatMap((s) => (s.writeDiffers ? [s.read, s.write] : [s.read])).concat([...plan.operations.values()].flatMap(({ names }) => [names.requestBody, names.response]));
    for (const key of ['validate', 'guard', 'fast', 'report'] as const) expect(new Set(validators.map((v) => v[key])).size).toBe(validators.length);
    const clientNames = [...plan.operations.values()].flatMap(({ names }) => [names.builder, names.specConstant, names.resultReader]);
    expect(new Set(clientNames).size).toBe(clientNames.length);
  });

  it('plans the route tree once, its path arguments clear of every name the client module uses', () => {
    const reserved = new Set([...CLIENT_MODULE_NAMES, ...[...plan.operations.values()].flatMap(({ names }) => [names.builder, names.specConstant, names.resultReader])]);
    const routes = everyRoute(plan.routes);
    expect(routes.flatMap((r) => r.operations).sort((a, b) => model.operations.indexOf(a) - model.operations.indexOf(b))).toEqual(model.operations);
    for (const route of routes) for (const parameter of route.parameters) expect(reserved.has(parameter.argName), parameter.argName).toBe(false);
  });

  it('chooses each operation\'s bodies once, as the shared rules say', () => {
    for (const op of model.operations) {
      const planned = operationPlan(plan, op);
      expect(planned.requestMedia).toBe(requestMedia(op));
      expect(planned.requestBody).toEqual(op.requestBody === undefined ? undefined : bodyShape(requestMedia(op), 'write'));
      expect(planned.successResponses).toEqual(successResponses(op));
      expect(planned.responseBodies).toEqual(successResponses(op).map((r) => bodyShape(r.content[0], 'read')));
    }
  });

  it('cannot be changed once made', () => {
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.routes)).toBe(true);
    expect(() => {
      (plan as { routes: unknown }).routes = undefined;
    }).toThrow(TypeError);
    for (const planned of plan.operations.values()) {
      expect(Object.isFrozen(planned)).toBe(true);
      expect(Object.isFrozen(planned.names)).toBe(true);
    }
    for (const names of plan.schemas.values()) expect(Object.isFrozen(names)).toBe(true);
  });
});

describe('the seed plan', () => {
  it('has the names the seed package exports', () => {
    const model = buildModel(loadSpec(['spec'], REPO));
    const plan = planPackage(model);
    const op = model.operations.find((o) => o.method === 'patch' && o.path === '/users/{usersId}')!;
    const { names } = operationPlan(plan, op);
    expect(names).toMatchObject({ parameters: 'UpdateUserParameters', error: 'UpdateUserError', builder: 'buildUpdateUserRequest', specConstant: 'updateUserOperation', resultReader: 'readUpdateUserResult' });
    expect(names.requestBody).toEqual({ type: 'UpdateUserRequestBody', validate: 'validateUpdateUserRequestBody', guard: 'isUpdateUserRequestBody', fast: 'is$UpdateUserRequestBody', report: 'check$UpdateUserRequestBody' });
    const route = everyRoute(plan.routes).find((r) => r.operations.includes(op))!;
    expect(route.name).toBe('byUsersId');
    expect(route.parameters.map((p) => p.argName)).toEqual(['usersId']);
  });
});

describe('the emitters', () => {
  const emitFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? emitFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const sources = emitFiles(join(REPO, 'generator', 'emit')).map((path) => ({ path: relative(REPO, path), text: readFileSync(path, 'utf8') }));

  it.each([
    ['an operation-derived name', /\$\{[\w.]*op\.typeName\}/],
    ['a schema view name', /\.writeTypeName\b/],
    ['a route tree of their own', /\bplanRouteTree\(/],
    ['resource collections of their own', /\bresourceCollections\(/],
    ['an alias rule of their own', /key !== 'description'|\bdescription, (title|deprecated)\b|\btitle, description\b/],
  ])('never derive %s (they read the plan and the schema vocabulary)', (_what, pattern) => {
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((s) => pattern.test(s.text)).map((s) => s.path)).toEqual([]);
  });
});
