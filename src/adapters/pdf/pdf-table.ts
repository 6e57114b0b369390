/**
 * Tables laid out by hand (pdfkit's `doc.table()` does not repeat header rows): column widths
 * from the content, a shaded header row that is repeated on every page the table continues on,
 * and rows kept whole on one page unless a row is taller than a page: that one is cut between
 * lines and continues on the next. A table never starts with its header alone at the foot of a
 * page; a signature table, or any table shorter than a third of a page, is kept whole.
 *
 * The style is a parameter, so a borderless layout (side-by-side texts) reuses all of this.
 */
import type { Block, Run } from '../../core/document/blocks.js';
import { runsText } from '../../core/document/blocks.js';
import { tableColumnWidths } from '../../core/document/column-widths.js';
import { isSignatureTable, isSigningLine } from '../../core/document/keep-rules.js';
import { compose, composedHeight, contentWidths, forgetWords, type Composed } from './pdf-compose.js';
import { drawBox, type PdfFlow } from './pdf-text.js';
import { TABLE, TEXT } from './style.js';

type TableBlock = Extract<Block, { type: 'table' }>;

export interface TableStyle {
  borders: boolean;
  headerFill: string | null;
}

export const BORDERED: TableStyle = { borders: true, headerFill: TABLE.headerFill };

/**
 * What each column needs, measured in the table's font (header cells in bold): at least its
 * widest word, at most its longest line. Where holding every word whole makes the table taller
 * (seven columns of long Russian headers leave the indicator column a few letters wide), its
 * words are hyphenated instead, and it needs only its widest piece between two hyphenation
 * points: column by column, a word is kept whole unless that adds lines to the table. A single word wider than
 * `TABLE.maxWordShare` of the table (a long code or address) does not claim that width: it is
 * cut, rather than squeezing every other column to a letter.
 */
export function columnWidths(flow: PdfFlow, table: TableBlock, total: number): number[] {
  const rows = [table.header, ...table.rows];
  const cells = rows.map((row, r) =>
    table.header.map((_, c) => {
      const widths = contentWidths(flow, row[c] ?? [], TABLE.size, r === 0);
      return { hyphenated: widths.min, word: widths.word, max: widths.max };
    }),
  );
  return tableColumnWidths(cells, total, {
    padding: 2 * TABLE.padX + 1,
    minColumn: TABLE.minColumn,
    maxWordShare: TABLE.maxWordShare,
  });
}

interface Row {
  cells: Composed[];
  height: number;
  header: boolean;
  signing: boolean;
}

function composeRow(flow: PdfFlow, row: Run[][], widths: number[], header: boolean): Row {
  const cells = row.map((cell, c) =>
    compose(flow, cell, {
      width: widths[c]! - 2 * TABLE.padX,
      size: TABLE.size,
      lineGap: TABLE.lineGap,
      bold: header,
    }),
  );
  const composed = rowOf(cells, header);
  if (!row.some(isSigningLine)) return composed;
  return { ...composed, height: Math.max(composed.height, TABLE.signingRow), signing: true };
}

/** A row as tall as its tallest cell's text. */
function rowOf(cells: Composed[], header: boolean): Row {
  const text = Math.max(0, ...cells.map(composedHeight));
  return { cells, height: text + 2 * TABLE.padY, header, signing: false };
}

/** The first `lines` lines of every cell, and the rest. */
function splitRow(row: Row, lines: number): [Row, Row] {
  const head = row.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(0, lines) }));
  const rest = row.cells.map((cell) => ({ ...cell, lines: cell.lines.slice(lines) }));
  return [rowOf(head, row.header), rowOf(rest, row.header)];
}

function lineHeightOf(row: Row): number {
  return Math.max(...row.cells.map((cell) => cell.lineHeight));
}

/** Lines of the row's text that fit in `space` points. */
function linesIn(row: Row, space: number): number {
  return Math.floor((space - 2 * TABLE.padY + 0.01) / lineHeightOf(row));
}

function twoLines(row: Row): number {
  return 2 * lineHeightOf(row) + 2 * TABLE.padY;
}

