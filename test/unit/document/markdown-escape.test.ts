import { marked } from 'marked';
import { describe, expect, it } from 'vitest';

import { markdownBlocks, runsText } from '../../../src/core/document/blocks.js';
import { escapeMarkdown, escapeValue, tidyMarkdown } from '../../../src/core/document/markdown-escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['snake_case_name', 'snake\\_case\\_name'],
    ['[link](http://x)', '\\[link\\](http\\://x)'],
    ['<script>', '\\<script\\>'],
    ['`code`', '\\`code\\`'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['# Heading', '\\# Heading'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['12) twelve', '12\\) twelve'],
    ['=====', '\\====='],
    ['Tom &amp; Jerry', 'Tom \\&amp; Jerry'],
    ['Tom & Jerry', 'Tom & Jerry'],
    ['two\nlines\n\n  and more  ', 'two lines and more'],
    ['Оʻzbekiston «Ұлағат» №1', 'Оʻzbekiston «Ұлағат» №1'],
    ['a - b # c 1. d', 'a - b # c 1. d'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each(['a | b *c* _d_ [e] <f> `g` # h', '# | * _ [ < ` ~ \\', '1. | x |', '- **a** |'])(
    'round-trips %j through marked as plain text, in a paragraph and in a table cell',
    (text) => {
      const escaped = escapeMarkdown(text);
      const paragraph = markdownBlocks(`${escaped}\n`);
      expect(paragraph).toHaveLength(1);
      expect(paragraph[0]!.type).toBe('paragraph');
      const runs = (paragraph[0] as { runs: { text: string; bold: boolean; italic: boolean }[] }).runs;
      expect(runsText(runs)).toBe(text);
      expect(runs.every((run) => !run.bold && !run.italic)).toBe(true);
      const tokens = marked.lexer(`| A | B |\n|---|---|\n| ${escaped} | x |\n`);
      const table = tokens.find((token) => token.type === 'table') as { rows: { text: string }[][] };
      expect(table.rows[0]).toHaveLength(2);
    },
  );

  it('leaves absent values absent and formats other values', () => {
    expect(escapeValue(undefined)).toBeNull();
    expect(escapeValue(null)).toBeNull();
    expect(escapeValue('   ')).toBeNull();
    expect(escapeValue(42)).toBe('42');
  });
});

describe('tidyMarkdown', () => {
  it('drops trailing spaces and extra blank lines and ends with one new line', () => {
    expect(tidyMarkdown('a  \n\n\n\nb \n\n')).toBe('a\n\nb\n');
  });
});
