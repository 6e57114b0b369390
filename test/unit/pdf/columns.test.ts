import { describe, expect, it } from 'vitest';

import { shareWidths, type ColumnNeeds } from '../../../src/core/document/column-widths.js';

const col = (min: number, max: number): ColumnNeeds => ({ min, max });
const round = (widths: number[]) => widths.map((w) => Math.round(w));

describe('shareWidths (as browsers do for table-layout: auto)', () => {
  it.each([
    {
      name: 'the room above the minimums goes in proportion to what each column could still use',
      columns: [col(20, 1020), col(20, 3020)],
      total: 440,
      expected: [120, 320],
    },
    {
      name: 'never narrower than the longest word',
      columns: [col(30, 40), col(80, 2000)],
      total: 400,
      expected: [32, 368],
    },
    {
      name: 'a column of short words stays narrow, the column with the text gets the room',
      columns: [col(20, 30), col(40, 3000), col(50, 120)],
      total: 450,
      expected: [21, 371, 58],
    },
    {
      name: 'all on one line: widened in proportion to fill the page',
      columns: [col(10, 50), col(10, 150)],
      total: 400,
      expected: [100, 300],
    },
    {
      name: 'words longer than the page: the minimums are scaled down',
      columns: [col(300, 300), col(300, 300)],
      total: 400,
      expected: [200, 200],
    },
  ])('$name', ({ columns, total, expected }) => {
    const widths = shareWidths(columns, total);
    expect(round(widths)).toEqual(expected);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 5);
    widths.forEach((width, i) => expect(width).toBeGreaterThanOrEqual(Math.min(columns[i]!.min, width)));
  });
});
