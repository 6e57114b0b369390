/**
 * The layout shared by the documents of a process (pdf-compose.ts): words and composed lines are
 * made once per text, fonts, language and options, and reused by later documents. Reusing them
 * must never change a document: one rendered after others is byte for byte the one rendered
 * first, and the same text in another language or at another width gets its own layout.
 */
import { describe, expect, it } from 'vitest';

import { loadFonts } from '../../../src/adapters/pdf/fonts.js';
import { compose, type Canvas, type Composed } from '../../../src/adapters/pdf/pdf-compose.js';
import { renderPdf } from '../../../src/adapters/pdf/render-pdf.js';
import { markdownBlocks } from '../../../src/core/document/blocks.js';
import type { DocumentMeta } from '../../../src/core/document/meta.js';
import type { Hyphenator } from '../../../src/core/typography/hyphenation.js';

const meta = (lang: string): DocumentMeta => ({
  title: 'Shared layout',
  subject: 'test',
  author: 'test',
  keywords: 'test',
  lang,
  locale: lang,
  date: new Date(Date.UTC(2024, 0, 1)),
  pageTemplate: 'Page {page} of {pages}',
  watermark: null,
});

const paragraph =
  'The penitentiary administration and the organisation rehabilitate participants: **counselling**, *peer support* and reintegration services after release.';
const english = `# Title\n\n## 1. Services\n\n${paragraph}\n\n- ${paragraph}\n\n| Service | Responsible |\n|---|---|\n| ${paragraph} | administration |\n`;
const other = `# Другой\n\n## 1. Услуги\n\nПенитенциарная администрация и организация: ${paragraph}\n\n> ${paragraph}\n`;

describe('layout shared by the documents of a process', () => {
  it('renders a document byte for byte the same before and after other documents', async () => {
    const first = await renderPdf(markdownBlocks(english), meta('en'));
    await renderPdf(markdownBlocks(other), meta('ru'));
    await renderPdf(markdownBlocks(english.replace('## 1. Services', '## 1. Services and more')), meta('en'));
    const again = await renderPdf(markdownBlocks(english), meta('en'));
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps a layout per hyphenation (language) and per width: the same text is composed for each', async () => {
    const fonts = await loadFonts();
    const runs = [{ text: 'abcdefghijkl abcdefghijkl', bold: false, italic: false }];
    const at =
      (offset: number): Hyphenator =>
      (word) =>
        word.length > offset ? [{ at: offset, hyphen: true }] : [];
    const doc = {};
    const canvas = (hyphenate: Hyphenator) => ({ doc, fonts, hyphenate }) as unknown as Canvas;
    const firstLine = (composed: Composed) =>
      composed.lines[0]!.words.map((w) => w.pieces.map((p) => p.text).join('')).join(' ');
    const options = { width: 40, size: 10, lineGap: 0, align: 'left' as const };
    const [five, three] = [canvas(at(5)), canvas(at(3))];
    const byFive = compose(five, runs, options);
    const byThree = compose(three, runs, options);
    expect(firstLine(byFive)).toBe('abcde-');
    expect(firstLine(byThree)).toBe('abc-');
    // The same hyphenation at another width, and the first layout again, unchanged.
    expect(firstLine(compose(five, runs, { ...options, width: 200 }))).toBe('abcdefghijkl abcdefghijkl');
    expect(compose(five, runs, options)).toBe(byFive);
    expect(firstLine(compose(three, runs, options))).toBe('abc-');
  });
});
