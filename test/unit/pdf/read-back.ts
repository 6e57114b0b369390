/** Reading rendered PDFs (pdfjs-dist) and DOCX files (jszip) back as text, for the tests. */
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  /** All text, whitespace removed: words may wrap or sit in separate table cells. */
  compact: string;
  info: Record<string, unknown>;
  outline: string[];
  pageCount: number;
}

/**
 * Whitespace and hyphens removed, for comparing text that may wrap differently (a word
 * hyphenated at a line end reads back as "liv-" and "ing"); quotation marks made straight, as
 * the documents set them in their language's style.
 */
export const compact = (text: string) =>
  text
    .replace(/[\s-]+/g, '')
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'");

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
  }
  const { info } = await pdf.getMetadata();
  const outline: string[] = [];
  const walk = (items: { title: string; items: unknown[] }[] | null) => {
    for (const item of items ?? []) {
      outline.push(item.title);
      walk(item.items as { title: string; items: unknown[] }[]);
    }
  };
  walk((await pdf.getOutline()) as { title: string; items: unknown[] }[] | null);
  const result = {
    pages,
    compact: compact(pages.join('\n')),
    info: info as Record<string, unknown>,
    outline,
    pageCount: pdf.numPages,
  };
  await pdf.destroy();
  return result;
}

export interface DocxText {
  xml: string;
  /** The text of `word/document.xml`, whitespace removed. */
  compact: string;
  core: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const core = await zip.file('docProps/core.xml')!.async('string');
  const text = xml
    .replace(/<w:tab\/>|<\/w:p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
  return { xml, compact: compact(text), core };
}
