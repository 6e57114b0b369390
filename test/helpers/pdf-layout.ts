/**
 * Reads a PDF back as lines with positions (pdfjs-dist), to check how its pages break: which
 * line is last on a page, what size its text is, where each column of a table starts.
 */
import { readFileSync } from 'node:fs';

/** Text drawn together on one baseline, with nothing more than a word space inside it. */
export interface Segment {
  text: string;
  x: number;
  end: number;
}

export interface PdfLine {
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  segments: Segment[];
  text: string;
}

export interface PdfPage {
  number: number;
  /** Body lines, top to bottom (running header, page number and watermark left out). */
  lines: PdfLine[];
}

/** Gap between two pieces of text on one baseline above which they are in different columns. */
const COLUMN_GAP = 7;

export async function pdfLayout(file: string): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(file));
  const document = await pdfjs.getDocument({
    data,
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const height = page.view[3]!;
    const content = await page.getTextContent();
    const byBaseline = new Map<number, { str: string; x: number; end: number; size: number }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const size = Math.hypot(item.transform[0], item.transform[1]);
      // Body text is 8.8 to 17 pt; the running header and page numbers 7.5; the watermark 120.
      if (size < 8 || size > 40) continue;
      const y = Math.round((height - item.transform[5]) * 2) / 2;
      const x = item.transform[4];
      const list = byBaseline.get(y) ?? [];
      list.push({ str: item.str, x, end: x + item.width, size });
      byBaseline.set(y, list);
    }
    const lines = [...byBaseline.entries()]
      .sort(([a], [b]) => a - b)
      .map(([y, items]) => {
        items.sort((a, b) => a.x - b.x);
        const segments: Segment[] = [];
        for (const item of items) {
          const last = segments[segments.length - 1];
          if (last && item.x - last.end < COLUMN_GAP) {
            last.text += (item.x - last.end > 1 ? ' ' : '') + item.str;
            last.end = item.end;
          } else {
            segments.push({ text: item.str, x: item.x, end: item.end });
          }
        }
        return {
          y,
          size: Math.max(...items.map((item) => item.size)),
          segments,
          text: segments.map((s) => s.text).join(' | '),
        };
      });
    pages.push({ number, lines });
  }
  await document.destroy();
  return pages;
}
