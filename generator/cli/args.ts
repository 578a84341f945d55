/** A small, strict argument parser: unknown flags are usage errors, never ignored. */
import { UsageError } from '../diagnostics.js';

export { UsageError };

export interface FlagSpec {
  /** Flag takes a value (`--out dir`); repeatable ones collect into an array. */
  value?: boolean;
  repeat?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[] | true>;
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const flags = new Map<string, string[] | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const flag = spec[name];
    if (flag === undefined) throw new UsageError(`unknown option --${name}`);
    if (!flag.value) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    const previous = flags.get(name);
    if (previous !== undefined && !flag.repeat) throw new UsageError(`--${name} given twice`);
    flags.set(name, [...(Array.isArray(previous) ? previous : []), value]);
  }
  return { positionals, flags };
}

export function flagValues(args: ParsedArgs, name: string): string[] | undefined {
  const value = args.flags.get(name);
  return Array.isArray(value) ? value : undefined;
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  return flagValues(args, name)?.[0];
}
