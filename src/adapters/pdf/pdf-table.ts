/**
 * Tables laid out by hand (pdfkit's `doc.table()` does not repeat header rows): column widths
 * from the content, a shaded header row that is repeated on every page the table continues on,
 * and rows kept whole on one page unless a row is taller than a page: that one is cut between
 * lines and continues on the next.
 */
import type { Block, Run } from '../../core/document/blocks.js';
import { runsText } from '../../core/document/blocks.js';
import { textWidth } from './fonts.js';
import { shareWidths, type ColumnNeeds } from '../../core/document/column-widths.js';
import { compose, composedHeight, type Composed } from './pdf-compose.js';
import { drawBox, type PdfFlow } from './pdf-text.js';
import { TABLE, TEXT } from './style.js';

type TableBlock = Extract<Block, { type: 'table' }>;

function widthOf(flow: PdfFlow, text: string, bold: boolean): number {
  return textWidth(flow.fonts[bold ? 'bold' : 'regular'], text, TABLE.size);
}

/** What each column needs, measured in the table's font (header cells in bold). */
export function columnWidths(flow: PdfFlow, table: TableBlock, total: number): number[] {
  const rows = [table.header, ...table.rows];
  const pad = 2 * TABLE.padX + 1;
  const needs: ColumnNeeds[] = table.header.map((_, c) => {
    let min = TABLE.minColumn;
    let max = 0;
    let weight = 0;
    rows.forEach((row, r) => {
      const cell = row[c] ?? [];
      const bold = r === 0 || cell.some((run) => run.bold);
      const text = runsText(cell);
      const width = widthOf(flow, text, bold) + pad;
      max = Math.max(max, width);
      weight += width;
      for (const word of text.split(/\s+/)) min = Math.max(min, widthOf(flow, word, bold) + pad);
    });
    return { min, max: Math.max(min, max), weight };
  });
  return shareWidths(needs, total);
}

interface Row {
  cells: Composed[];
  height: number;
  header: boolean;
  signing: boolean;
}

/** A cell that is only a line of underscores is a place to sign: give it room for a signature. */
function isSigningLine(cell: Run[]): boolean {
  return /^_{5,}$/.test(runsText(cell).trim());
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

function drawRow(flow: PdfFlow, row: Row, widths: number[], y: number): void {
  const { doc } = flow;
  let x = flow.left;
  row.cells.forEach((cell, c) => {
    const width = widths[c]!;
    if (row.header) doc.rect(x, y, width, row.height).fill(TABLE.headerFill);
    doc.rect(x, y, width, row.height).lineWidth(TABLE.borderWidth).strokeColor(TABLE.border).stroke();
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

export function drawTable(flow: PdfFlow, table: TableBlock): void {
  const widths = columnWidths(flow, table, flow.width);
  const header = hasHeaderText(table) ? composeRow(flow, table.header, widths, true) : undefined;
  const rows = table.rows.map((row) => composeRow(flow, row, widths, false));
  const drawHeader = () => {
    if (!header) return;
    drawRow(flow, header, widths, flow.doc.y);
    flow.doc.y += header.height;
  };
  const drawAt = (row: Row) => {
    drawRow(flow, row, widths, flow.doc.y);
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
  // A small table (signatures, a short list) is kept whole; a long one starts with at least a
  // row, or two lines of a row taller than a page.
  const total = headerHeight + rows.reduce((sum, row) => sum + row.height, 0);
  const small = total < (flow.bottom - flow.top) / 3;
  const first = rows[0] ? Math.min(rows[0].height, twoLines(rows[0])) : 0;
  flow.ensureSpace(small ? total : headerHeight + first);
  drawHeader();
  for (const row of rows) place(row);
  flow.doc.x = flow.left;
  flow.doc.y += TABLE.gapAfter;
}
