import type { Change } from './change.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** The semver bump a set of changes implies: breaking → major, feature → minor, fix → patch. */
export function bumpOf(changes: readonly Change[]): Bump {
  if (changes.some((c) => c.kind === 'breaking')) return 'major';
  if (changes.some((c) => c.kind === 'feature')) return 'minor';
  if (changes.length > 0) return 'patch';
  return 'none';
}

/** `1.4.2` + minor → `1.5.0`; a prerelease or build suffix is dropped. Undefined when not semver. */
export function nextVersion(version: string, bump: Bump): string | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  if (match === null) return undefined;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}

export function majorOf(version: string): number | undefined {
  const match = /^(\d+)\./.exec(version.trim());
  return match === null ? undefined : Number(match[1]);
}
