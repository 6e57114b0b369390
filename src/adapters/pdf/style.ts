/** The PDF's typography in one place: A4, 10 pt Noto Sans, sober colours. */
export const PAGE = {
  size: 'A4' as const,
  margins: { top: 72, bottom: 70, left: 70, right: 70 },
  /** Baselines of the running header and the page-number footer, from the page edges. */
  headerY: 36,
  footerFromBottom: 44,
};

export const TEXT = {
  size: 10,
  lineGap: 2.2,
  paragraphGap: 6.5,
  color: '#1b1b1b',
  muted: '#6b6b6b',
  heading: '#14324f',
  rule: '#9c9c9c',
};

export const HEADING = {
  /** Font size, space above and below by depth (1 = document title). */
  1: { size: 17, above: 0, below: 12 },
  2: { size: 12.5, above: 14, below: 6 },
  3: { size: 11, above: 10, below: 4 },
  /** Keep a heading with at least this much of what follows. */
  keepWithNext: 52,
} as const;

export const LIST = {
  indent: 16,
  itemGap: 2.5,
};

export const TABLE = {
  size: 8.8,
  lineGap: 1.2,
  padX: 5,
  padY: 3.6,
  border: '#8f8f8f',
  borderWidth: 0.5,
  headerFill: '#e9edf2',
  gapAfter: 9,
  /** Height of a row with a signing line. */
  signingRow: 34,
  /** No column narrower than this (points). */
  minColumn: 26,
  /** A single word claims at most this share of the table's width; a longer one is cut. */
  maxWordShare: 0.5,
};

export const WATERMARK = {
  size: 120,
  angle: -52,
  color: '#7a7a7a',
  opacity: 0.13,
};
