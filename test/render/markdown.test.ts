import { describe, expect, it } from 'vitest';
import { markdownBlock, markdownCell, markdownCode, markdownFence, markdownLink, markdownLiteral, markdownText } from '../../generator/render/markdown.js';

describe('markdown escaping', () => {
  it.each<[string, (value: string) => string, string, string]>([
    ['text keeps inline Markdown and entities, drops raw HTML', markdownText, 'See [x](https://a.b) & <b>bold</b> &amp;', 'See [x](https://a.b) &amp; &lt;b&gt;bold&lt;/b&gt; &amp;'],
    ['a cell stays one cell on one line', markdownCell, 'a | b\nc', 'a \\| b c'],
    ['a literal shows every character as written', markdownLiteral, 'Scope_*x*_[y]|`z`~<i>&', 'Scope\\_\\*x\\*\\_\\[y\\]\\|\\`z\\`\\~&lt;i&gt;&amp;'],
    ['a code span outgrows the backticks inside', markdownCode, 'a``b', '```a``b```'],
    ['a code span pads a leading backtick', markdownCode, '`x', '`` `x ``'],
    ['a code span is one line', markdownCode, 'a\nb', '`a b`'],
  ])('%s', (_, escape, given, want) => expect(escape(given)).toBe(want));

  it('escapes | inside a code span only in a table cell', () => {
    expect(markdownCode('a|b', true)).toBe('`a\\|b`');
    expect(markdownCode('a|b')).toBe('`a|b`');
  });

  it('keeps prose blocks from restructuring the page', () => {
    const block = markdownBlock('Intro\n# Heading\n```\ncode\n    indented\n> quote\n| a | b |\n---\n- item');
    expect(block.split('\n')).toEqual(['Intro', '\\# Heading', '\\```', 'code', 'indented', '&gt; quote', '\\| a | b |', '\\---', '- item']);
  });

  it('fences code that contains fences', () => {
    expect(markdownFence('ts', 'a\n```\nb')).toBe('````ts\na\n```\nb\n````');
    expect(markdownFence('ts"><x', 'a')).toBe('```tsx\na\n```');
  });

  it('links only http(s) URLs, with a destination that cannot be broken out of', () => {
    expect(markdownLink('https://a.example/x?y=(1)', 'page')).toBe('[page](<https://a.example/x?y=(1)>)');
    expect(markdownLink('https://a.example/<x>', 'page')).toBe('[page](https://a.example/%3Cx%3E)');
    expect(markdownLink('https://a.example/a\\c', 'page')).toBe('[page](https://a.example/a%5Cc)');
    expect(markdownLink('javascript:alert(1)', 'page')).toBe('page (`javascript:alert(1)`)');
    expect(markdownLink('javascript:alert(1)')).toBe('`javascript:alert(1)`');
  });
});
