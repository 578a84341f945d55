import type { ApiModel, JsonType, JsonValue, NamedSchema, PropertyNode, SchemaNode, SourceRef } from '../model/ir.js';
import { change, narrowed, widened, type Change, type ChangeKind, type Direction } from './change.js';

/**
 * Structural comparison of two schemas of the IR, judged in one direction: in a request a
 * narrower schema breaks writers, in a response a wider one breaks readers. A schema used in both
 * directions is compared twice. Named schemas are compared once per pair and direction (memoised),
 * which also protects against cycles; their changes are reported at the named schema
 * (`User.deviceEnrollmentLimit`) with the operations that reach it.
 */
export class SchemaComparer {
  readonly #base: Map<string, NamedSchema>;
  readonly #head: Map<string, NamedSchema>;
  readonly #memo = new Map<string, Change[]>();
  readonly #active = new Set<string>();

  constructor(base: ApiModel, head: ApiModel) {
    this.#base = new Map(base.schemas.map((s) => [s.id, s]));
    this.#head = new Map(head.schemas.map((s) => [s.id, s]));
  }

  /** Changes between two schemas reached from `scope` + `path` (an operation's body, parameter, header). */
  compare(base: SchemaNode, head: SchemaNode, direction: Direction, scope: string, path: string): Change[] {
    const out: Change[] = [];
    this.#node(base, head, { direction, scope, path, depth: 0 }, out);
    return out;
  }

  #named(baseId: string, headId: string, direction: Direction): Change[] {
    const key = `${direction}\0${baseId}\0${headId}`;
    const done = this.#memo.get(key);
    if (done !== undefined) return done;
    if (this.#active.has(key)) return [];
    const b = this.#base.get(baseId);
    const h = this.#head.get(headId);
    if (b === undefined || h === undefined) return [];
    this.#active.add(key);
    const out: Change[] = [];
    this.#node(b.schema, h.schema, { direction, scope: h.typeName, path: '', depth: 0 }, out);
    this.#active.delete(key);
    this.#memo.set(key, out);
    return out;
  }

