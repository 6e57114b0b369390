/**
 * Column widths of a table, shared the way browsers do for `table-layout: auto` (the automatic
 * table layout of CSS 2.1, 17.5.2.2): every column gets at least its minimum content width (its
 * widest unbreakable piece of text), and the room left over is shared in proportion to how much
 * more each column could use, up to its maximum content width (its longest line unwrapped). A
 * column of short words thus stays narrow, and the columns holding the text get the room.
 */

export interface ColumnNeeds {
  /** Narrowest possible width: the widest unbreakable piece of text (plus padding). */
  min: number;
  /** Widest useful width: the longest cell on one line (plus padding). */
  max: number;
}

/** Widths summing to `total`, each within its column's min and max where the total allows. */
export function shareWidths(columns: readonly ColumnNeeds[], total: number): number[] {
  const minSum = columns.reduce((sum, column) => sum + column.min, 0);
  if (minSum >= total) return columns.map((column) => (column.min * total) / minSum);
  const maxes = columns.map((column) => Math.max(column.min, column.max));
  const maxSum = maxes.reduce((sum, max) => sum + max, 0);
  if (maxSum <= total) {
    // Everything fits on one line with room to spare: widen in proportion to the content.
    return maxes.map((max) => (max * total) / maxSum);
  }
  const share = (total - minSum) / (maxSum - minSum);
  return columns.map((column, i) => column.min + (maxes[i]! - column.min) * share);
}

/** What one cell's text needs, measured by an adapter in its own font (without padding). */
export interface CellWidths {
  /** The widest piece of a word between two hyphenation points, with its hyphen. */
  hyphenated: number;
  /** The widest whole word. */
  word: number;
  /** The widest line of the cell unwrapped. */
  max: number;
}

export interface TableWidthOptions {
  /** Added to every column: the cell's padding and borders. */
  padding: number;
  /** No column narrower than this. */
  minColumn: number;
  /** A single word claims at most this share of the table's width (a longer one is cut). */
  maxWordShare: number;
}

/**
 * Column widths of a whole table from its measured cells (`cells[row][column]`), summing to
 * `total`. Every column starts from its widest hyphenated piece; then each claims its widest
 * word whole (the columns with the least to gain first) wherever that does not make the table
 * taller, and the rest is shared by `shareWidths`. Seven columns of long Russian headers thus
 * hyphenate their headers instead of leaving the indicator column a few letters wide, while a
 * table with room keeps every word whole. A word wider than `maxWordShare` of the table (a
 * long code or address) does not claim that width: it is cut instead.
 */
export function tableColumnWidths(
  cells: readonly (readonly CellWidths[])[],
  total: number,
  options: TableWidthOptions,
): number[] {
  const { padding, minColumn, maxWordShare } = options;
  const count = Math.max(0, ...cells.map((row) => row.length));
  const cap = (width: number) => Math.min(Math.max(width, minColumn), total * maxWordShare);
  const columns = Array.from({ length: count }, (_, c) => {
    let hyphenated = 0;
    let word = 0;
    let max = 0;
    for (const row of cells) {
      const cell = row[c] ?? { hyphenated: 0, word: 0, max: 0 };
      hyphenated = Math.max(hyphenated, cell.hyphenated + padding);
      word = Math.max(word, cell.word + padding);
      max = Math.max(max, cell.max + padding);
    }
    return { hyphenated: cap(hyphenated), word: cap(word), max };
  });
  const lines = cells.map((row) => Array.from({ length: count }, (_, c) => row[c]?.max ?? 0));
  const mins = columns.map((column) => column.hyphenated);
  const share = () =>
    shareWidths(
      columns.map((column, c) => ({ min: mins[c]!, max: Math.max(mins[c]!, column.max) })),
      total,
    );
  let widths = share();
  let height = estimatedLines(lines, widths, padding);
  const gain = (c: number) => columns[c]!.word - columns[c]!.hyphenated;
  const order = columns.map((_, c) => c).sort((a, b) => gain(a) - gain(b));
  for (const c of order) {
    if (columns[c]!.word <= mins[c]!) continue;
    const before = mins[c]!;
    mins[c] = columns[c]!.word;
    const tried = share();
    const triedHeight = estimatedLines(lines, tried, padding);
    if (triedHeight <= height && mins.reduce((a, b) => a + b, 0) <= total) {
      widths = tried;
      height = triedHeight;
    } else {
      mins[c] = before;
    }
  }
  return widths;
}

/** Rough height of a table in lines: each row as tall as its cell with the most lines. */
export function estimatedLines(
  lines: readonly (readonly number[])[],
  widths: readonly number[],
  padding: number,
): number {
  return lines.reduce(
    (sum, row) =>
      sum + Math.max(1, ...row.map((width, c) => Math.ceil(width / Math.max(1, widths[c]! - padding)))),
    0,
  );
}
