import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { FileCache } from '../../generator/cache/file-cache.js';
import { emitAll } from '../../generator/emit/index.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildModel } from '../../generator/model/index.js';
import { planPackage } from '../../generator/plan/index.js';
import { formatInChunks, PRETTIER_OPTIONS } from '../../generator/render/format.js';
import { TemplateSet } from '../../generator/render/templates.js';
import { fixtureSpecs } from '../helpers/fixtures.js';
import { REPO } from '../helpers/workspace.js';

/**
 * Big files are formatted statement by statement; that must give exactly what formatting the
 * whole file gives, for everything the emitters write.
 */
describe.each(fixtureSpecs())('chunked formatting of $name', (fixture) => {
  it('equals whole-file formatting for every emitted TypeScript module', async () => {
    const model = buildModel(loadSpec(fixture.spec, REPO));
    const files = emitAll({ model, plan: planPackage(model), templates: new TemplateSet(), packageName: 'p', packageVersion: '1.0.0' }).filter((f) => f.path.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const whole = await prettier.format(file.contents, PRETTIER_OPTIONS);
      expect(await formatInChunks(file.contents, new FileCache(undefined)), file.path).toBe(whole);
    }
  });
});
