/**
 * Constraints that Graph pages state only in prose, turned into schema keywords:
 * "Allowed values are 5 or 1000." → `enum: [5, 1000]`,
 * "Possible values are: `unknown`, `company`." → `enum: [unknown, company]`,
 * "Valid values 1 to 365" → `minimum: 1, maximum: 365`.
 */

export interface AllowedValues {
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  /** A phrase was found but its values could not be read as the property's type. */
  unreadable?: string;
}

export type ValueKind = 'integer' | 'number' | 'string' | 'boolean' | 'other';

export function allowedValuesOf(description: string, kind: ValueKind): AllowedValues {
  const result: AllowedValues = {};
  const values: string[] = [];
  const phrases: string[] = [];

  for (const match of description.matchAll(/\b(?:Allowed|Possible|Accepted|Supported) values (?:are|is)\s*:?\s*(.+?)(?:\.(?=\s|$)|\|$|$)/gi)) {
    const list = match[1] ?? '';
    phrases.push(match[0]);
    // "Supported values are 11-1800." is a range, not a list.
    const range = /^(-?\d+)\s*-\s*(-?\d+)\b/.exec(list.trim());
    if (range !== null && (kind === 'integer' || kind === 'number')) {
      result.minimum = Number(range[1]);
      result.maximum = Number(range[2]);
      continue;
    }
    const quoted = [...list.matchAll(/`([^`]*)`/g)].map((m) => (m[1] ?? '').trim());
    const items = quoted.length > 0 ? quoted : list.split(/\s*(?:,|\bor\b|\band\b)\s*/i).map((s) => s.trim().replace(/^['"]|['"]$/g, ''));
    values.push(...items.filter((v) => v !== ''));
  }

  if (values.length > 0) {
    if (kind === 'integer' || kind === 'number') {
      const numbers = values.map(Number);
      const ok = numbers.every((n, i) => /^-?\d+(\.\d+)?$/.test(values[i] ?? '') && Number.isFinite(n) && (kind === 'number' || Number.isInteger(n)));
      if (ok) result.enum = [...new Set(numbers)];
      else result.unreadable = phrases.join(' ');
    } else if (kind === 'string' || kind === 'other') {
      result.enum = [...new Set(values)];
    } else {
      result.unreadable = phrases.join(' ');
    }
  }

  const range = /\bValid values (?:are |from )?(-?\d+) (?:to|through|-) (-?\d+)\b/i.exec(description);
  if (range !== null) {
    if (kind === 'integer' || kind === 'number') {
      result.minimum = Number(range[1]);
      result.maximum = Number(range[2]);
    } else {
      result.unreadable = [result.unreadable, range[0]].filter((s) => s !== undefined).join(' ');
    }
  }
  return result;
}
