/**
 * The text writer puts glyphs straight into the content stream: what it writes must read back as
 * the same words, with the spaces of stretched (justified) lines still spaces, in every face,
 * and the fonts must be registered on each page that uses them.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';

import { FACE_NAME, FACES, loadFonts } from '../../../src/adapters/pdf/fonts.js';
import { TextWriter, type PlacedText } from '../../../src/adapters/pdf/text-writer.js';
import { readPdf } from './read-back.js';

async function draw(lines: { pieces: PlacedText[]; gap?: number }[][]): Promise<Uint8Array> {
  const fonts = await loadFonts();
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, font: null as unknown as string });
  for (const face of FACES) doc.registerFont(FACE_NAME[face], fonts[face] as unknown as Buffer);
  const writer = new TextWriter(doc, fonts);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const page of lines) {
    doc.addPage();
    page.forEach((line, index) => writer.line(line.pieces, 72 + index * 20, 11, line.gap ?? 0));
  }
  doc.end();
  return done;
}

describe('TextWriter', () => {
  it('writes words that read back, spaces included, across faces', async () => {
    const pdf = await readPdf(
      await draw([
        [
          { pieces: [{ text: 'Plain words here', face: 'regular', x: 72 }] },
          {
            pieces: [
              { text: 'Bold', face: 'bold', x: 72 },
              { text: 'and italic', face: 'italic', x: 110 },
            ],
          },
        ],
      ]),
    );
    expect(pdf.pages[0]).toContain('Plain words here');
    expect(pdf.pages[0]).toMatch(/Bold\s*and italic/);
  });

  it('keeps stretched spaces as spaces in justified lines', async () => {
    const pdf = await readPdf(
      await draw([
        [{ pieces: [{ text: 'Стороны договорились о следующем', face: 'regular', x: 72 }], gap: 12 }],
      ]),
    );
    expect(pdf.pages[0]).toMatch(/Стороны\s+договорились\s+о\s+следующем/);
  });

  it('escapes glyph codes that are parentheses, backslash, CR or LF bytes', async () => {
    // Subset ids are handed out in order of first use: 130 distinct characters take ids up to
    // 130, through 0x0a, 0x0d, 0x28, 0x29 and 0x5c.
    const latin = Array.from({ length: 26 }, (_, i) => String.fromCharCode(0x41 + i, 0x61 + i)).join('');
    const cyrillic = Array.from({ length: 64 }, (_, i) => String.fromCharCode(0x410 + i)).join('');
    const text = `${latin}0123456789${cyrillic}`;
    const lines = text
      .match(/.{1,40}/g)!
      .map((chunk) => ({ pieces: [{ text: chunk, face: 'regular' as const, x: 40 }] }));
    const pdf = await readPdf(await draw([lines]));
    expect(pdf.compact).toBe(text);
  });

  it('registers the font on every page and reads Central Asian letters back', async () => {
    const letters = 'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі Ҷҷ Ӣӣ Ӯӯ Ҳҳ Ўў oʻ gʻ';
    const pdf = await readPdf(
      await draw([
        [{ pieces: [{ text: 'first page', face: 'regular', x: 72 }] }],
        [{ pieces: [{ text: letters, face: 'boldItalic', x: 72 }] }],
      ]),
    );
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pages[1]).toContain(letters);
  });
});
