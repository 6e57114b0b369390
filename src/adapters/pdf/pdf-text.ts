/**
 * Text blocks on a pdfkit page: headings (with outline entries), justified paragraphs made of
 * bold/italic runs, bullet and numbered lists, and rules. Lines are composed in
 * `pdf-compose.ts`; paragraphs break across pages without leaving a single line behind or
 * ahead. Tables are in `pdf-table.ts`.
 */
import type { Block, ListItem, Run } from '../../core/document/blocks.js';
import {
  compose,
  composedHeight,
  drawLine,
  forgetWords,
  type Align,
  type Canvas,
  type Composed,
} from './pdf-compose.js';
import type { Hyphenator } from '../../core/typography/hyphenation.js';
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

  /** Paragraphs composed while measuring what a heading must keep with it, drawn as composed. */
  private readonly composedRuns = new WeakMap<readonly Run[], { width: number; composed: Composed }>();

  constructor(
    readonly doc: Doc,
    readonly fonts: FontSet,
    readonly hyphenate: Hyphenator,
  ) {
    this.text = new TextWriter(doc, fonts);
  }

  /**
   * While a side-by-side block is drawn (pdf-parallel.ts): the column text goes into, and the
   * page it is on, since the second column goes over pages the first one already started.
   */
  /**
   * A column of a side-by-side article (pdf-parallel). `opening`: its first heading is still to
   * come; drawParallel has already found room for it and what follows, in both columns alike.
   */
  column: { left: number; width: number; page: number; opening?: boolean } | undefined;

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

  /** The heading composed in its style. */
  private composeHeading(block: Extract<Block, { type: 'heading' }>): {
    composed: Composed;
    depth: 1 | 2 | 3;
  } {
    const depth = Math.min(3, Math.max(1, block.depth)) as 1 | 2 | 3;
    const composed = this.composeRuns(block.runs, this.width, {
      size: HEADING[depth].size,
      lineGap: 1,
      bold: true,
      align: 'left',
      hyphenate: false,
    });
    return { composed, depth };
  }

  /** Height a heading takes with its space above and below. */
  headingHeight(block: Extract<Block, { type: 'heading' }>): number {
    const { composed, depth } = this.composeHeading(block);
    return HEADING[depth].above + composedHeight(composed) + HEADING[depth].below;
  }

  /**
   * Draws a heading on the page where `keep` more points (the start of what follows) fit
   * under it. A heading taller than half a page (a runaway title) flows over pages instead.
   */
  heading(block: Extract<Block, { type: 'heading' }>, keepNext: number): void {
    // A column's opening heading stays where drawParallel put it, level with the other column's.
    const keep = this.column?.opening ? 0 : keepNext;
    if (this.column) this.column.opening = false;
    const { composed, depth } = this.composeHeading(block);
    const style = HEADING[depth];
    if (depth > 1) this.inTitleBlock = false;
    if (this.doc.y > this.top + 1) this.doc.y += style.above;
    const height = composedHeight(composed);
    const align = depth === 1 ? 'center' : 'left';
    this.addOutline(block.text, depth);
    if (height > (this.bottom - this.top) / 2) {
      this.flowLines(composed, this.left, this.width, align, TEXT.heading);
    } else {
      this.ensureSpace(height + style.below + Math.min(keep, this.bottom - this.top - height - style.below));
      drawBox(this, composed, this.left, this.doc.y, this.width, align, TEXT.heading);
      this.doc.y += height;
    }
    this.doc.y += style.below;
  }

  private addOutline(title: string, depth: 1 | 2 | 3): void {
    if (depth === 3 && this.lastOutline) {
      this.lastOutline.addItem(title);
      return;
    }
    const item = this.doc.outline.addItem(title);
    if (depth === 2) this.lastOutline = item;
  }

  /** Drawn runs are let go: a document's blocks, and so these caches' keys, live until it is written. */
  private forget(runs: readonly Run[]): void {
    this.composedRuns.delete(runs);
    forgetWords(runs);
  }

  /** Runs composed at `width`, once: measuring a paragraph before drawing it costs nothing more. */
  composeRuns(
    runs: readonly Run[],
    width: number,
    options: { size: number; lineGap: number; bold?: boolean; align: Align; hyphenate?: boolean },
  ): Composed {
    const cached = this.composedRuns.get(runs);
    if (cached && cached.width === width) return cached.composed;
    const composed = compose(this, runs, { width, ...options });
    this.composedRuns.set(runs, { width, composed });
    return composed;
  }

  private composeParagraph(runs: readonly Run[], width: number): Composed {
    return this.composeRuns(runs, width, {
      size: TEXT.size,
      lineGap: TEXT.lineGap,
      align: this.paragraphAlign,
    });
  }

  private get paragraphAlign(): Align {
    return this.inTitleBlock ? 'center' : 'justify';
  }

  /**
   * Height of the part of a paragraph that must start on the page where it starts: all of it
   * when `whole` or when it has three lines or fewer (those never break), else its first two.
   */
  paragraphStart(runs: readonly Run[], indent: number, whole: boolean): number {
    const composed = this.composeParagraph(runs, this.width - indent);
    const lines = composed.lines.length;
    return (whole || lines <= 3 ? lines : 2) * composed.lineHeight + (whole ? TEXT.paragraphGap : 0);
  }

  paragraph(runs: readonly Run[], indent = 0, keep = 0): void {
    const width = this.width - indent;
    const composed = this.composeParagraph(runs, width);
    if (keep > 0)
      this.ensureSpace(Math.min(composedHeight(composed) + TEXT.paragraphGap + keep, this.bottom - this.top));
    this.flowLines(composed, this.left + indent, width, this.paragraphAlign, TEXT.color);
    this.forget(runs);
    this.doc.y += TEXT.paragraphGap;
  }

  /** Height of the first item's first two lines (the whole item when it has three or fewer). */
  listStart(block: Extract<Block, { type: 'list' }>, indent: number): number {
    const item = block.items[0];
    if (!item) return 0;
    const label = block.ordered ? `${block.start}.` : '•';
    const composed = this.composeItem(item, label, indent);
    return (
      Math.min(composed.lines.length <= 3 ? composed.lines.length : 2, composed.lines.length) *
      composed.lineHeight
    );
  }

  private itemIndent(label: string, indent: number): number {
    return indent + LIST.indent + (label.length > 2 ? 6 : 0);
  }

  private composeItem(item: ListItem, label: string, indent: number): Composed {
    const width = this.width - this.itemIndent(label, indent);
    return this.composeRuns(item.runs, width, { size: TEXT.size, lineGap: TEXT.lineGap, align: 'justify' });
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
    const textIndent = this.itemIndent(label, indent);
    const width = this.width - textIndent;
    const composed = this.composeItem(item, label, indent);
    const lines = composed.lines.length;
    this.ensureSpace((lines <= 3 ? lines : 2) * composed.lineHeight);
    const y = this.doc.y;
    this.doc.fillColor(TEXT.color);
    this.text.line([{ text: label, face: 'regular', x: this.left + indent }], y, TEXT.size);
    this.flowLines(composed, this.left + textIndent, width, 'justify', TEXT.color);
    this.forget(item.runs);
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
