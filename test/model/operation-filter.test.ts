import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpecError } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildModel } from '../../generator/model/index.js';
import { filterModel, pathGlob, wordGlob, type OperationFilter } from '../../generator/model/operation-filter.js';
import { makeWorkspace, removeWorkspace, runCli, writeFile } from '../helpers/workspace.js';

/**
 * A pet shop written for these tests: three tags, a discriminated `Pet` whose subtypes are
 * reached only through the discriminator's mapping, an `allOf` base, and schemas no operation uses.
 */
const SHOP = `openapi: 3.1.0
info: { title: Shop, version: 1.0.0 }
servers: [{ url: https://shop.example/v1 }]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } }
    post:
      operationId: createPet
      tags: [pets, admin]
      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/NewPet' } } } }
      responses: { '201': { description: created } }
  /pets/{petId}:
    parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
    get:
      operationId: getPet
      tags: [pets]
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } }
    delete:
      operationId: deletePet
      tags: [admin]
      responses: { '204': { description: gone } }
  /pets/{petId}/owner:
    get:
      operationId: getPetOwner
      tags: [owners]
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Owner' } } }
  /store/orders:
    get:
      operationId: listOrders
      tags: [store]
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Order' } } } }
components:
  schemas:
    Pet:
      type: object
      required: [kind]
      properties: { kind: { type: string }, name: { type: string } }
      discriminator:
        propertyName: kind
        mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' }
    Cat:
      allOf:
        - $ref: '#/components/schemas/Animal'
        - type: object
          properties: { lives: { type: integer }, toy: { $ref: '#/components/schemas/Toy' } }
    Dog:
      type: object
      properties: { kind: { type: string }, goodBoy: { type: boolean } }
    Animal:
      type: object
      properties: { kind: { type: string } }
    Toy:
      type: object
      properties: { label: { type: string } }
    NewPet:
      type: object
      properties: { name: { type: string } }
    Owner:
      type: object
      properties: { name: { type: string }, address: { $ref: '#/components/schemas/Address' } }
    Address:
      type: object
      properties: { city: { type: string } }
    Order:
      type: object
      properties: { id: { type: integer } }
    Unused:
      type: object
      properties: { nothing: { type: string } }
`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

function shop(): string {
  const dir = makeWorkspace({ 'spec/shop.yaml': SHOP }, { withSeed: false });
  dirs.push(dir);
  return dir;
}

function filtered(filter: OperationFilter) {
  const result = filterModel(buildModel(loadSpec(['spec'], shop())), filter);
  return {
    operations: result.model.operations.map((o) => o.operationId).sort(),
    schemas: result.model.schemas.map((s) => s.specName).sort(),
    summary: result.summary,
    warnings: result.model.warnings.map((w) => w.message),
  };
}

describe('globs', () => {
  it('path globs: * within a segment, ** across segments (none included)', () => {
    expect(pathGlob('/pets/*').test('/pets/{petId}')).toBe(true);
    expect(pathGlob('/pets/*').test('/pets/{petId}/owner')).toBe(false);
    expect(pathGlob('/pets/*').test('/pets')).toBe(false);
    expect(pathGlob('/pets/**').test('/pets')).toBe(true);
    expect(pathGlob('/pets/**').test('/pets/{petId}/owner')).toBe(true);
    expect(pathGlob('/pets/**').test('/petshop')).toBe(false);
    expect(pathGlob('/**/owner').test('/pets/{petId}/owner')).toBe(true);
    expect(pathGlob('/pets/{petId}').test('/pets/{petId}')).toBe(true);
    expect(pathGlob('/pet?').test('/pets')).toBe(true);
    expect(pathGlob('/a.b').test('/axb')).toBe(false);
  });

  it('word globs match whole names', () => {
    expect(wordGlob('get*').test('getPet')).toBe(true);
    expect(wordGlob('get*').test('forgetPet')).toBe(false);
    expect(wordGlob('p?ts').test('pets')).toBe(true);
  });
});

