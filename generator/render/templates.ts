import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { markdownBlock, markdownCell, markdownCode, markdownLiteral, markdownText } from './markdown.js';
import { docComment, jsonLiteral, literalType, propertyKey, stringLiteral } from './ts-syntax.js';

export { markdownCell, markdownText };

/** The built-in templates: `templates/` at the project root (from source, or from `dist/`). */
export const BUILTIN_TEMPLATES_DIR = [
  fileURLToPath(new URL('../../templates/', import.meta.url)),
  fileURLToPath(new URL('../../../templates/', import.meta.url)),
].find((dir) => existsSync(join(dir, 'types')))!;

/**
 * The built-in runtime: `runtime/` at the project root, ordinary TypeScript that every generated
 * package carries as it is (`runtime/client`, `runtime/validators`, `runtime/mocks`).
 */
export const BUILTIN_RUNTIME_DIR = [
  fileURLToPath(new URL('../../runtime/', import.meta.url)),
  fileURLToPath(new URL('../../../runtime/', import.meta.url)),
].find((dir) => existsSync(join(dir, 'client')))!;

/**
 * Where a user's override of a runtime file goes, relative to the override folder: the runtime
 * file `client/url.ts` at `client/runtime/url.ts`, a mock entry point `mocks/entry/msw.ts` at
 * `mocks/msw.ts` (where the package has them: the paths templates had before).
 */
export function runtimeOverrideName(source: string): string {
  const [kind, ...rest] = source.split('/');
  return rest[0] === 'entry' ? [kind, ...rest.slice(1)].join('/') : [kind, 'runtime', ...rest].join('/');
}

/**
 * Handlebars templates by file name (`types/types.ts.hbs`), from a user's override folder first,
 * then the built-in folder. Templates compile with `noEscape`: HTML escaping is wrong for
 * TypeScript, so every spec string reaches a template already escaped, or through one of the
 * helpers below (`str`, `json`, `doc`, `key`, `literal`; for Markdown `md`, `mdCell`, `mdBlock`,
 * `mdLiteral`, `mdCode`, `mdCodeCell`, see `markdown.ts`).
 */
export class TemplateSet {
  readonly #handlebars = Handlebars.create();
  readonly #compiled = new Map<string, Handlebars.TemplateDelegate>();
  readonly #runtime = new Map<string, string>();

  constructor(
    readonly overrideDir?: string,
    readonly builtinDir: string = BUILTIN_TEMPLATES_DIR,
    readonly runtimeDir: string = BUILTIN_RUNTIME_DIR,
  ) {
    const hb = this.#handlebars;
    hb.registerHelper('str', (value: unknown) => stringLiteral(String(value)));
    hb.registerHelper('json', (value: unknown) => jsonLiteral(value));
    hb.registerHelper('literal', (value: unknown) => literalType(value));
    hb.registerHelper('key', (value: unknown) => propertyKey(String(value)));
    hb.registerHelper('doc', (...args: unknown[]) => {
      const values = args.slice(0, -1).map((v) => (typeof v === 'string' ? v : undefined));
      return docComment(values);
    });
    hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    hb.registerHelper('md', (value: unknown) => markdownText(String(value ?? '')));
    hb.registerHelper('mdCell', (value: unknown) => markdownCell(String(value ?? '')));
    hb.registerHelper('mdBlock', (value: unknown) => markdownBlock(String(value ?? '')));
    hb.registerHelper('mdLiteral', (value: unknown) => markdownLiteral(String(value ?? '')));
    hb.registerHelper('mdCode', (value: unknown) => markdownCode(String(value ?? '')));
    hb.registerHelper('mdCodeCell', (value: unknown) => markdownCode(String(value ?? ''), true));
  }

  /** Where a template comes from: the override folder when it has the file. */
  resolve(name: string): string {
    if (this.overrideDir !== undefined) {
      const candidate = join(this.overrideDir, name);
      if (existsSync(candidate)) return candidate;
    }
    return join(this.builtinDir, name);
  }

  /** True when `name` is apiwright's own template (not overridden). */
  isBuiltin(name: string): boolean {
    return this.resolve(name) === join(this.builtinDir, name);
  }

  render(name: string, data: object): string {
    let template = this.#compiled.get(name);
    if (template === undefined) {
      const file = this.resolve(name);
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        throw new Error(`template not found: ${name} (looked in ${this.overrideDir ?? '(no override folder)'} and the built-in templates)`);
      }
      template = this.#handlebars.compile(source, { noEscape: true });
      this.#compiled.set(name, template);
    }
    const text = template(data);
    if (text.trim() !== '' && !this.isBuiltin(name)) this.#fromOverrides.push(text);
    return text;
  }

  readonly #fromOverrides: string[] = [];

  /**
   * Whether `text` holds the output of an overriding template: such code is formatted (a user's
   * template is not written in apiwright's final layout); the built-in templates' output is laid out.
   */
  holdsOverrideOutput(text: string): boolean {
    return this.#fromOverrides.some((output) => text.includes(output));
  }

  /**
   * A runtime file's text (`source` relative to `runtime/`, e.g. `client/url.ts`), copied as it is.
   * The override folder replaces it with a file at `runtimeOverrideName(source)`
   * (`client/runtime/url.ts`), taken as it is, or with the template it was made from before the
   * runtime was TypeScript (`formerTemplate`, by default `<that>.hbs`), rendered with `data`.
   */
  runtime(source: string, data: object = {}, formerTemplate: string = `${runtimeOverrideName(source)}.hbs`): string {
    const overrideName = runtimeOverrideName(source);
    if (this.overrideDir !== undefined) {
      const plain = join(this.overrideDir, overrideName);
      if (existsSync(plain)) return readFileSync(plain, 'utf8');
      if (existsSync(join(this.overrideDir, formerTemplate))) return this.render(formerTemplate, data);
    }
    let text = this.#runtime.get(source);
    if (text === undefined) {
      try {
        text = readFileSync(join(this.runtimeDir, source), 'utf8');
      } catch {
        throw new Error(`runtime file not found: ${source} (looked in ${this.overrideDir ?? '(no override folder)'} as ${overrideName} and in the built-in runtime)`);
      }
      this.#runtime.set(source, text);
    }
    return text;
  }

}
