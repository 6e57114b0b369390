/**
 * Markdown blocks → `docx` paragraphs and tables: Word heading styles (so the navigation pane
 * lists the sections), justified body text, bullet and numbered lists on Word numbering, and
 * tables whose header row repeats on every page.
 *
 * The page-break rules of the PDF (keep-rules.ts) are given to Word as its own properties, so
 * Word and LibreOffice keep the same things together: headings keep with next (their styles),
 * a lead-in ending in a colon keeps with next, a header row repeats and never splits and keeps
 * with the first row, a signature table or a short table keeps every row with the next and
 * never splits a row, and a signature table is also wrapped in a row that cannot split
 * (`keptWhole`). Words carry soft hyphens at the hyphenation points of the document language
 * (the same patterns as the PDF), so both break words where the PDF does; table columns are
 * measured in the embedded fonts (docx-columns.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  SoftHyphen,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import type { Block, Run } from '../../core/document/blocks.js';
import { isLeadIn, isSignatureTable, keepsWithNext } from '../../core/document/keep-rules.js';
import type { Hyphenator } from '../../core/typography/hyphenation.js';
import { runsText } from '../../core/document/blocks.js';
import type { FontSet } from '../pdf/fonts.js';
import { CELL_MARGIN, columnWidths, measureCell, rowLines, softHyphenPoints } from './docx-columns.js';

export const BULLETS = 'bullets';
export const NUMBERS = 'numbers';
/** Content width of an A4 page with 2.5 cm margins, in twentieths of a point. */
export const CONTENT_WIDTH = 11906 - 2 * 1418;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const HEADER_FILL = 'E9EDF2';

/** A run's text with `SoftHyphen` elements at the hyphenation points of its longer words. */
function hyphenated(text: string, hyphenate: Hyphenator | undefined): (string | SoftHyphen)[] {
  const children: (string | SoftHyphen)[] = [];
  let pending = '';
  for (const part of text.split(/(\s+)/)) {
    let from = 0;
    for (const at of softHyphenPoints(part, hyphenate)) {
      children.push(pending + part.slice(from, at), new SoftHyphen());
      pending = '';
      from = at;
    }
    pending += part.slice(from);
  }
  if (pending !== '') children.push(pending);
  return children;
}

export function textRuns(
  runs: readonly Run[],
  options: { bold?: boolean; size?: number; hyphenate?: Hyphenator } = {},
): TextRun[] {
  const result: TextRun[] = [];
  for (const run of runs) {
    run.text.split('\n').forEach((text, index) => {
      result.push(
        new TextRun({
          children: hyphenated(text, options.hyphenate),
          bold: run.bold || options.bold,
          italics: run.italic,
          size: options.size,
          break: index > 0 ? 1 : undefined,
        }),
      );
    });
  }
  return result;
}

interface CellOptions {
  width: number;
  header: boolean;
  /** Keep the cell's paragraph with the next row (a row of a table kept whole, a header row). */
  keepNext: boolean;
  hyphenate: Hyphenator | undefined;
}

function cell(runs: Run[], options: CellOptions): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
    margins: { top: 60, bottom: 60, left: CELL_MARGIN, right: CELL_MARGIN },
    children: [
      new Paragraph({
        keepNext: options.keepNext || undefined,
        keepLines: options.keepNext || undefined,
        children: textRuns(runs, { bold: options.header, size: 18, hyphenate: options.hyphenate }),
      }),
    ],
  });
}

/**
 * Lines of table text (9 pt) that surely fit on a page, well under the ~60 an A4 page holds.
 * Rows are kept on one page (`cantSplit`) unless they may be taller than a page: Word does not
 * break such a row and cuts its text off at the bottom of the page.
 */
const ROW_LINES_KEPT_WHOLE = 40;

/** A table of this many lines or fewer is kept on one page, as in the PDF (about a third of a page). */
const SHORT_TABLE_LINES = 18;

function table(
  block: Extract<Block, { type: 'table' }>,
  fonts: FontSet,
  hyphenate: Hyphenator | undefined,
  width = CONTENT_WIDTH,
): { table: Table; lines: number } {
  const measured = [block.header, ...block.rows].map((row, r) =>
    block.header.map((_, c) => measureCell(fonts, row[c] ?? [], r === 0, hyphenate)),
  );
  const widths = columnWidths(measured, width);
  const hasHeader = block.header.some((c) => runsText(c).trim() !== '');
  const heights = measured.slice(1).map((row) => rowLines(row, widths));
  const total = heights.reduce((a, b) => a + b, 0) + (hasHeader ? 1 : 0);
  const whole = isSignatureTable(block) || total <= SHORT_TABLE_LINES;
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: whole || heights[r]! <= ROW_LINES_KEPT_WHOLE,
        children: block.header.map((_, i) =>
          cell(row[i] ?? [], {
            width: widths[i]!,
            header: false,
            keepNext: whole && r < block.rows.length - 1,
            hyphenate,
          }),
        ),
      }),
  );
  if (hasHeader) {
    rows.unshift(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((c, i) =>
          cell(c, { width: widths[i]!, header: true, keepNext: block.rows.length > 0, hyphenate }),
        ),
      }),
    );
  }
  const laid = new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
  // About a line more per row for its margins and the paragraph's spacing.
  return { table: laid, lines: total + block.rows.length };
}

