/**
 * Tables in the PDF: a row taller than a page (a long answer in one cell) continues on the next
 * page instead of running off the bottom, and every word of it is on a page, inside the margins.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';

import { renderDocx } from '../../../src/adapters/docx/render-docx.js';
import { renderPdf } from '../../../src/adapters/pdf/render-pdf.js';
import { PAGE } from '../../../src/adapters/pdf/style.js';
import { markdownBlocks } from '../../../src/core/document/blocks.js';
import type { DocumentMeta } from '../../../src/core/document/meta.js';
import { readDocx } from './read-back.js';

const meta: DocumentMeta = {
  title: 'Tables',
  subject: 'test',
  author: 'test',
  keywords: 'test',
  lang: 'en',
  locale: 'en',
  date: new Date(Date.UTC(2024, 0, 1)),
  pageTemplate: 'Page {page} of {pages}',
  watermark: null,
};

interface Placed {
  text: string;
  page: number;
  /** Distance of the baseline from the bottom edge of the page. */
  y: number;
}

async function placedText(bytes: Uint8Array): Promise<{ items: Placed[]; pageHeight: number }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true }).promise;
  const items: Placed[] = [];
  let pageHeight = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    pageHeight = page.view[3]!;
    for (const item of (await page.getTextContent()).items) {
      if ('str' in item && item.str.trim() !== '')
        items.push({ text: item.str, page: n, y: item.transform[5] as number });
    }
  }
  await pdf.destroy();
  return { items, pageHeight };
}

const words = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`).join(' ');

describe('PDF tables', () => {
  it('splits a row taller than a page across pages, keeping every word inside the margins', async () => {
    const long = words(1400, 'w');
    const markdown = `# Tables\n\n| Service | Description |\n|---|---|\n| Short | before |\n| Counselling | ${long} |\n| After | the end |\n`;
    const { items, pageHeight } = await placedText(await renderPdf(markdownBlocks(markdown), meta));
    const body = items.filter((item) => /^w\d|before|the end|Counselling|After/.test(item.text));
    const text = body.map((item) => item.text).join(' ');
    for (let i = 1; i <= 1400; i++) expect(text).toMatch(new RegExp(`\\bw${i}\\b`));
    expect(text).toContain('the end');
    const pages = new Set(body.map((item) => item.page));
    expect(pages.size).toBeGreaterThan(1);
    for (const item of body) {
      expect(item.y).toBeGreaterThanOrEqual(PAGE.margins.bottom - 1);
      expect(item.y).toBeLessThanOrEqual(pageHeight - PAGE.margins.top + 12);
    }
  });

  it('repeats the header row on the page where a split row continues', async () => {
    const markdown = `| Service | Description |\n|---|---|\n| Counselling | ${words(1400, 'x')} |\n`;
    const { items } = await placedText(await renderPdf(markdownBlocks(markdown), meta));
    const headerPages = items.filter((item) => item.text.includes('Description')).map((item) => item.page);
    const lastPage = Math.max(...items.map((item) => item.page));
    expect(lastPage).toBeGreaterThan(1);
    expect(headerPages).toEqual(Array.from({ length: lastPage }, (_, i) => i + 1));
  });
});

describe('DOCX tables', () => {
  it('lets Word break a row that may be taller than a page, and keeps short rows whole', async () => {
    const markdown = `| Service | Description |\n|---|---|\n| Short | before |\n| Counselling | ${words(1400, 'w')} |\n`;
    const { xml, compact } = await readDocx(await renderDocx(markdownBlocks(markdown), meta));
    const rows = xml.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(3); // header, short, long
    expect(rows[0]).toContain('<w:cantSplit/>');
    expect(rows[1]).toContain('<w:cantSplit/>');
    expect(rows[2]).not.toContain('<w:cantSplit/>');
    expect(compact).toContain('w1399w1400');
  });
});
