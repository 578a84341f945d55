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
 * Handlebars templates by file name (`types/types.ts.hbs`), from a user's override folder first,
 * then the built-in folder. Templates compile with `noEscape`: HTML escaping is wrong for
 * TypeScript, so every spec string reaches a template already escaped, or through one of the
 * helpers below (`str`, `json`, `doc`, `key`, `literal`; for Markdown `md`, `mdCell`, `mdBlock`,
 * `mdLiteral`, `mdCode`, `mdCodeCell`, see `markdown.ts`).
 */
export class TemplateSet {
  readonly #handlebars = Handlebars.create();
  readonly #compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(
    readonly overrideDir?: string,
    readonly builtinDir: string = BUILTIN_TEMPLATES_DIR,
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
}
