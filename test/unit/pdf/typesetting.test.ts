/**
 * The PDF's typesetting in small cases: a heading longer than a page flows over pages inside
 * the margins, a 500-letter word does not squeeze the other columns of its table, and
 * kerning comes from the font.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';

import { advancesOf, fontFile, glyphFor, loadFonts } from '../../../src/adapters/pdf/fonts.js';
import { renderPdf } from '../../../src/adapters/pdf/render-pdf.js';
import { markdownBlocks } from '../../../src/core/document/blocks.js';
import type { DocumentMeta } from '../../../src/core/document/meta.js';
import { tempDir } from '../../helpers/cli.js';
import { pdfLayout } from '../../helpers/pdf-layout.js';
import { compact, readPdf } from './read-back.js';

const meta: DocumentMeta = {
  title: 'Typesetting',
  subject: 'test',
  author: 'test',
  keywords: 'test',
  lang: 'en',
  locale: 'en',
  date: new Date(Date.UTC(2024, 0, 1)),
  pageTemplate: 'Page {page} of {pages}',
  watermark: null,
};

async function layoutOf(markdown: string) {
  const bytes = await renderPdf(markdownBlocks(markdown), meta);
  const file = join(tempDir('pp-typeset-unit-'), 'x.pdf');
  writeFileSync(file, bytes);
  return { bytes, pages: await pdfLayout(file) };
}

describe('PDF typesetting', () => {
  it('flows a heading longer than a page over several pages, inside the margins', async () => {
    const words = Array.from({ length: 900 }, (_, i) => `heading${i}`).join(' ');
    const { bytes, pages } = await layoutOf(`# Title\n\n## ${words}\n\nAfter the heading.\n`);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) for (const line of page.lines) expect(line.y).toBeLessThan(842 - 60);
    // Read without the running header and page numbers, which stand between the pages' text.
    const body = pages.flatMap((page) => page.lines.map((line) => line.text)).join(' ');
    expect(compact(body)).toContain(compact(words));
    expect((await readPdf(bytes)).outline[1]).toContain('heading899');
  });

  it('cuts a 500-letter word in a table as a last resort and leaves the other columns their words', async () => {
    const long = `Q${'abcdefghij'.repeat(50)}`;
    const markdown = `# T\n\n## S\n\n| No. | Service | Implemented by | Authorised by |\n|---|---|---|---|\n| 1 | Atlantis ${long} | administration | Penitentiary |\n`;
    const { pages } = await layoutOf(markdown);
    const text = pages.flatMap((page) => page.lines.flatMap((line) => line.segments.map((s) => s.text)));
    // Where the columns start: the two after the long one keep room for their words (45 points or more).
    const starts = [
      ...new Set(
        pages[0]!.lines
          .filter((line) => Math.abs(line.size - 8.8) < 0.1)
          .flatMap((line) => line.segments.map((s) => Math.round(s.x))),
      ),
    ].sort((a, b) => a - b);
    expect(starts.length).toBe(4);
    expect(453 + 70 - starts[3]!).toBeGreaterThan(45);
    expect(starts[3]! - starts[2]!).toBeGreaterThan(45);
    const parts = text.filter((segment) => /abcdefghij/.test(segment));
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/-$/);
    expect(parts.map((part) => part.replace(/-$/, '')).join('')).toContain(long);
  });

  it('kerns pairs from the font tables', async () => {
    const fonts = await loadFonts();
    const plain = ['A', 'V'].map((c) => glyphFor(fonts.regular, c.codePointAt(0)!).advanceWidth);
    const kerned = advancesOf(fonts.regular, 'AV');
    expect(kerned[0]).toBeLessThan(plain[0]!);
    expect(kerned[1]).toBe(plain[1]);
  });

  it('kerns exactly as fontkit shapes with the kern feature alone', async () => {
    const fonts = await loadFonts();
    const fontkit = await import('fontkit');
    const file = readFileSync(fontFile('regular'));
    const shaped = fontkit.create(file) as Font;
    const features = {
      kern: true,
      liga: false,
      clig: false,
      calt: false,
      rlig: false,
    } as unknown as string[];
    for (const word of [
      'AVATAR',
      'Type',
      'ТАЯ',
      'Г.',
      'LT',
      'Yoke',
      'Тульский',
      'P.O.',
      'Wąż',
      'Ғабдуллина',
    ]) {
      const run = shaped.layout(word, features);
      expect([...advancesOf(fonts.regular, word)], word).toEqual(run.positions.map((p) => p.xAdvance));
    }
  });
});