function drawRow(flow: PdfFlow, row: Row, widths: number[], y: number, style: TableStyle): void {
  const { doc } = flow;
  let x = flow.left;
  row.cells.forEach((cell, c) => {
    const width = widths[c]!;
    if (row.header && style.headerFill) doc.rect(x, y, width, row.height).fill(style.headerFill);
    if (style.borders) {
      doc.rect(x, y, width, row.height).lineWidth(TABLE.borderWidth).strokeColor(TABLE.border).stroke();
    }
    // Text sits at the bottom of a tall signing row, on the line where one signs.
    const offset = row.signing ? row.height - composedHeight(cell) - 2 * TABLE.padY : 0;
    drawBox(flow, cell, x + TABLE.padX, y + TABLE.padY + offset, width - 2 * TABLE.padX, 'left', TEXT.color);
    x += width;
  });
}

/** A header row with no text at all (a key–value table) is not drawn. */
function hasHeaderText(table: TableBlock): boolean {
  return table.header.some((cell) => runsText(cell).trim() !== '');
}

/** A table measured and broken into lines, ready to draw. */
export interface TableLayout {
  widths: number[];
  header: Row | undefined;
  rows: Row[];
  /** Height of the whole table. */
  total: number;
  /** Never split across pages. */
  whole: boolean;
}

/** Laid out once per table: the page-break rules measure a table before it is drawn. */
const layouts = new WeakMap<TableBlock, TableLayout>();

export function layoutTable(flow: PdfFlow, table: TableBlock): TableLayout {
  let layout = layouts.get(table);
  if (layout) return layout;
  const widths = columnWidths(flow, table, flow.width);
  const header = hasHeaderText(table) ? composeRow(flow, table.header, widths, true) : undefined;
  const rows = table.rows.map((row) => composeRow(flow, row, widths, false));
  for (const row of [table.header, ...table.rows]) for (const cell of row) forgetWords(cell);
  const total = (header?.height ?? 0) + rows.reduce((sum, row) => sum + row.height, 0);
  const page = flow.bottom - flow.top;
  const whole = total <= page && (isSignatureTable(table) || total < page / 3);
  layout = { widths, header, rows, total, whole };
  layouts.set(table, layout);
  return layout;
}

/**
 * What must fit on a page for the table to start there: all of a table kept whole; else the
 * header row with the whole first row, or two lines of it when that row is taller than a page.
 */
export function tableStartHeight(flow: PdfFlow, table: TableBlock): number {
  const layout = layoutTable(flow, table);
  if (layout.whole) return layout.total;
  const first = layout.rows[0];
  const header = layout.header?.height ?? 0;
  if (!first) return header;
  // A row is never cut unless it is taller than a page: all of it must fit, else two lines.
  return header + (first.height <= flow.bottom - flow.top - header ? first.height : twoLines(first));
}

export function drawTable(flow: PdfFlow, table: TableBlock, style: TableStyle = BORDERED): void {
  const { widths, header, rows } = layoutTable(flow, table);
  const drawHeader = () => {
    if (!header) return;
    drawRow(flow, header, widths, flow.doc.y, style);
    flow.doc.y += header.height;
  };
  const drawAt = (row: Row) => {
    drawRow(flow, row, widths, flow.doc.y, style);
    flow.doc.y += row.height;
  };
  const headerHeight = header?.height ?? 0;
  const pageRoom = flow.bottom - flow.top - headerHeight;
  /** Draws a row where it fits: here, on the next page, or, if taller than a page, over several. */
  const place = (row: Row) => {
    for (;;) {
      if (flow.doc.y + row.height <= flow.bottom) return drawAt(row);
      const fits = linesIn(row, flow.bottom - flow.doc.y);
      if (row.height > pageRoom && fits >= 2) {
        const [head, rest] = splitRow(row, fits);
        drawAt(head);
        row = rest;
      } else if (flow.doc.y <= flow.top + headerHeight + 1) {
        return drawAt(row); // nothing fits even a fresh page (a header nearly a page tall)
      }
      flow.newPage();
      drawHeader();
    }
  };
  flow.ensureSpace(tableStartHeight(flow, table));
  drawHeader();
  for (const row of rows) place(row);
  layouts.delete(table);
  flow.doc.x = flow.left;
  flow.doc.y += TABLE.gapAfter;
}
