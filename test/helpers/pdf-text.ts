/** Reads a PDF back as text (per page) with pdfjs-dist, to check documents by their meaning. */
import { readFileSync } from 'node:fs';

export async function pdfPages(file: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(file));
  const document = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  await document.destroy();
  return pages;
}

export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(file)).join('\n');
}

export async function pdfInfo(file: string): Promise<Record<string, unknown>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
  await document.destroy();
  return info;
}