/**
 * A signature table inside the one row of a borderless one-cell table, a row that cannot split,
 * so the whole block moves to the next page when it does not fit, and the heading before it
 * (keep with next) goes along. The rows' own keep-with-next already asks for that, and Word
 * and LibreOffice 7.4 honour it; but a row that cannot split is the older and surer property
 * (LibreOffice has not always kept a table by its rows' keep-with-next), and the signature
 * block is the one place a split page would cost a signing. Only a table that surely fits on
 * a page: Word cuts off a row taller than the page instead of breaking it.
 */
function keptWhole(inner: Table, width: number): Table {
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: NO_BORDERS,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
            // A cell ends with a paragraph: a hairline one, so the block is no taller.
            children: [
              inner,
              new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, children: [] }),
            ],
          }),
        ],
      }),
    ],
    borders: NO_BORDERS,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

/** Space between the two columns of a side-by-side article, in twentieths of a point. */
const GUTTER = 360;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/**
 * A side-by-side article (core/document/parallel): one row of a borderless two-column table,
 * so both languages start on the same line; the row may break across pages like the text.
 */
function parallelTable(columns: (Paragraph | Table)[][], total: number): Table {
  const width = Math.floor(total / 2);
  const cells = columns.map(
    (children, i) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        borders: NO_BORDERS,
        margins: i === 0 ? { right: GUTTER / 2 } : { left: GUTTER / 2 },
        // A cell must end with a paragraph.
        children:
          children.length > 0
            ? [...children, new Paragraph({ children: [] })]
            : [new Paragraph({ children: [] })],
      }),
  );
  return new Table({
    rows: [new TableRow({ children: cells })],
    borders: NO_BORDERS,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [width, width],
    layout: TableLayoutType.FIXED,
  });
}

export class DocxBuilder {
  readonly children: (Paragraph | Table)[] = [];
  /** Paragraphs before the first section heading are the title block: centred. */
  private inTitleBlock = true;
  private lists = 0;

  /**
   * `fonts`: the embedded faces, to measure table text; `hyphenate`: the document language's
   * hyphenation, for soft hyphens in the text; `width`: of the text (a column of a side-by-side
   * article is narrower than the page).
   */
  constructor(
    private readonly fonts: FontSet,
    private readonly hyphenate?: Hyphenator,
    private readonly width = CONTENT_WIDTH,
  ) {}

  add(blocks: readonly Block[], level = 0): void {
    blocks.forEach((block, index) => this.block(block, level, keepsWithNext(block, blocks[index + 1])));
  }

  private block(block: Block, level: number, keepNext: boolean): void {
    const hyphenate = this.hyphenate;
    switch (block.type) {
      case 'heading': {
        const depth = Math.min(3, Math.max(1, block.depth));
        if (depth > 1) this.inTitleBlock = false;
        this.children.push(new Paragraph({ heading: HEADINGS[depth - 1], children: textRuns(block.runs) }));
        break;
      }
      case 'paragraph':
        this.children.push(
          new Paragraph({
            alignment: this.inTitleBlock ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
            indent: level > 0 ? { left: 360 * level } : undefined,
            widowControl: true,
            keepNext: (keepNext && isLeadIn(block)) || undefined,
            keepLines: (keepNext && isLeadIn(block)) || undefined,
            children: textRuns(block.runs, { hyphenate }),
          }),
        );
        break;
      case 'list':
        this.list(block, level);
        break;
      case 'table': {
        const laid = table(block, this.fonts, hyphenate, this.width);
        const wrap = isSignatureTable(block) && laid.lines <= ROW_LINES_KEPT_WHOLE;
        this.children.push(wrap ? keptWhole(laid.table, this.width) : laid.table);
        this.children.push(new Paragraph({ children: [] }));
        break;
      }
      case 'quote':
        this.add(block.blocks, level + 1);
        break;
      case 'rule':
        this.children.push(
          new Paragraph({
            border: { bottom: { style: 'single', size: 4, color: '9C9C9C', space: 1 } },
            children: [],
          }),
        );
        break;
      case 'page-break':
        this.children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        break;
      case 'parallel': {
        const columns = [block.left, block.right].map((blocks) => {
          // Two languages side by side: neither column takes one language's hyphenation.
          const column = new DocxBuilder(this.fonts, undefined, Math.floor(this.width / 2) - GUTTER / 2);
          column.inTitleBlock = this.inTitleBlock;
          column.lists = this.lists;
          column.add(blocks, level);
          this.lists = column.lists; // numbered lists stay distinct instances
          return column;
        });
        if (columns.some((column) => !column.inTitleBlock)) this.inTitleBlock = false;
        this.children.push(
          parallelTable(
            columns.map((column) => column.children),
            this.width,
          ),
        );
        break;
      }
    }
  }

  private list(block: Extract<Block, { type: 'list' }>, level: number): void {
    // Each numbered list is its own numbering instance, so it starts again at 1.
    const instance = block.ordered ? ++this.lists : 0;
    for (const item of block.items) {
      this.children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          widowControl: true,
          numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: Math.min(level, 2), instance },
          children: textRuns(item.runs, { hyphenate: this.hyphenate }),
        }),
      );
      if (item.children.length > 0) this.add(item.children, level + 1);
    }
  }
}