describe('filterModel', () => {
  it('keeps the operations a path glob picks and exactly the schemas they reach', () => {
    const r = filtered({ include: ['/pets/*/owner'] });
    expect(r.operations).toEqual(['getPetOwner']);
    expect(r.schemas).toEqual(['Address', 'Owner']);
    expect(r.summary).toEqual({ operations: { kept: 1, total: 6 }, schemas: { kept: 2, total: 10 } });
  });

  it('follows discriminator mappings and allOf: subtypes reached only through the mapping are kept', () => {
    const r = filtered({ include: ['GET /pets/{petId}'] });
    expect(r.operations).toEqual(['getPet']);
    expect(r.schemas).toEqual(['Animal', 'Cat', 'Dog', 'Pet', 'Toy']);
  });

  it('a method in a path pattern narrows it', () => {
    expect(filtered({ include: ['POST /pets'] }).operations).toEqual(['createPet']);
    expect(filtered({ include: ['delete /pets/**'] }).operations).toEqual(['deletePet']);
  });

  it('tags and operationIds', () => {
    expect(filtered({ include: ['tag:admin'] }).operations).toEqual(['createPet', 'deletePet']);
    expect(filtered({ include: ['tag:own*'] }).operations).toEqual(['getPetOwner']);
    expect(filtered({ include: ['operationId:list*'] }).operations).toEqual(['listOrders', 'listPets']);
    expect(filtered({ include: ['operationId:getPet', 'tag:store'] }).operations).toEqual(['getPet', 'listOrders']);
  });

  it('exclusion wins over inclusion, and exclusion alone keeps the rest', () => {
    expect(filtered({ include: ['/pets/**'], exclude: ['tag:admin'] }).operations).toEqual(['getPet', 'getPetOwner', 'listPets']);
    expect(filtered({ exclude: ['/pets/**'] }).operations).toEqual(['listOrders']);
    expect(filtered({ exclude: ['/pets/**'] }).schemas).toEqual(['Order']);
  });

  it('a filter that keeps nothing is a clear error', () => {
    const run = () => filtered({ include: ['operationId:getPet'], exclude: ['/pets/*'] });
    expect(run).toThrow(SpecError);
    expect(run).toThrow('the operation filter (--include operationId:getPet --exclude /pets/*) keeps none of the spec\'s 6 operations');
  });

  it('warns about a pattern that matches no operation', () => {
    expect(filtered({ include: ['/pets', '/nothing/**'] }).warnings).toContain('include pattern "/nothing/**" matches no operation');
  });

  it('refuses malformed patterns', () => {
    expect(() => filtered({ include: ['pets/**'] })).toThrow(/include pattern "pets\/\*\*": must be a path glob/);
    expect(() => filtered({ exclude: ['tag:'] })).toThrow(/exclude pattern "tag:": names no tag/);
    expect(() => filtered({ include: ['FETCH /pets'] })).toThrow(/must be a path glob/);
  });

  it('keeps the names planned for the whole spec', () => {
    const whole = buildModel(loadSpec(['spec'], shop()));
    const { model } = filterModel(whole, { include: ['tag:owners'] });
    for (const s of model.schemas) expect(s.typeName).toBe(whole.schemas.find((w) => w.id === s.id)!.typeName);
    expect(model.operations[0]!.identifier).toBe(whole.operations.find((o) => o.operationId === 'getPetOwner')!.identifier);
  });
});

describe('generate with a filter', () => {
  it('writes a package of the kept operations that type-checks, and says what it kept', async () => {
    const dir = shop();
    const r = await runCli(['generate', '--no-cache', '--typecheck', '--include', '/pets/**', '--exclude', 'tag:admin'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/from 3 of 6 operations and the 7 of 10 schemas they reach \(include\/exclude filter\)/);
    const types = readFileSync(join(dir, 'generated/src/types.ts'), 'utf8');
    expect(types).toMatch(/export type Owner = /);
    expect(types).toMatch(/export type Cat = Animal &/);
    expect(types).not.toMatch(/\bOrder\b|\bUnused\b|\bNewPet\b/);
    const client = readFileSync(join(dir, 'generated/src/client.ts'), 'utf8');
    expect(client).toMatch(/getPetOwner/);
    expect(client).not.toMatch(/deletePet|createPet|listOrders/);
  });

  it('reads include/exclude from apiwright.config.json; a command-line filter wins', async () => {
    const dir = shop();
    writeFile(dir, 'apiwright.config.json', JSON.stringify({ include: ['tag:store'] }));
    const fromConfig = await runCli(['generate', '--no-cache'], dir);
    expect(fromConfig.code).toBe(0);
    expect(fromConfig.stdout).toMatch(/from 1 of 6 operations/);
    const fromCli = await runCli(['generate', '--no-cache', '--include', 'tag:owners'], dir);
    expect(fromCli.stdout).toMatch(/from 1 of 6 operations and the 2 of 10 schemas/);
    expect(readFileSync(join(dir, 'generated/src/client.ts'), 'utf8')).toMatch(/getPetOwner/);
  });

  it('a filter that keeps nothing exits 2 and writes nothing', async () => {
    const dir = shop();
    const r = await runCli(['generate', '--include', 'tag:nothing'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/keeps none of the spec's 6 operations/);
    expect(existsSync(join(dir, 'generated'))).toBe(false);
  });

  it('a bad config filter is an error naming the option', async () => {
    const dir = shop();
    writeFile(dir, 'apiwright.config.json', JSON.stringify({ exclude: 3 }));
    const r = await runCli(['generate'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"exclude" must be a string or an array of strings/);
  });
});
