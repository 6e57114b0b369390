import { describe, expect, it } from 'vitest';

import { shareWidths, type ColumnNeeds } from '../../../src/core/document/column-widths.js';

const col = (min: number, max: number, weight: number): ColumnNeeds => ({ min, max, weight });
const round = (widths: number[]) => widths.map((w) => Math.round(w));

describe('shareWidths', () => {
  it.each([
    {
      name: 'shares by amount of text when everything needs wrapping',
      columns: [col(20, 2000, 1000), col(20, 2000, 3000)],
      total: 400,
      expected: [100, 300],
    },
    {
      name: 'never narrower than the longest word',
      columns: [col(30, 40, 40), col(80, 2000, 100000)],
      total: 400,
      expected: [30, 370],
    },
    {
      name: 'the column with most of the text gets all the room the others can spare',
      columns: [col(20, 30, 90), col(40, 3000, 5000), col(50, 120, 600)],
      total: 450,
      expected: [20, 380, 50],
    },
    {
      name: 'a column is never wider than its longest line',
      columns: [col(20, 60, 300), col(40, 3000, 1000)],
      total: 450,
      expected: [60, 390],
    },
    {
      name: 'all on one line: widened in proportion to fill the page',
      columns: [col(10, 50, 50), col(10, 150, 150)],
      total: 400,
      expected: [100, 300],
    },
    {
      name: 'words longer than the page: the minimums are scaled down',
      columns: [col(300, 300, 300), col(300, 300, 300)],
      total: 400,
      expected: [200, 200],
    },
  ])('$name', ({ columns, total, expected }) => {
    const widths = shareWidths(columns, total);
    expect(round(widths)).toEqual(expected);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 5);
  });
});
