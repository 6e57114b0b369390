/**
 * Before a PDF is written, every character of its text is checked against the face it will be
 * drawn in. A character the font cannot draw would come out as an empty box, so instead the
 * render fails with the characters and where they occur.
 */
import type { Block, Run } from '../../core/document/blocks.js';
import { faceOf, type Face, type FontSet } from './fonts.js';

export interface MissingGlyph {
  char: string;
  /** Short snippets of text around the first occurrences. */
  places: string[];
}

const MAX_PLACES = 3;

function snippet(text: string, index: number): string {
  const start = Math.max(0, index - 25);
  const end = Math.min(text.length, index + 25);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

class GlyphChecker {
  readonly missing = new Map<string, MissingGlyph>();
  constructor(private readonly fonts: FontSet) {}

  check(text: string, face: Face): void {
    const font = this.fonts[face];
    // By character code, without a string per character: this runs over every character of
    // every document. Surrogate pairs are read as one code point, as `for…of` would.
    for (let index = 0; index < text.length; index++) {
      let codePoint = text.charCodeAt(index);
      if (codePoint <= 0x20 || codePoint === 0xa0) continue;
      if (codePoint >= 0xd800 && codePoint <= 0xdbff) codePoint = text.codePointAt(index)!;
      if (!font.hasGlyphForCodePoint(codePoint)) {
        const char = String.fromCodePoint(codePoint);
        const entry = this.missing.get(char) ?? { char, places: [] };
        const place = snippet(text, index);
        if (entry.places.length < MAX_PLACES && !entry.places.includes(place)) entry.places.push(place);
        this.missing.set(char, entry);
      }
      if (codePoint > 0xffff) index++;
    }
  }

  runs(runs: readonly Run[], forceBold = false): void {
    for (const run of runs) this.check(run.text, faceOf({ bold: run.bold || forceBold, italic: run.italic }));
  }

  blocks(blocks: readonly Block[]): void {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
          this.runs(block.runs, true);
          break;
        case 'paragraph':
          this.runs(block.runs);
          break;
        case 'list':
          for (const item of block.items) {
            this.runs(item.runs);
            this.blocks(item.children);
          }
          break;
        case 'table':
          for (const cell of block.header) this.runs(cell, true);
          for (const row of block.rows) for (const cell of row) this.runs(cell);
          break;
        case 'quote':
          this.blocks(block.blocks);
          break;
        case 'parallel':
          this.blocks(block.left);
          this.blocks(block.right);
          break;
        default:
          break;
      }
    }
  }
}

/** Characters of `blocks` (and of the page furniture `extra`) that the fonts cannot draw. */
export function findMissingGlyphs(
  blocks: readonly Block[],
  fonts: FontSet,
  extra: readonly string[] = [],
): MissingGlyph[] {
  const checker = new GlyphChecker(fonts);
  checker.blocks(blocks);
  for (const text of extra) checker.check(text, 'regular');
  return [...checker.missing.values()];
}

/** "✓ (U+2713)" */
export function describeChar(char: string): string {
  const hex = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `${char} (U+${hex})`;
}
