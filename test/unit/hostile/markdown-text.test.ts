/** User text shown exactly as written (issue 17, point 9): web addresses and trailing `#`s. */
import { describe, expect, it } from 'vitest';

import { markdownBlocks, runsText } from '../../../src/core/document/blocks.js';
import { escapeMarkdown } from '../../../src/core/document/markdown-escape.js';

const paragraphText = (markdown: string) => {
  const blocks = markdownBlocks(`${markdown}\n`);
  expect(blocks).toHaveLength(1);
  return runsText((blocks[0] as { runs: Parameters<typeof runsText>[0] }).runs);
};

describe('web addresses keep their characters', () => {
  it.each([
    'https://example.org/some_page',
    'see https://example.org/a_b_c, then www.example.org/x_y.',
    'https://example.org/~user/*star*/page_(1)',
    'https://example.org/a_',
    'https://example.org/a|b',
    'http://x.org/a\\b',
    'https://example.org/?q=a&amp;b',
    '(https://example.org/some_page)',
  ])('%j reads back as written', (text) => {
    expect(paragraphText(escapeMarkdown(text))).toBe(text);
  });

  it('an address is written without backslashes where none is needed', () => {
    expect(escapeMarkdown('https://example.org/some_page')).toBe('https://example.org/some_page');
  });
});

describe('# at the end of a heading', () => {
  it.each(['Team ##', 'Team #', '##', 'A # B #'])('%j keeps its #s in a heading', (name) => {
    const blocks = markdownBlocks(`## Responsibilities of ${escapeMarkdown(name)}\n`);
    expect(blocks[0]).toMatchObject({ type: 'heading' });
    expect((blocks[0] as { text: string }).text).toBe(`Responsibilities of ${name}`);
  });
});
