/**
 * Markdown blocks → PDF bytes with pdfkit (imported lazily, only when a PDF is asked for).
 * A4, numbered headings with bookmarks, justified text, tables with repeated headers, a running
 * header with the document title, "page X of Y", metadata, and a DRAFT watermark under the text of drafts.
 * Byte-identical for the same input: the dates come from the caller and pdfkit derives the
 * document ID from the metadata.
 */

import type { Block } from '../../core/document/blocks.js';
import { isLeadIn, keepsWithNext } from '../../core/document/keep-rules.js';
import { pageLabel, type DocumentMeta } from '../../core/document/meta.js';
import { loadHyphenator } from '../../core/typography/hyphenation.js';
import { describeChar, findMissingGlyphs } from './glyphs.js';
import { FACE_NAME, FACES, fitToWidth, loadFonts, textWidth, type FontSet } from './fonts.js';
import { PdfFlow, type Doc } from './pdf-text.js';
import { drawParallel } from './pdf-parallel.js';
import { drawTable, tableStartHeight } from './pdf-table.js';
import { PAGE, TEXT, WATERMARK } from './style.js';

/** Size of the running header and the page numbers. */
const FURNITURE_SIZE = 7.5;

/** Raised before anything is drawn when the fonts lack characters of the text. */
export class MissingGlyphsError extends Error {
  override readonly name = 'MissingGlyphsError';
  constructor(
    readonly chars: string[],
    readonly places: string[],
  ) {
    super(`missing glyphs: ${chars.join(' ')}`);
  }
}

/** A scratch document to measure side-by-side articles on (pdf-parallel), made when needed. */
type Rehearsal = () => PdfFlow;

/**
 * Height of what must stand on the page where `blocks[index]` starts: its own start, and, for
 * a block kept with the next (a heading, a lead-in ending in a colon), the start of that one.
 */
function startHeight(
  flow: PdfFlow,
  blocks: readonly Block[],
  index: number,
  indent: number,
  depth = 0,
): number {
  const block = blocks[index];
  if (!block || depth > 4) return 0;
  const kept = keepsWithNext(block, blocks[index + 1]);
  const next = () => (kept ? startHeight(flow, blocks, index + 1, indent, depth + 1) : 0);
  switch (block.type) {
    case 'heading':
      return flow.headingHeight(block) + next();
    case 'paragraph':
      return flow.paragraphStart(block.runs, indent, kept && isLeadIn(block)) + next();
    case 'list':
      return flow.listStart(block, indent);
    case 'table':
      return tableStartHeight(flow, block);
    case 'quote':
      return startHeight(flow, block.blocks, 0, indent + 18, depth + 1);
    default:
      return 0;
  }
}

function renderBlocks(flow: PdfFlow, blocks: readonly Block[], indent = 0, rehearsal?: Rehearsal): void {
  blocks.forEach((block, index) => {
    const keep = () =>
      keepsWithNext(block, blocks[index + 1]) ? startHeight(flow, blocks, index + 1, indent) : 0;
    switch (block.type) {
      case 'heading':
        flow.heading(block, keep());
        break;
      case 'paragraph':
        flow.paragraph(block.runs, indent, keep());
        break;
      case 'list':
        flow.list(block, indent, (children, childIndent) => renderBlocks(flow, children, childIndent));
        break;
      case 'table':
        drawTable(flow, block);
        break;
      case 'quote':
        renderBlocks(flow, block.blocks, indent + 18);
        break;
      case 'rule':
        flow.rule();
        break;
      case 'page-break':
        flow.newPage();
        break;
      case 'parallel':
        if (!rehearsal) throw new Error('side-by-side blocks need a rehearsal document');
        drawParallel(flow, block, (column, inner) => renderBlocks(column, inner), rehearsal());
        break;
    }
  });
}

