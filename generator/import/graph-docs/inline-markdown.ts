/** Inline Markdown of Graph pages: links, code spans, emphasis and the HTML entities they use. */

export interface MarkdownLink {
  text: string;
  target: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#?[A-Za-z0-9]+);/g, (whole, name: string) => {
    const known = ENTITIES[name];
    if (known !== undefined) return known;
    const code = /^#(\d+)$/.exec(name)?.[1] ?? (/^#x([0-9a-f]+)$/i.exec(name)?.[1] !== undefined ? String(parseInt(name.slice(2), 16)) : undefined);
    return code === undefined ? whole : String.fromCodePoint(Number(code));
  });
}

/** Every `[text](target)` link in order. */
export function findLinks(text: string): MarkdownLink[] {
  return [...text.matchAll(/\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g)].map((m) => ({ text: m[1] ?? '', target: m[2] ?? '' }));
}

/** The whole text is one link (`[managedDevice](../resources/x.md)`), else undefined. */
export function wholeLink(text: string): MarkdownLink | undefined {
  const match = /^\[([^\]]*)\]\(([^)\s]*)\)$/.exec(text.trim());
  return match === null ? undefined : { text: match[1] ?? '', target: match[2] ?? '' };
}

/**
 * Markdown for a description: relative links (to other reference pages) become their text,
 * absolute links stay links, entities are decoded and whitespace collapsed.
 */
export function descriptionText(text: string): string {
  const withLinks = text.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_whole, label: string, target: string) => (/^https?:\/\//.test(target) ? `[${label}](${target})` : label));
  return collapse(decodeEntities(withLinks));
}

/** Plain text: links become their text, code spans and emphasis markers are removed. */
export function plainText(text: string): string {
  const noLinks = text.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1');
  return collapse(decodeEntities(noLinks.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1').replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `Update user` → `updateUser`; `getManagedAppPolicies function` → `getManagedAppPoliciesFunction`. */
export function camelCase(words: string): string {
  const parts = words
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((p) => p !== '');
  return parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}

export function pascalCase(words: string): string {
  const camel = camelCase(words);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * The link reference definitions of a page (`[item]: ../resources/listitem.md`), by label in
 * lower case (labels match case-insensitively).
 */
export function linkReferences(text: string): Map<string, string> {
  const references = new Map<string, string>();
  for (const match of text.matchAll(/^ {0,3}\[([^\]]+)\]:\s*(\S+)/gm)) {
    const label = (match[1] ?? '').trim().toLowerCase();
    if (!references.has(label)) references.set(label, match[2] ?? '');
  }
  return references;
}

/** Reference links (`[item][]`, `[the item][item]`) with a definition become inline links. */
export function resolveReferenceLinks(text: string, references: ReadonlyMap<string, string>): string {
  return text.replace(/\[([^\]]+)\]\[([^\]]*)\]/g, (whole, label: string, ref: string) => {
    const target = references.get((ref === '' ? label : ref).trim().toLowerCase());
    return target === undefined ? whole : `[${label}](${target})`;
  });
}
