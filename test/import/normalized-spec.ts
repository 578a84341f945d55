/**
 * A normalized view of a spec folder's operations, for comparing two specs by the public API
 * they generate: operation ids, routes, parameters, body and response schemas ($refs resolved
 * across files, documentation keywords dropped), security and permissions (without source URL).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DOC_KEYS = new Set(['description', 'summary', 'externalDocs', 'example', 'examples', 'tags', 'x-licensing', 'x-graph-docs-pages', 'x-odata-query-options', 'x-graph-base-type', 'title']);

export function normalizedOperations(files: string[]): Record<string, Json> {
  const cache = new Map<string, Json>();
  const load = (file: string): Json => {
    if (!cache.has(file)) cache.set(file, parse(readFileSync(file, 'utf8')) as Json);
    return cache.get(file) ?? null;
  };
  const resolveRef = (file: string, ref: string): { file: string; value: Json } => {
    const [target, pointer = ''] = ref.split('#');
    const targetFile = target === undefined || target === '' ? file : resolve(dirname(file), target);
    let value = load(targetFile);
    for (const segment of pointer.split('/').slice(1)) {
      const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
      value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value[key] ?? null) : null;
    }
    return { file: targetFile, value };
  };
  const normalize = (file: string, value: Json, seen: string[]): Json => {
    if (Array.isArray(value)) return value.map((v) => normalize(file, v, seen));
    if (value === null || typeof value !== 'object') return value;
    if (typeof value.$ref === 'string') {
      const target = resolveRef(file, value.$ref);
      const name = value.$ref.split('/').pop() ?? '';
      if (seen.includes(`${target.file}#${value.$ref}`)) return { $recursive: name };
      return normalize(target.file, target.value, [...seen, `${target.file}#${value.$ref}`]);
    }
    const result: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      if (DOC_KEYS.has(key)) continue;
      if (key === 'source') continue;
      result[key] = normalize(file, value[key] ?? null, seen);
    }
    return result;
  };

  const operations: Record<string, Json> = {};
  for (const file of files) {
    const doc = load(file);
    const paths = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc.paths : undefined;
    if (paths === null || paths === undefined || typeof paths !== 'object' || Array.isArray(paths)) continue;
    for (const [path, item] of Object.entries(paths)) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
      for (const [method, operation] of Object.entries(item)) {
        const normalized = normalize(file, operation, []);
        if (normalized !== null && typeof normalized === 'object' && !Array.isArray(normalized) && Array.isArray(normalized.parameters)) {
          normalized.parameters = [...normalized.parameters].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        }
        operations[`${method.toUpperCase()} ${path}`] = normalized;
      }
    }
  }
  return operations;
}
