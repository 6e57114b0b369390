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
