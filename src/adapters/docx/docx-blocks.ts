/**
 * Markdown blocks → `docx` paragraphs and tables: Word heading styles (so the navigation pane
 * lists the sections), justified body text, bullet and numbered lists on Word numbering, and
 * tables whose header row repeats on every page.
 */
import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import type { Block, Run } from '../../core/document/blocks.js';
import { shareWidths, type ColumnNeeds } from '../../core/document/column-widths.js';
import { runsText } from '../../core/document/blocks.js';

export const BULLETS = 'bullets';
export const NUMBERS = 'numbers';
/** Content width of an A4 page with 2.5 cm margins, in twentieths of a point. */
export const CONTENT_WIDTH = 11906 - 2 * 1418;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const HEADER_FILL = 'E9EDF2';

export function textRuns(runs: readonly Run[], options: { bold?: boolean; size?: number } = {}): TextRun[] {
  const result: TextRun[] = [];
  for (const run of runs) {
    run.text.split('\n').forEach((text, index) => {
      result.push(
        new TextRun({
          text,
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

/** Rough width of one character of 9 pt Noto Sans, in twentieths of a point. */
const CHAR_WIDTH = 100;
const CELL_PADDING = 2 * 90 + 20;

/** Column widths shared as in the PDF, from character counts (Word lays the text out itself). */
function columnWidths(rows: Run[][][], columns: number): number[] {
  const needs: ColumnNeeds[] = [];
  for (let c = 0; c < columns; c++) {
    const texts = rows.map((row) => runsText(row[c] ?? []));
    const word = Math.max(3, ...texts.flatMap((text) => text.split(/\s+/).map((w) => w.length)));
    const longest = Math.max(3, ...texts.map((text) => text.length));
    needs.push({ min: word * CHAR_WIDTH + CELL_PADDING, max: longest * CHAR_WIDTH + CELL_PADDING });
  }
  return shareWidths(needs, CONTENT_WIDTH).map((width) => Math.round(width));
}

function cell(runs: Run[], width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    children: [new Paragraph({ children: textRuns(runs, { bold: header, size: 18 }) })],
  });
}

/** Lines of table text (9 pt) that surely fit on a page, well under the ~60 an A4 page holds. */
const ROW_LINES_KEPT_WHOLE = 40;

/**
 * Rows are kept on one page (`cantSplit`) unless they may be taller than a page: Word does not
 * break such a row and cuts its text off at the bottom of the page. The height is estimated
 * from the text and the column widths.
 */
function keepWhole(row: Run[][], widths: readonly number[]): boolean {
  const lines = row.map((runs, i) => {
    const perLine = Math.max(1, Math.floor(((widths[i] ?? CONTENT_WIDTH) - CELL_PADDING) / CHAR_WIDTH));
    return runsText(runs)
      .split('\n')
      .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  });
  return Math.max(0, ...lines) <= ROW_LINES_KEPT_WHOLE;
}

function table(block: Extract<Block, { type: 'table' }>): Table {
  const columns = block.header.length;
  const widths = columnWidths([block.header, ...block.rows], columns);
  const hasHeader = block.header.some((c) => runsText(c).trim() !== '');
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: keepWhole(row, widths),
        children: row.map((c, i) => cell(c, widths[i]!, false)),
      }),
  );
  if (hasHeader) {
    rows.unshift(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((c, i) => cell(c, widths[i]!, true)),
      }),
    );
  }
  return new Table({ rows, width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths });
}

export class DocxBuilder {
  readonly children: (Paragraph | Table)[] = [];
  /** Paragraphs before the first section heading are the title block: centred. */
  private inTitleBlock = true;
  private lists = 0;

  add(blocks: readonly Block[], level = 0): void {
    for (const block of blocks) this.block(block, level);
  }

  private block(block: Block, level: number): void {
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
            children: textRuns(block.runs),
          }),
        );
        break;
      case 'list':
        this.list(block, level);
        break;
      case 'table':
        this.children.push(table(block));
        this.children.push(new Paragraph({ children: [] }));
        break;
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
    }
  }

  private list(block: Extract<Block, { type: 'list' }>, level: number): void {
    // Each numbered list is its own numbering instance, so it starts again at 1.
    const instance = block.ordered ? ++this.lists : 0;
    for (const item of block.items) {
      this.children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: Math.min(level, 2), instance },
          children: textRuns(item.runs),
        }),
      );
      if (item.children.length > 0) this.add(item.children, level + 1);
    }
  }
}
