/**
 * Which blocks must share a page with what follows them, decided from the structure of the
 * document alone (never from the wording of one template), so that the PDF and the Word file
 * keep the same things together:
 *
 * - a heading stays with the start of what follows it;
 * - a lead-in paragraph that ends in a colon stays with the list or table it introduces;
 * - a signature table (a table with a line to sign on) is never split, and the heading and
 *   lead-in before it go with it.
 */
import { runsText, type Block, type Run } from './blocks.js';

type TableBlock = Extract<Block, { type: 'table' }>;

/** A cell that is only a line of underscores is a place to sign. */
export function isSigningLine(cell: readonly Run[]): boolean {
  return /^_{5,}$/.test(runsText(cell).trim());
}

/** A table with a row to sign in: the signature block of an agreement. */
export function isSignatureTable(block: Block): block is TableBlock {
  return block.type === 'table' && block.rows.some((row) => row.some(isSigningLine));
}

/** A paragraph that ends in a colon introduces what follows ("Their needs are:"). */
export function isLeadIn(block: Block): boolean {
  return block.type === 'paragraph' && /:\s*$/.test(runsText(block.runs));
}

/** Does `block` have to stay on the page where `next` starts? */
export function keepsWithNext(block: Block, next: Block | undefined): boolean {
  if (!next || next.type === 'page-break') return false;
  if (block.type === 'heading') return true;
  if (isLeadIn(block)) return next.type === 'list' || next.type === 'table' || isSignatureTable(next);
  return false;
}