/** The running header (from the second page) and "page X of Y" on every page. */
function decoratePages(flow: PdfFlow, meta: DocumentMeta): void {
  const { doc, fonts, text } = flow;
  const range = doc.bufferedPageRange();
  const width = doc.page.width - PAGE.margins.left - PAGE.margins.right;
  const header = fitToWidth(fonts.regular, meta.title, width, FURNITURE_SIZE);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.fillColor(TEXT.muted);
    if (i > range.start) {
      text.line([{ text: header, face: 'regular', x: PAGE.margins.left }], PAGE.headerY, FURNITURE_SIZE);
      const ruleY = PAGE.headerY + 12;
      doc
        .moveTo(PAGE.margins.left, ruleY)
        .lineTo(PAGE.margins.left + width, ruleY)
        .lineWidth(0.4)
        .strokeColor(TEXT.rule)
        .stroke();
    }
    const label = pageLabel(meta, i - range.start + 1, range.count);
    const x = PAGE.margins.left + (width - textWidth(fonts.regular, label, FURNITURE_SIZE)) / 2;
    text.line([{ text: label, face: 'regular', x }], doc.page.height - PAGE.footerFromBottom, FURNITURE_SIZE);
  }
}

/**
 * Drawn first on every new page, so the text lies over it and stays fully legible. pdfkit keeps
 * the cursor and the current font outside the graphics state: both are put back by hand.
 */
function drawWatermark(doc: Doc, text: string): void {
  const { width, height } = doc.page;
  const [x, y] = [doc.x, doc.y];
  doc.save();
  doc.rotate(WATERMARK.angle, { origin: [width / 2, height / 2] });
  doc.font(FACE_NAME.bold).fontSize(WATERMARK.size).fillColor(WATERMARK.color, WATERMARK.opacity);
  const textHeight = doc.currentLineHeight();
  doc.text(text, -width, height / 2 - textHeight / 2, {
    width: width * 3,
    align: 'center',
    lineBreak: false,
  });
  doc.restore();
  doc.font(FACE_NAME.regular).fontSize(TEXT.size);
  doc.x = x;
  doc.y = y;
}

async function createDocument(meta: DocumentMeta): Promise<{ doc: Doc; fonts: FontSet }> {
  const [{ default: PDFDocument }, fonts] = await Promise.all([import('pdfkit'), loadFonts()]);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: false,
    lang: meta.lang,
    displayTitle: true,
    font: null as unknown as string, // no Helvetica: the fonts are registered below
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.author,
      Keywords: meta.keywords,
      Creator: 'prison-protocol',
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });
  for (const face of FACES) doc.registerFont(FACE_NAME[face], fonts[face] as unknown as Buffer);
  doc.font(FACE_NAME.regular).fontSize(TEXT.size);
  const watermark = meta.watermark;
  if (watermark) doc.on('pageAdded', () => drawWatermark(doc, watermark));
  doc.addPage();
  return { doc, fonts };
}

/** Fails with `MissingGlyphsError` if the fonts cannot draw some character of the text. */
export async function checkGlyphs(blocks: readonly Block[], meta: DocumentMeta): Promise<void> {
  const fonts = await loadFonts();
  const furniture = [meta.title, pageLabel(meta, 88, 88), ...(meta.watermark ? [meta.watermark] : [])];
  const missing = findMissingGlyphs(blocks, fonts, furniture);
  if (missing.length > 0) {
    throw new MissingGlyphsError(
      missing.map((m) => describeChar(m.char)),
      [...new Set(missing.flatMap((m) => m.places))],
    );
  }
}

/** The document side-by-side articles are measured on: same fonts and page, never written out. */
async function scratchDocument(blocks: readonly Block[], meta: DocumentMeta): Promise<Doc | undefined> {
  if (!blocks.some((block) => block.type === 'parallel')) return undefined;
  return (await createDocument({ ...meta, watermark: null })).doc;
}

export async function renderPdf(blocks: readonly Block[], meta: DocumentMeta): Promise<Uint8Array> {
  await checkGlyphs(blocks, meta);
  const [{ doc, fonts }, hyphenate] = await Promise.all([createDocument(meta), loadHyphenator(meta.lang)]);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const flow = new PdfFlow(doc, fonts, hyphenate);
  let rehearsal: PdfFlow | undefined;
  const scratch = await scratchDocument(blocks, meta);
  renderBlocks(flow, blocks, 0, () => (rehearsal ??= new PdfFlow(scratch!, fonts, hyphenate)));
  decoratePages(flow, meta);
  doc.end();
  return done;
}
