/**
 * Column widths of a table, the way a careful typesetter shares the page: every column at least
 * as wide as its longest word, none wider than its longest line, and the room in between given
 * in proportion to how much text each column holds, so the table comes out as short as it can.
 */

export interface ColumnNeeds {
  /** Narrowest possible width: the longest word (plus padding). */
  min: number;
  /** Widest useful width: the longest cell on one line (plus padding). */
  max: number;
  /** How much text the column holds: the sum of its cells' one-line widths. */
  weight: number;
}

/** Widths summing to `total`, each within its column's min and max where the total allows. */
export function shareWidths(columns: readonly ColumnNeeds[], total: number): number[] {
  const minSum = columns.reduce((sum, column) => sum + column.min, 0);
  if (minSum >= total) return columns.map((column) => (column.min * total) / minSum);
  const widths: (number | undefined)[] = columns.map(() => undefined);
  let remaining = total;
  // Water-filling: share by weight; a column that would fall below its minimum or rise above its
  // maximum is fixed there, and the rest is shared again among the others.
  for (;;) {
    const free = columns.map((_, i) => i).filter((i) => widths[i] === undefined);
    if (free.length === 0) break;
    const weight = free.reduce((sum, i) => sum + Math.max(columns[i]!.weight, 1), 0);
    const share = (i: number) => (remaining * Math.max(columns[i]!.weight, 1)) / weight;
    const below = free.filter((i) => share(i) < columns[i]!.min);
    const fixed = below.length > 0 ? below : free.filter((i) => share(i) > columns[i]!.max);
    if (fixed.length === 0) {
      for (const i of free) widths[i] = share(i);
      remaining = 0;
      break;
    }
    for (const i of fixed) {
      widths[i] = below.length > 0 ? columns[i]!.min : columns[i]!.max;
      remaining -= widths[i]!;
    }
  }
  if (remaining > 0.01) {
    // Every column fits on one line with room to spare: widen them in proportion to their text.
    const sum = widths.reduce<number>((a, b) => a + (b ?? 0), 0);
    return widths.map((w) => (w ?? 0) * (total / sum));
  }
  return widths.map((w) => w ?? 0);
}
