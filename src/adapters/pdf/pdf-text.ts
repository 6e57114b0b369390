/**
 * Text blocks on a pdfkit page: headings (with outline entries), justified paragraphs made of
 * bold/italic runs, bullet and numbered lists, and rules. Lines are composed in
 * `pdf-compose.ts`; paragraphs break across pages without leaving a single line behind or
 * ahead. Tables are in `pdf-table.ts`.
 */
import type { Block, ListItem, Run } from '../../core/document/blocks.js';
import { compose, composedHeight, drawLine, type Align, type Canvas, type Composed } from './pdf-compose.js';
import type { FontSet } from './fonts.js';
import { HEADING, LIST, PAGE, TEXT } from './style.js';
import { TextWriter } from './text-writer.js';

export type Doc = PDFKit.PDFDocument;

/**
 * Draws composed lines in a box that never breaks (table cells, headings kept whole). The
 * document's cursor is left where it was: callers move it themselves.
 */
export function drawBox(
  canvas: Canvas,
  composed: Composed,
  x: number,
  y: number,
  width: number,
  align: Align,
  color: string,
): void {
  canvas.doc.fillColor(color);
  composed.lines.forEach((line, index) =>
    drawLine(canvas.text, composed, line, x, y + index * composed.lineHeight, width, align),
  );
}

export class PdfFlow implements Canvas {
  /** Paragraphs before the first section heading are the title block: centred. */
  private inTitleBlock = true;
  private lastOutline: PDFKit.PDFOutline | undefined;

  readonly text: TextWriter;

  constructor(
    readonly doc: Doc,
    readonly fonts: FontSet,
  ) {
    this.text = new TextWriter(doc, fonts);
  }

  /**
   * While a side-by-side block is drawn (pdf-parallel.ts): the column text goes into, and the
   * page it is on, since the second column goes over pages the first one already started.
   */
  column: { left: number; width: number; page: number } | undefined;

  get left(): number {
    return this.column?.left ?? PAGE.margins.left;
  }

  get width(): number {
    return this.column?.width ?? this.doc.page.width - PAGE.margins.left - PAGE.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - PAGE.margins.bottom;
  }

  get top(): number {
    return PAGE.margins.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top + 1) this.newPage();
  }

  newPage(): void {
    if (this.column) {
      // A column continues on the next page, which the other column may have made already.
      const range = this.doc.bufferedPageRange();
      this.column.page += 1;
      if (this.column.page < range.start + range.count) this.doc.switchToPage(this.column.page);
      else this.doc.addPage();
    } else this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /**
   * Draws lines from the current position, continuing on new pages: at least two lines stay
   * together at the foot and at the head of a page, and paragraphs of three lines stay whole.
   */
  flowLines(composed: Composed, x: number, width: number, align: Align, color: string): void {
    let rest = composed.lines;
    while (rest.length > 0) {
      const fit = Math.floor((this.bottom - this.doc.y + 0.01) / composed.lineHeight);
      let take = rest.length;
      if (fit < rest.length) {
        if (fit < 2 || rest.length <= 3) take = 0;
        else take = rest.length - fit === 1 ? fit - 1 : fit;
      }
      if (take === 0 && this.doc.y > this.top + 1) {
        this.newPage();
        continue;
      }
      take = Math.max(take, Math.min(rest.length, 1));
      drawBox(this, { ...composed, lines: rest.slice(0, take) }, x, this.doc.y, width, align, color);
      this.doc.y += take * composed.lineHeight;
      rest = rest.slice(take);
      if (rest.length > 0) this.newPage();
    }
  }

  heading(block: Extract<Block, { type: 'heading' }>): void {
    const depth = Math.min(3, Math.max(1, block.depth)) as 1 | 2 | 3;
    const style = HEADING[depth];
    if (depth > 1) this.inTitleBlock = false;
    const composed = compose(this, block.runs, {
      width: this.width,
      size: style.size,
      lineGap: 1,
      bold: true,
    });
    if (this.doc.y > this.top + 1) this.doc.y += style.above;
    this.ensureSpace(composedHeight(composed) + HEADING.keepWithNext);
    this.addOutline(block.text, depth);
    const align = depth === 1 ? 'center' : 'left';
    drawBox(this, composed, this.left, this.doc.y, this.width, align, TEXT.heading);
    this.doc.y += composedHeight(composed) + style.below;
  }

  private addOutline(title: string, depth: 1 | 2 | 3): void {
    if (depth === 3 && this.lastOutline) {
      this.lastOutline.addItem(title);
      return;
    }
    const item = this.doc.outline.addItem(title);
    if (depth === 2) this.lastOutline = item;
  }

  paragraph(runs: readonly Run[], indent = 0): void {
    const width = this.width - indent;
    const composed = compose(this, runs, { width, size: TEXT.size, lineGap: TEXT.lineGap });
    this.flowLines(composed, this.left + indent, width, this.inTitleBlock ? 'center' : 'justify', TEXT.color);
    this.doc.y += TEXT.paragraphGap;
  }

  list(
    block: Extract<Block, { type: 'list' }>,
    indent: number,
    render: (blocks: Block[], indent: number) => void,
  ): void {
    block.items.forEach((item, index) => {
      const label = block.ordered ? `${block.start + index}.` : '•';
      this.listItem(item, label, indent, render);
    });
    this.doc.y += TEXT.paragraphGap - LIST.itemGap;
  }

  private listItem(
    item: ListItem,
    label: string,
    indent: number,
    render: (blocks: Block[], indent: number) => void,
  ): void {
    const textIndent = indent + LIST.indent + (label.length > 2 ? 6 : 0);
    const width = this.width - textIndent;
    const composed = compose(this, item.runs, { width, size: TEXT.size, lineGap: TEXT.lineGap });
    this.ensureSpace(Math.min(composedHeight(composed), composed.lineHeight * 2));
    const y = this.doc.y;
    this.doc.fillColor(TEXT.color);
    this.text.line([{ text: label, face: 'regular', x: this.left + indent }], y, TEXT.size);
    this.flowLines(composed, this.left + textIndent, width, 'justify', TEXT.color);
    this.doc.y += LIST.itemGap;
    if (item.children.length > 0) render(item.children, textIndent);
  }

  rule(): void {
    this.ensureSpace(12);
    const y = this.doc.y + 4;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor(TEXT.rule)
      .stroke();
    this.doc.y = y + 8;
  }
}
