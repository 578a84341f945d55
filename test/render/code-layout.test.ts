import { describe, expect, it } from 'vitest';
import { layoutStatements } from '../../generator/render/code-layout.js';
import { allOf, anyOf, block, condition, grouped, ifBlock, ifThen, line, soleIf, switchOf, thenStatements } from '../../generator/render/code-tree.js';

describe('code tree', () => {
  it('parenthesizes loose operands of && only', () => {
    const loose = anyOf([condition('a'), condition('b')]);
    expect(loose).toEqual({ text: 'a || b', loose: true });
    expect(allOf([loose, condition('c')])).toEqual({ text: '(a || b) && c', loose: true });
    expect(allOf([condition('x && y'), condition('c')])).toEqual({ text: 'x && y && c', loose: false });
    expect(allOf([condition('!(a || b)', true), condition('c')]).text).toBe('(!(a || b)) && c');
    expect(anyOf([grouped(condition('a')), grouped(condition('b'))]).text).toBe('(a) || (b)');
    expect(anyOf([condition('a')])).toEqual({ text: 'a', loose: false });
  });

  it('finds a sole if without else', () => {
    const only = ifThen(condition('a'), line('return false;'));
    expect(soleIf([only])).toBe(only);
    expect(soleIf([only, line('x++;')])).toBeUndefined();
    expect(soleIf([ifBlock(condition('a'), [line('x;')], [line('y;')])])).toBeUndefined();
    expect(soleIf([block([only])])).toBeUndefined();
    expect(thenStatements(only)).toEqual([line('return false;')]);
    expect(thenStatements(ifBlock(condition('a'), [line('x;'), line('y;')]))).toEqual([line('x;'), line('y;')]);
  });
});

describe('layoutStatements', () => {
  it('writes one statement per line, blocks indented, else on the closing line', () => {
    const code = block(
      [
        ifThen(condition('d > MAX_DEPTH'), line('return false;')),
        ifBlock(condition('a'), [line('x;')], ifBlock(condition('b'), [], [line('z;')])),
        block([ifThen(condition('c'), block([ifThen(condition('own'), line('return false;')), line('break p1;')])), line('break passed2;')], 'failed3:'),
        block([line('continue;')], 'for (const k in o)'),
        line('return true;'),
      ],
      'function is$X(v: unknown, d: number): boolean',
    );
    expect(layoutStatements([code])).toBe(
      [
        'function is$X(v: unknown, d: number): boolean {',
        '  if (d > MAX_DEPTH) return false;',
        '  if (a) {',
        '    x;',
        '  } else if (b) {',
        '  } else {',
        '    z;',
        '  }',
        '  failed3: {',
        '    if (c) {',
        '      if (own) return false;',
        '      break p1;',
        '    }',
        '    break passed2;',
        '  }',
        '  for (const k in o) {',
        '    continue;',
        '  }',
        '  return true;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes case labels and their statements one level into the switch', () => {
    const code = switchOf('tag', [
      { label: "case 'a':", body: [ifThen(condition('!is$A(v, d + 1)'), line('return false;')), line('break;')] },
      { label: 'default:', body: [block([line('break b;')])] },
    ]);
    expect(layoutStatements([code], '\t')).toBe("switch (tag) {\n\tcase 'a':\n\tif (!is$A(v, d + 1)) return false;\n\tbreak;\n\tdefault:\n\t{\n\t\tbreak b;\n\t}\n}\n");
  });

  it('puts a line in braces when the if has an else, and writes nothing for no statements', () => {
    const withElse = { kind: 'if' as const, condition: condition('a'), then: line('x;'), otherwise: block([line('y;')]) };
    expect(layoutStatements([withElse])).toBe('if (a) {\n  x;\n} else {\n  y;\n}\n');
    expect(layoutStatements([])).toBe('');
  });
});
