/**
 * operationIds, unique across the whole import and independent of the order pages were read.
 *
 * Each operation starts from its page title camelCased ("Update user" → `updateUser`). When
 * several operations start from the same name (a page with several URLs, or two pages with one
 * title), the one at the first URL of the first page keeps it; the others get the path segment
 * that tells them apart (`getManagedDeviceViaDeviceManagement`), then a number if still needed.
 */
import { compare } from './component-schemas.js';
import { pascalCase } from './inline-markdown.js';
import type { MergedOperation } from './merge-operations.js';

export function assignOperationIds(operations: MergedOperation[]): Map<MergedOperation, string> {
  const groups = new Map<string, MergedOperation[]>();
  for (const operation of operations) groups.set(operation.baseName, [...(groups.get(operation.baseName) ?? []), operation]);

  const wanted = new Map<MergedOperation, string>();
  for (const [base, group] of groups) {
    group.sort(byOrigin);
    const qualifiers = distinguishingSegments(group.map((o) => o.path));
    group.forEach((operation, i) => {
      wanted.set(operation, i === 0 ? base : `${base}Via${qualifiers[i] ?? ''}`);
    });
  }

  const ids = new Map<MergedOperation, string>();
  const used = new Set<string>();
  const ordered = [...operations].sort((a, b) => compare(wanted.get(a) ?? '', wanted.get(b) ?? '') || byOrigin(a, b));
  for (const operation of ordered) {
    const name = wanted.get(operation) ?? operation.baseName;
    let id = name.endsWith('Via') ? name.slice(0, -3) : name;
    for (let n = 2; used.has(id); n++) id = `${name.endsWith('Via') ? name.slice(0, -3) : name}${n}`;
    used.add(id);
    ids.set(operation, id);
  }
  return ids;
}

function byOrigin(a: MergedOperation, b: MergedOperation): number {
  return compare(a.primary.page.pageName, b.primary.page.pageName) || a.primary.requestIndex - b.primary.requestIndex || compare(a.path, b.path) || compare(a.method, b.method);
}

/**
 * For each path, PascalCase of the nearest non-parameter segment that the paths do not all
 * share at the end: `/users/{id}/managedDevices/{id}` vs `/deviceManagement/managedDevices/{id}`
 * → `Users`, `DeviceManagement`.
 */
export function distinguishingSegments(paths: string[]): string[] {
  const segments = paths.map((p) =>
    p
      .split('/')
      .filter((s) => s !== '' && !/^\{.*\}$/.test(s))
      .map((s) => s.replace(/\(.*$/, '')),
  );
  let common = 0;
  const shortest = Math.min(...segments.map((s) => s.length));
  while (common < shortest - 1 && segments.every((s) => s[s.length - 1 - common] === segments[0]?.[(segments[0]?.length ?? 0) - 1 - common])) common++;
  return segments.map((s) => {
    const rest = s.slice(0, s.length - common);
    return pascalCase(rest[rest.length - 1] ?? '');
  });
}
