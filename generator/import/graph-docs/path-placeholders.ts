/**
 * Placeholders of request lines, named once for all pages of an import. The reference writes the
 * same position of a route in many ways (`/groups/{id}`, `/groups/{group-id}`, `/users/{id |
 * userPrincipalName}`, `/organization/{tenant id}`) and repeats generic ones within a path
 * (`/groups/{id}/threads/{id}/posts/{id}`), which OpenAPI forbids. Every placeholder becomes an
 * identifier; a generic one (`id`, alternatives with `|`, an empty name) follows the seed's
 * convention, the collection before it plus `Id` (`{groupsId}`, `{threadsId}`, `{postsId}`). All
 * pages then agree: a position of a route (the path up to the placeholder, placeholders ignored)
 * gets one name: the specific name when every page gives that one, else the seed's convention, so the
 * fluent client reads `client.groups.byGroupsId(g).threads.byThreadsId(t)` everywhere.
 */

/** `{tenant id}` → `tenantId`; `{user-id}` → `userId`; generic placeholders → undefined. */
export function specificName(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '' || text.includes('|')) return undefined;
  const words = text.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const name = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  if (/^id$/i.test(name)) return undefined;
  return /^[0-9]/.test(name) ? `p${name}` : name;
}

/** The seed's convention: the collection segment before the placeholder plus `Id`. */
function generatedName(previousSegment: string | undefined): string {
  const words = (previousSegment ?? '')
    .replace(/\(.*$/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return 'id';
  const base = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return `${base}Id`;
}

interface Position {
  /** Route up to and including this placeholder, names blanked: `/groups/{}/threads/{}`. */
  key: string;
  raw: string;
  previous: string | undefined;
}

function positionsOf(path: string): Position[] {
  const segments = path.split('/');
  const positions: Position[] = [];
  const keyParts: string[] = [];
  segments.forEach((segment, index) => {
    keyParts.push(segment.replace(/\{[^}]*\}/g, '{}'));
    for (const match of segment.matchAll(/\{([^}]*)\}/g)) {
      const previous = segment === match[0] ? segments[index - 1] : segment.slice(0, match.index);
      positions.push({ key: `${keyParts.join('/')}#${positions.length}`, raw: match[1] ?? '', previous: previous === '' ? undefined : previous });
    }
  });
  return positions;
}

/**
 * Plan the name of every placeholder of these paths; returns a function rewriting a path with
 * the planned names (each unique within its path).
 */
export function planPlaceholders(paths: readonly string[]): (path: string) => string {
  const votes = new Map<string, Map<string, number>>();
  const generated = new Map<string, string>();
  const generic = new Set<string>();
  for (const path of paths) {
    for (const position of positionsOf(path)) {
      if (!generated.has(position.key)) generated.set(position.key, generatedName(position.previous));
      const name = specificName(position.raw);
      if (name === undefined) {
        generic.add(position.key);
        continue;
      }
      const counts = votes.get(position.key) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      votes.set(position.key, counts);
    }
  }
  const chosen = new Map<string, string>();
  for (const [key, fallback] of generated) {
    const counts = [...(votes.get(key) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    // Pages that agree on a specific name keep it; where any page is generic or pages disagree,
    // the seed's convention decides (unless the placeholder follows no collection name).
    const agreed = counts.length === 1 && !generic.has(key) ? counts[0]![0] : undefined;
    chosen.set(key, agreed ?? (fallback !== 'id' ? fallback : (counts[0]?.[0] ?? fallback)));
  }
  return (path: string) => {
    const positions = positionsOf(path);
    const used = new Set<string>();
    let k = 0;
    return path.replace(/\{[^}]*\}/g, () => {
      const position = positions[k++];
      let name = (position === undefined ? undefined : chosen.get(position.key)) ?? 'id';
      for (let n = 2; used.has(name); n++) name = `${(position === undefined ? undefined : chosen.get(position.key)) ?? 'id'}${n}`;
      used.add(name);
      return `{${name}}`;
    });
  };
}
