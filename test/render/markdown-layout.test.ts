import { describe, expect, it } from 'vitest';
import { layoutMarkdown } from '../../generator/render/markdown-layout.js';

describe('layoutMarkdown', () => {
  it('aligns table columns (left, right, centred as the delimiter row says), keeping and escaped pipes', () => {
    const table = ['|Name|In|Note|', '|:---|---:|:-:|', '|`a\\|b`|path|x|', '|longer name|q||'].join('\n');
    expect(layoutMarkdown(table)).toBe(
      ['| Name        |   In | Note |', '| :---------- | ---: | :--: |', '| `a\\|b`      | path |  x   |', '| longer name |    q |      |', ''].join('\n'),
    );
  });

  it('counts a character outside the BMP as one column', () => {
    expect(layoutMarkdown('|a|b|\n|---|---|\n|😀|x|\n')).toBe('| a   | b   |\n| --- | --- |\n| 😀   | x   |\n');
  });

  it('keeps fenced code as written and collapses runs of blank lines elsewhere', () => {
    const text = '# T\n\n\n\ntext  \nmore \n\n```ts\n|a|b|\n\n\n\n|---|---|\n```\n\n\n';
    expect(layoutMarkdown(text)).toBe('# T\n\ntext  \nmore\n\n```ts\n|a|b|\n\n\n\n|---|---|\n```\n');
  });

  it('leaves a pipe-started line that is not a table alone', () => {
    expect(layoutMarkdown('|not a table|\ntext\n')).toBe('|not a table|\ntext\n');
  });
});
