import { describe, expect, it } from 'vitest';

import { markdownBlocks } from '../../../src/core/document/blocks.js';

describe('markdownBlocks', () => {
  it('turns headings, paragraphs with emphasis, lists, tables, rules and page breaks into blocks', () => {
    const blocks = markdownBlocks(
      [
        '# Title',
        '',
        '## 1. Parties',
        '',
        'Plain **bold _both_** and *italic*.',
        '',
        '- one',
        '- two',
        '  1. nested',
        '',
        '3. three',
        '',
        '| A | B |',
        '|---|---|',
        '| x \\| y | **z** |',
        '',
        '---',
        '',
        '<!-- page-break -->',
        '',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.type)).toEqual([
      'heading',
      'heading',
      'paragraph',
      'list',
      'list',
      'table',
      'rule',
      'page-break',
    ]);
    expect(blocks[1]).toMatchObject({ type: 'heading', depth: 2, text: '1. Parties' });
    expect(blocks[2]).toEqual({
      type: 'paragraph',
      runs: [
        { text: 'Plain ', bold: false, italic: false },
        { text: 'bold ', bold: true, italic: false },
        { text: 'both', bold: true, italic: true },
        { text: ' and ', bold: false, italic: false },
        { text: 'italic', bold: false, italic: true },
        { text: '.', bold: false, italic: false },
      ],
    });
    const list = blocks[3] as Extract<(typeof blocks)[number], { type: 'list' }>;
    expect(list.items[1]!.children[0]).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(blocks[4]).toMatchObject({ type: 'list', ordered: true, start: 3 });
    expect(blocks[5]).toMatchObject({
      type: 'table',
      header: [[{ text: 'A' }], [{ text: 'B' }]],
      rows: [[[{ text: 'x | y' }], [{ text: 'z', bold: true }]]],
    });
  });
});
