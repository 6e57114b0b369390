/**
 * Side-by-side blocks (`--lang ky+ru`): an article in two languages in two columns that start
 * on the same line. An article that fits on a page but not in what is left of this one starts
 * on the next page, so pages break both columns at an article boundary; a longer one starts
 * here and both columns run on over the same pages. The next article starts below the longer
 * column. Heights are measured by rehearsing the article on a scratch document with the same
 * fonts, so the measure is the layout itself, never an estimate.
 */
import type { Block } from '../../core/document/blocks.js';
import type { PdfFlow } from './pdf-text.js';
import { HEADING } from './style.js';

/** Space between the two columns (points). */
const GUTTER = 18;

type Parallel = Extract<Block, { type: 'parallel' }>;
type Render = (flow: PdfFlow, blocks: readonly Block[]) => void;

function lastPage(flow: PdfFlow): number {
  const range = flow.doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** Draws `blocks` into one column from (`page`, `y`); returns where the column ends. */
function drawColumn(
  flow: PdfFlow,
  blocks: readonly Block[],
  at: { left: number; width: number; page: number; y: number },
  render: Render,
): { page: number; y: number } {
  flow.doc.switchToPage(at.page);
  flow.doc.y = at.y;
  flow.column = { left: at.left, width: at.width, page: at.page, opening: true };
  try {
    render(flow, blocks);
    return { page: flow.column.page, y: flow.doc.y };
  } finally {
    flow.column = undefined;
  }
}

/** How tall `blocks` are in a column of `width`, laid out on a fresh page of the rehearsal. */
export function rehearsedHeight(
  rehearsal: PdfFlow,
  blocks: readonly Block[],
  width: number,
  render: Render,
): number {
  rehearsal.newPage();
  const page = lastPage(rehearsal);
  const end = drawColumn(rehearsal, blocks, { left: rehearsal.left, width, page, y: rehearsal.top }, render);
  return (end.page - page) * (rehearsal.bottom - rehearsal.top) + (end.y - rehearsal.top);
}

export function drawParallel(flow: PdfFlow, block: Parallel, render: Render, rehearsal: PdfFlow): void {
  const width = (flow.width - GUTTER) / 2;
  const height = Math.max(
    rehearsedHeight(rehearsal, block.left, width, render),
    rehearsedHeight(rehearsal, block.right, width, render),
  );
  const room = flow.bottom - flow.top;
  const atTop = flow.doc.y <= flow.top + 1;
  // The heading's space above is not drawn at the top of a page, so it is added when not there.
  if (!atTop && height + HEADING[2].above <= room) flow.ensureSpace(height + HEADING[2].above);
  else {
    // A longer article starts here, but only where each column's heading has the block after it
    // too: the keep rules inside a column would otherwise move one heading to the next page
    // and the other not, and the two texts would no longer start on the same line.
    const opening = Math.max(
      ...[block.left, block.right].map((blocks) =>
        rehearsedHeight(rehearsal, blocks.slice(0, 2), width, render),
      ),
    );
    flow.ensureSpace(Math.min(room, Math.max(opening, HEADING.keepWithNext)) + HEADING[2].above);
  }
  const start = { page: lastPage(flow), y: flow.doc.y };
  const ends = [block.left, block.right].map((blocks, i) =>
    drawColumn(flow, blocks, { left: flow.left + i * (width + GUTTER), width, ...start }, render),
  );
  const end = ends.reduce((a, b) => (b.page > a.page || (b.page === a.page && b.y > a.y) ? b : a));
  flow.doc.switchToPage(end.page);
  flow.doc.x = flow.left;
  flow.doc.y = end.y;
}
