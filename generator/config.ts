import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SpecError } from './diagnostics.js';
import { FLAVOUR_SETTINGS, type FlavourSetting } from './model/flavour.js';

/** `apiwright.config.json`: every field optional; command-line options win. */
export interface ApiwrightConfig {
  spec?: string[];
  out?: string;
  templates?: string;
  packageName?: string;
  packageVersion?: string;
  /** Type-check the generated package on every run (default: only with custom templates). */
  typecheck?: boolean;
  /** Generate only the operations these patterns pick (see `model/operation-filter.ts`). */
  include?: string[];
  /** Leave out the operations these patterns pick (wins over `include`). */
  exclude?: string[];
  /** `generate --check` fails when the spec change since HEAD is breaking but packageVersion's major did not move. */
  breakingChangesNeedMajor?: boolean;
  /** Service conventions of the package: `graph`, `plain`, or `auto` (detected; the default). */
  flavour?: FlavourSetting;
  /** The output kinds to emit (`types`, `validators`, ...), with what they depend on (default: all). */
  outputs?: string[];
}

export const CONFIG_FILE = 'apiwright.config.json';

const KEYS = new Set(['$schema', 'spec', 'out', 'templates', 'packageName', 'packageVersion', 'typecheck', 'include', 'exclude', 'breakingChangesNeedMajor', 'flavour', 'outputs']);

export function readConfig(cwd: string): ApiwrightConfig {
  const path = resolve(cwd, CONFIG_FILE);
  if (!existsSync(path)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SpecError([{ severity: 'error', file: CONFIG_FILE, message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SpecError([{ severity: 'error', file: CONFIG_FILE, message: 'must hold a JSON object' }]);
  }
  const config = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(config)) if (!KEYS.has(key)) problems.push(`unknown option "${key}"`);
  const out: ApiwrightConfig = {};
  if (config.spec !== undefined) {
    const spec = typeof config.spec === 'string' ? [config.spec] : config.spec;
    if (Array.isArray(spec) && spec.every((s) => typeof s === 'string')) out.spec = spec as string[];
    else problems.push('"spec" must be a string or an array of strings');
  }
  for (const key of ['include', 'exclude'] as const) {
    const value = config[key];
    if (value === undefined) continue;
    const list = typeof value === 'string' ? [value] : value;
    if (Array.isArray(list) && list.every((s) => typeof s === 'string')) out[key] = list as string[];
    else problems.push(`"${key}" must be a string or an array of strings`);
  }
  if (config.outputs !== undefined) {
    const list = typeof config.outputs === 'string' ? config.outputs.split(',').map((k) => k.trim()) : config.outputs;
    if (Array.isArray(list) && list.length > 0 && list.every((k) => typeof k === 'string' && k !== '')) out.outputs = list as string[];
    else problems.push('"outputs" must be a non-empty array of output kinds (or a comma-separated string)');
  }
  for (const key of ['out', 'templates', 'packageName', 'packageVersion'] as const) {
    const value = config[key];
    if (value === undefined) continue;
    if (typeof value === 'string') out[key] = value;
    else problems.push(`"${key}" must be a string`);
  }
  if (config.typecheck !== undefined) {
    if (typeof config.typecheck === 'boolean') out.typecheck = config.typecheck;
    else problems.push('"typecheck" must be true or false');
  }
  if (config.breakingChangesNeedMajor !== undefined) {
    if (typeof config.breakingChangesNeedMajor === 'boolean') out.breakingChangesNeedMajor = config.breakingChangesNeedMajor;
    else problems.push('"breakingChangesNeedMajor" must be true or false');
  }
  if (config.flavour !== undefined) {
    if (typeof config.flavour === 'string' && (FLAVOUR_SETTINGS as readonly string[]).includes(config.flavour)) out.flavour = config.flavour as FlavourSetting;
    else problems.push(`"flavour" must be one of ${FLAVOUR_SETTINGS.map((f) => `"${f}"`).join(', ')}`);
  }
  if (problems.length > 0) throw new SpecError(problems.map((message) => ({ severity: 'error' as const, file: CONFIG_FILE, message })));
  return out;
}