  #node(b0: SchemaNode, h0: SchemaNode, at: At, out: Change[]): void {
    if (b0.ref !== undefined && h0.ref !== undefined && !hasSiblings(b0) && !hasSiblings(h0)) {
      out.push(...this.#named(b0.ref, h0.ref, at.direction));
      return;
    }
    if (at.depth > 64) return;
    const b = this.#effective(b0, this.#base, 0);
    const h = this.#effective(h0, this.#head, 0);
    const d = at.direction;
    const add = (kind: ChangeKind, message: string, area = 'schema', path = at.path, base: SourceRef | undefined = b.source, head: SourceRef | undefined = h.source) =>
      out.push(change(kind, area, at.scope, path, message, base, head, [d]));

    if (b.boolean !== undefined || h.boolean !== undefined) {
      if (b.boolean === h.boolean) return;
      if (b.boolean === false) add(widened(d), 'now accepts values (was the schema `false`)');
      else if (h.boolean === false) add(narrowed(d), 'now accepts no value (the schema `false`)');
      else if (b.boolean === true) add(narrowed(d), 'now constrained (was any value)');
      else add(widened(d), 'now any value (the schema `true`)');
      return;
    }

    if (this.#choiceIntroduced(b, h, at, out)) return;
    compareTypes(b, h, add, d);
    compareEnum(b, h, add, d);
    compareFormat(b, h, add, d);
    compareBounds(b, h, add, d);
    this.#properties(b, h, at, out);
    this.#child(b.additionalProperties, h.additionalProperties, `${at.path}{*}`, 'additional properties', at, out, b, h);
    this.#child(b.items, h.items, `${at.path}[]`, 'array items', at, out, b, h);
    for (const key of ['prefixItems', 'patternProperties', 'propertyNames', 'not'] as const) {
      if (canonical(b[key]) !== canonical(h[key])) out.push(change('breaking', 'schema', at.scope, at.path, `${key} changed`, b.source, h.source, [d]));
    }
    this.#alternatives(b, h, 'oneOf', at, out);
    this.#alternatives(b, h, 'anyOf', at, out);
    if (canonical(b.discriminator?.propertyName) !== canonical(h.discriminator?.propertyName)) add('breaking', `discriminator property changed from ${show(b.discriminator?.propertyName ?? null)} to ${show(h.discriminator?.propertyName ?? null)}`);
    compareAnnotations(b, h, add);
  }

  #properties(b: SchemaNode, h: SchemaNode, at: At, out: Change[]): void {
    const d = at.direction;
    const bProps = new Map((b.properties ?? []).map((p) => [p.name, p]));
    const hProps = new Map((h.properties ?? []).map((p) => [p.name, p]));
    const bRequired = new Set([...(b.required ?? []), ...(b.properties ?? []).filter((p) => p.required).map((p) => p.name)]);
    const hRequired = new Set([...(h.required ?? []), ...(h.properties ?? []).filter((p) => p.required).map((p) => p.name)]);
    for (const [name, bp] of bProps) {
      const path = `${at.path}${propertyPath(name)}`;
      const hp = hProps.get(name);
      const bSeen = visible(bp, d);
      const hSeen = hp !== undefined && visible(hp, d);
      if (!bSeen && !hSeen) continue;
      if (hp === undefined || !hSeen) {
        if (!bSeen) continue;
        const why = hp === undefined ? '' : d === 'request' ? ' (now read-only)' : ' (now write-only)';
        const message = `property removed${why}`;
        out.push(change('breaking', 'schema', at.scope, path, message, bp.schema.source, hp?.schema.source ?? h.source, [d]));
        continue;
      }
      if (!bSeen) {
        out.push(change(addedKind(d, hRequired.has(name)), 'schema', at.scope, path, addedMessage(hRequired.has(name)), b.source, hp.schema.source, [d]));
        continue;
      }
      const wasRequired = bRequired.has(name);
      const isRequired = hRequired.has(name);
      if (!wasRequired && isRequired) out.push(change(d === 'request' ? 'breaking' : 'feature', 'schema', at.scope, path, 'property is now required', bp.schema.source, hp.schema.source, [d]));
      if (wasRequired && !isRequired) out.push(change(d === 'request' ? 'feature' : 'breaking', 'schema', at.scope, path, 'property is no longer required', bp.schema.source, hp.schema.source, [d]));
      this.#node(bp.schema, hp.schema, { ...at, path, depth: at.depth + 1 }, out);
    }
    for (const [name, hp] of hProps) {
      if (bProps.has(name) || !visible(hp, d)) continue;
      const required = hRequired.has(name);
      out.push(change(addedKind(d, required), 'schema', at.scope, `${at.path}${propertyPath(name)}`, addedMessage(required), b.source, hp.schema.source, [d]));
    }
  }

