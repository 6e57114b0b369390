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

/**
 * Texts every character of which a face has, per font set: a batch checks the same standard
 * wording in every document, and one lookup of the text replaces one per character. Bounded.
 */
const coveredTexts = new WeakMap<FontSet, Record<Face, Set<string>>>();
const COVERED_LIMIT = 20_000;

function coveredIn(fonts: FontSet, face: Face): Set<string> {
  let byFace = coveredTexts.get(fonts);
  if (!byFace) {
    byFace = { regular: new Set(), bold: new Set(), italic: new Set(), boldItalic: new Set() };
    coveredTexts.set(fonts, byFace);
  }
  return byFace[face];
}

class GlyphChecker {
  readonly missing = new Map<string, MissingGlyph>();
  constructor(private readonly fonts: FontSet) {}

  check(text: string, face: Face): void {
    const covered = coveredIn(this.fonts, face);
    if (covered.has(text)) return;
    let complete = true;
    this.scan(text, face, () => (complete = false));
    if (complete) {
      if (covered.size >= COVERED_LIMIT) covered.clear();
      covered.add(text);
    }
  }

  private scan(text: string, face: Face, onMissing: () => void): void {
    let index = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (codePoint > 0x20 && codePoint !== 0xa0 && !this.fonts[face].hasGlyphForCodePoint(codePoint)) {
        const entry = this.missing.get(char) ?? { char, places: [] };
        const place = snippet(text, index);
        if (entry.places.length < MAX_PLACES && !entry.places.includes(place)) entry.places.push(place);
        this.missing.set(char, entry);
        onMissing();
      }
      index += char.length;
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
