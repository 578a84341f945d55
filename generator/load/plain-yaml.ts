import { FAILSAFE_SCHEMA, load, Type, type LoadOptions } from 'js-yaml';

/**
 * The fast way to read a YAML spec file: js-yaml (several times faster than the `yaml` package's
 * document model, and without its syntax tree) for the YAML that spec files are made of — mappings,
 * sequences, plain, quoted and block scalars. The data must be exactly what the `yaml` package
 * reads (YAML 1.2, core schema), which stays the reader of everything else and of every error, so:
 *
 * - plain scalars resolve as YAML 1.2's core schema says (js-yaml's own core schema also takes
 *   YAML 1.1's `0b101` and `1_000` as numbers);
 * - a text with what could be an anchor (`&a`) or a tag (`!!int`), an explicit key (`? `), a key
 *   that is null (`~:`, which the `yaml` package names ``), or no document at all is left to the
 *   `yaml` package (an alias without an anchor makes js-yaml throw, and so does everything else).
 *
 * The checks are on the text as a whole, so a description that mentions `&amp;` only costs the
 * slower reader, never a different result.
 */
export function loadPlainYaml(text: string, maxDepth: number): unknown {
  if (NEEDS_FULL_READER.test(text)) return undefined;
  try {
    // `maxDepth` (js-yaml 4.3) is not in its type declarations yet.
    const options: LoadOptions & { maxDepth: number } = { schema: CORE_1_2, maxDepth };
    return load(text, options);
  } catch {
    return undefined;
  }
}

/**
 * Anchors (`&a`), the tags js-yaml would take (`!!str`, `!<...>`, the non-specific `! `: any other
 * tag makes it throw), explicit keys (`? `) and null keys (`~:`, `null:`).
 */
const NEEDS_FULL_READER = /(?:^|[\s[\]{},])(?:&\S|!(?:[!<]|\s)|\?(?:\s|$)|(?:~|null|Null|NULL)[ \t]*:(?:\s|$))/m;

const NULL = /^(?:~|null|Null|NULL|)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function toInteger(text: string): number {
  if (text.startsWith('0o')) return parseInt(text.slice(2), 8);
  if (text.startsWith('0x')) return parseInt(text.slice(2), 16);
  return Number(text);
}

function toFloat(text: string): number {
  const lower = text.toLowerCase();
  if (lower.endsWith('.inf')) return text.startsWith('-') ? -Infinity : Infinity;
  if (lower === '.nan') return NaN;
  return Number(text);
}

/** YAML 1.2's core schema, as its specification (and the `yaml` package) resolves plain scalars. */
const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (text: string) => NULL.test(text), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (text: string) => BOOL.test(text), construct: (text: string) => text[0] === 't' || text[0] === 'T' }),
    new Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: (text: string) => INT.test(text), construct: toInteger }),
    new Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: (text: string) => FLOAT.test(text), construct: toFloat }),
  ],
});