  #child(bc: SchemaNode | undefined, hc: SchemaNode | undefined, path: string, what: string, at: At, out: Change[], b: SchemaNode, h: SchemaNode): void {
    if (bc === undefined && hc === undefined) return;
    const d = at.direction;
    if (bc === undefined) {
      if (hc!.boolean === true) return;
      out.push(change(narrowed(d), 'schema', at.scope, path, `${what} now constrained (${hc!.boolean === false ? 'none allowed' : 'by a schema'})`, b.source, hc!.source, [d]));
      return;
    }
    if (hc === undefined) {
      if (bc.boolean === true) return;
      out.push(change(widened(d), 'schema', at.scope, path, `${what} no longer constrained`, bc.source, h.source, [d]));
      return;
    }
    this.#node(bc, hc, { ...at, path, depth: at.depth + 1 }, out);
  }

  #alternatives(b: SchemaNode, h: SchemaNode, key: 'oneOf' | 'anyOf', at: At, out: Change[]): void {
    const bs = b[key];
    const hs = h[key];
    if (bs === undefined && hs === undefined) return;
    const d = at.direction;
    if (bs === undefined || hs === undefined) {
      out.push(change('breaking', 'schema', at.scope, at.path, bs === undefined ? `now one of ${hs!.length} alternatives (${key})` : `no longer a choice of alternatives (${key})`, b.source, h.source, [d]));
      return;
    }
    const pairs = matchAlternatives(
      bs.map((n) => this.#labelOf(n, this.#base)),
      hs.map((n) => this.#labelOf(n, this.#head)),
      bs.map((n) => canonical(n)),
      hs.map((n) => canonical(n)),
    );
    const segment = (name: string) => `${at.path}${at.path === '' ? '' : ' '}${key}[${name}]`;
    for (const [bi, hi, name] of pairs) {
      if (hi === undefined) out.push(change(narrowed(d), 'schema', at.scope, segment(name), `alternative ${name} removed`, bs[bi!]!.source, h.source, [d]));
      else if (bi === undefined) out.push(change(widened(d), 'schema', at.scope, segment(name), `alternative ${name} added`, b.source, hs[hi]!.source, [d]));
      else this.#node(bs[bi]!, hs[hi]!, { ...at, path: segment(name), depth: at.depth + 1 }, out);
    }
  }

  /**
   * One version is a choice (oneOf/anyOf) and the other is not. When the plain schema is (up to
   * documentation) one of the alternatives, the choice only widened (or narrowed) it; otherwise the
   * schema changed in a way that breaks both directions.
   */
  #choiceIntroduced(b: SchemaNode, h: SchemaNode, at: At, out: Change[]): boolean {
    const bKey = choiceKey(b);
    const hKey = choiceKey(h);
    if ((bKey === undefined) === (hKey === undefined)) return false;
    const d = at.direction;
    const plain = bKey === undefined ? b : h;
    const choice = bKey === undefined ? h : b;
    const key = (bKey ?? hKey)!;
    const alternatives = choice[key]!;
    const values = enumUnion(choice, alternatives);
    if (values !== undefined) {
      // A choice of fixed values is the enum of them all.
      if (bKey === undefined) this.#node(plain, values, { ...at, depth: at.depth + 1 }, out);
      else this.#node(values, plain, { ...at, depth: at.depth + 1 }, out);
      return true;
    }
    let best: Change[] | undefined;
    for (const alternative of alternatives) {
      const merged: SchemaNode = { ...choice, ...alternative };
      delete merged[key];
      if (alternative[key] !== undefined) merged[key] = alternative[key];
      // `nullable` beside the choice (3.0) makes every alternative nullable.
      if (choice.types?.includes('null') && merged.types !== undefined && !merged.types.includes('null')) merged.types = [...merged.types, 'null'];
      const trial: Change[] = [];
      if (bKey === undefined) this.#node(plain, merged, { ...at, depth: at.depth + 1 }, trial);
      else this.#node(merged, plain, { ...at, depth: at.depth + 1 }, trial);
      const weight = trial.filter((c) => c.kind !== 'fix').length;
      if (weight === 0 && (best === undefined || trial.length < best.length)) best = trial;
    }
    const n = alternatives.length;
    if (best === undefined) {
      out.push(change('breaking', 'schema', at.scope, at.path, bKey === undefined ? `now one of ${n} alternatives (${key})` : `no longer a choice of ${n} alternatives (${key})`, b.source, h.source, [d]));
    } else {
      out.push(change(bKey === undefined ? widened(d) : narrowed(d), 'schema', at.scope, at.path, bKey === undefined ? `now one of ${n} alternatives (${key}), the old schema among them` : `no longer a choice of ${n} alternatives (${key}): one kept`, b.source, h.source, [d]));
      out.push(...best);
    }
    return true;
  }

  /**
   * What identifies an alternative across versions, so inserting one does not shift the others: its
   * schema name, the schemas it extends (allOf), its title, or a property with one fixed value
   * (`type: {enum: [push]}`). Undefined for an anonymous alternative (matched by content, then order).
   */
  #labelOf(n: SchemaNode, index: Map<string, NamedSchema>): string | undefined {
    if (n.ref !== undefined) return index.get(n.ref)?.typeName ?? n.ref;
    const bases = (n.allOf ?? []).flatMap((m) => (m.ref === undefined ? [] : [index.get(m.ref)?.typeName ?? m.ref]));
    if (bases.length > 0) return bases.join('&');
    if (n.title !== undefined) return JSON.stringify(n.title);
    const e = this.#effective(n, index, 0);
    for (const p of e.properties ?? []) {
      const values = p.schema.const !== undefined ? [p.schema.const.value] : p.schema.enum;
      if (values?.length === 1) return `${p.name}=${JSON.stringify(values[0])}`;
    }
    return undefined;
  }

  /** The schema a node stands for: a bare `$ref` followed, `allOf` members merged into one object. */
  #effective(node: SchemaNode, index: Map<string, NamedSchema>, depth: number): SchemaNode {
    let current = node;
    if (current.ref !== undefined) {
      const target = index.get(current.ref);
      if (target !== undefined && depth < 32) current = hasSiblings(current) ? { ...this.#effective(target.schema, index, depth + 1), ...withoutRef(current) } : this.#effective(target.schema, index, depth + 1);
    }
    if (current.allOf === undefined || depth >= 32) return current;
    const merged: SchemaNode = { ...current };
    delete merged.allOf;
    const properties = new Map((current.properties ?? []).map((p) => [p.name, p]));
    const required = new Set(current.required ?? []);
    for (const member of current.allOf) {
      const m = this.#effective(member, index, depth + 1);
      for (const p of m.properties ?? []) if (!properties.has(p.name)) properties.set(p.name, p);
      for (const r of m.required ?? []) required.add(r);
      if (m.types !== undefined) merged.types = merged.types === undefined ? m.types : merged.types.filter((t) => accepts(m.types, t));
      for (const key of ['enum', 'format', 'additionalProperties', 'items', 'oneOf', 'anyOf', 'discriminator', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern'] as const) {
        if (merged[key] === undefined && m[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = m[key];
      }
    }
    if (properties.size > 0) merged.properties = [...properties.values()].map((p) => ({ ...p, required: p.required || required.has(p.name) }));
    if (required.size > 0) merged.required = [...required];
    return merged;
  }
}

/** A choice whose alternatives are all fixed values (enum/const, with a type at most): one enum. */
function enumUnion(choice: SchemaNode, alternatives: SchemaNode[]): SchemaNode | undefined {
  const values: JsonValue[] = [];
  const types = new Set<JsonType>(choice.types?.filter((t) => t === 'null') ?? []);
  for (const a of alternatives) {
    if (a.ref !== undefined || a.properties !== undefined || a.items !== undefined || a.oneOf !== undefined || a.anyOf !== undefined || a.allOf !== undefined) return undefined;
    const fixed = a.const !== undefined ? [a.const.value] : a.enum;
    if (fixed === undefined) return undefined;
    values.push(...fixed);
    for (const t of a.types ?? []) types.add(t);
  }
  const merged: SchemaNode = { ...choice, enum: values };
  delete merged.oneOf;
  delete merged.anyOf;
  if (types.size > 0) merged.types = [...types];
  return merged;
}

function choiceKey(n: SchemaNode): 'oneOf' | 'anyOf' | undefined {
  return n.oneOf !== undefined ? 'oneOf' : n.anyOf !== undefined ? 'anyOf' : undefined;
}

/**
 * Pairs alternatives of two versions: by label, then unlabelled ones with equal content, then the
 * rest in order. Returns [base index, head index, shown name]; one side undefined when unmatched.
 */
function matchAlternatives(bLabels: (string | undefined)[], hLabels: (string | undefined)[], bText: string[], hText: string[]): [number | undefined, number | undefined, string][] {
  const pairs: [number | undefined, number | undefined, string][] = [];
  const hUsed = new Set<number>();
  const bUsed = new Set<number>();
  const take = (bi: number, hi: number, name: string) => {
    bUsed.add(bi);
    hUsed.add(hi);
    pairs.push([bi, hi, name]);
  };
  bLabels.forEach((label, bi) => {
    if (label === undefined) return;
    const hi = hLabels.findIndex((l, i) => l === label && !hUsed.has(i));
    if (hi !== -1) take(bi, hi, label);
  });
  bText.forEach((text, bi) => {
    if (bUsed.has(bi) || bLabels[bi] !== undefined) return;
    const hi = hText.findIndex((t, i) => t === text && !hUsed.has(i) && hLabels[i] === undefined);
    if (hi !== -1) take(bi, hi, `#${hi}`);
  });
  const bRest = bLabels.map((_, i) => i).filter((i) => !bUsed.has(i) && bLabels[i] === undefined);
  const hRest = hLabels.map((_, i) => i).filter((i) => !hUsed.has(i) && hLabels[i] === undefined);
  while (bRest.length > 0 && hRest.length > 0) take(bRest.shift()!, hRest[0]!, `#${hRest.shift()!}`);
  bLabels.forEach((label, bi) => {
    if (!bUsed.has(bi)) pairs.push([bi, undefined, label ?? `#${bi}`]);
  });
  hLabels.forEach((label, hi) => {
    if (!hUsed.has(hi)) pairs.push([undefined, hi, label ?? `#${hi}`]);
  });
  return pairs;
}

interface At {
  direction: Direction;
  scope: string;
  path: string;
  depth: number;
}

type Add = (kind: ChangeKind, message: string) => void;

function compareTypes(b: SchemaNode, h: SchemaNode, add: Add, d: Direction): void {
  const bt = b.types;
  const ht = h.types;
  if (bt === undefined && ht === undefined) return;
  if (bt === undefined) return add(narrowed(d), `type narrowed from any to ${ht!.join(' | ')}`);
  if (ht === undefined) return add(widened(d), `type widened from ${bt.join(' | ')} to any`);
  const removed = bt.filter((t) => !accepts(ht, t) && t !== 'null');
  const added = ht.filter((t) => !accepts(bt, t) && t !== 'null');
  if (bt.includes('null') && !ht.includes('null')) add(narrowed(d), 'no longer nullable');
  if (!bt.includes('null') && ht.includes('null')) add(widened(d), 'now nullable');
  const from = bt.filter((t) => t !== 'null').join(' | ');
  const to = ht.filter((t) => t !== 'null').join(' | ');
  if (removed.length > 0 && added.length > 0) add('breaking', `type changed from ${from} to ${to}`);
  else if (removed.length > 0) add(narrowed(d), `type narrowed from ${from} to ${to}`);
  else if (added.length > 0) add(widened(d), `type widened from ${from} to ${to}`);
}

function accepts(types: readonly JsonType[] | undefined, t: JsonType): boolean {
  return types === undefined || types.includes(t) || (t === 'integer' && types.includes('number'));
}

function compareEnum(b: SchemaNode, h: SchemaNode, add: Add, d: Direction): void {
  const bv = allowedValues(b);
  const hv = allowedValues(h);
  if (bv === undefined && hv === undefined) return;
  if (bv === undefined) return add(narrowed(d), `now restricted to the values ${[...hv!.values()].join(', ')}`);
  if (hv === undefined) return add(widened(d), `no longer restricted to the values ${[...bv.values()].join(', ')}`);
  for (const [key, text] of bv) if (!hv.has(key)) add(narrowed(d), `allowed value ${text} removed`);
  for (const [key, text] of hv) if (!bv.has(key)) add(widened(d), `allowed value ${text} added`);
}

function allowedValues(n: SchemaNode): Map<string, string> | undefined {
  const values = n.const !== undefined ? [n.const.value] : n.enum;
  if (values === undefined) return undefined;
  return new Map(values.map((v) => [canonical(v), show(v)]));
}

/** Range of the numeric formats; no format is as wide as the widest (JavaScript numbers). */
const NUMERIC_FORMAT_BITS: Record<string, number> = { int32: 32, int64: 64, float: 32, double: 64 };

function compareFormat(b: SchemaNode, h: SchemaNode, add: Add, d: Direction): void {
  if (b.format === h.format) return;
  const bBits = b.format === undefined ? 64 : NUMERIC_FORMAT_BITS[b.format];
  const hBits = h.format === undefined ? 64 : NUMERIC_FORMAT_BITS[h.format];
  if (bBits !== undefined && hBits !== undefined) {
    const what = `format ${b.format === undefined ? `${show(h.format!)} added` : h.format === undefined ? `${show(b.format)} removed` : `changed from ${show(b.format)} to ${show(h.format)}`}`;
    add(hBits < bBits ? narrowed(d) : hBits > bBits ? widened(d) : 'fix', what);
    return;
  }
  if (b.format === undefined) add(narrowed(d), `format ${show(h.format!)} added`);
  else if (h.format === undefined) add(widened(d), `format ${show(b.format)} removed`);
  else add('breaking', `format changed from ${show(b.format)} to ${show(h.format)}`);
}

const LOWER = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;

function compareBounds(b: SchemaNode, h: SchemaNode, add: Add, d: Direction): void {
  for (const key of LOWER) {
    const bv = b[key];
    const hv = h[key];
    if (bv === hv) continue;
    if (hv !== undefined && (bv === undefined || hv > bv)) add(narrowed(d), `${key} ${bv === undefined ? 'added' : `raised from ${bv}`} to ${hv}`);
    else add(widened(d), `${key} ${hv === undefined ? `${bv} removed` : `lowered from ${bv} to ${hv}`}`);
  }
  for (const key of UPPER) {
    const bv = b[key];
    const hv = h[key];
    if (bv === hv) continue;
    if (hv !== undefined && (bv === undefined || hv < bv)) add(narrowed(d), `${key} ${bv === undefined ? 'added' : `lowered from ${bv}`} to ${hv}`);
    else add(widened(d), `${key} ${hv === undefined ? `${bv} removed` : `raised from ${bv} to ${hv}`}`);
  }
  for (const key of ['multipleOf', 'pattern'] as const) {
    const bv = b[key];
    const hv = h[key];
    if (bv === hv) continue;
    if (bv === undefined) add(narrowed(d), `${key} ${show(hv!)} added`);
    else if (hv === undefined) add(widened(d), `${key} ${show(bv)} removed`);
    else add('breaking', `${key} changed from ${show(bv)} to ${show(hv)}`);
  }
  if (b.uniqueItems !== true && h.uniqueItems === true) add(narrowed(d), 'items must now be unique');
  if (b.uniqueItems === true && h.uniqueItems !== true) add(widened(d), 'items no longer need to be unique');
}

/**
 * Documentation: descriptions, titles, examples and defaults are fixes. Deprecation is announced
 * in a minor release (semver's advice: deprecate in a minor, remove in the next major), so a newly
 * deprecated schema or property is a feature; an un-deprecation is a fix.
 */
function compareAnnotations(b: SchemaNode, h: SchemaNode, add: Add): void {
  if ((b.description ?? '') !== (h.description ?? '')) add('fix', b.description === undefined ? 'description added' : h.description === undefined ? 'description removed' : 'description changed');
  if ((b.title ?? '') !== (h.title ?? '')) add('fix', 'title changed');
  if (canonical(b.examples) !== canonical(h.examples)) add('fix', 'examples changed');
  if (canonical(b.default?.value) !== canonical(h.default?.value)) add('fix', `default ${b.default === undefined ? `${show(h.default!.value)} added` : h.default === undefined ? `${show(b.default.value)} removed` : `changed from ${show(b.default.value)} to ${show(h.default.value)}`}`);
  if (b.deprecated !== true && h.deprecated === true) add('feature', 'deprecated');
  if (b.deprecated === true && h.deprecated !== true) add('fix', 'no longer deprecated');
}

function addedKind(d: Direction, required: boolean): ChangeKind {
  return d === 'request' && required ? 'breaking' : 'feature';
}

function addedMessage(required: boolean): string {
  return required ? 'required property added' : 'property added';
}

/** A readOnly property is not part of a request, a writeOnly one not part of a response. */
function visible(p: PropertyNode, d: Direction): boolean {
  return d === 'request' ? p.schema.readOnly !== true : p.schema.writeOnly !== true;
}

function hasSiblings(n: SchemaNode): boolean {
  for (const key of Object.keys(n)) if (key !== 'ref' && key !== 'source' && (n as unknown as Record<string, unknown>)[key] !== undefined) return true;
  return false;
}

function withoutRef(n: SchemaNode): SchemaNode {
  const copy = { ...n };
  delete copy.ref;
  return copy;
}

function propertyPath(name: string): string {
  return /^[A-Za-z_$@][\w$@-]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** JSON text of a value with sorted keys and without `source` refs: equal text, equal value. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'source') return undefined;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return v;
  }) ?? 'undefined';
}

/** A spec value as shown in a message (JSON, so quotes and control characters are escaped). */
export function show(value: JsonValue): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
