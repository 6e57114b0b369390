/**
 * Column widths of the Word file's tables from the text, measured in the Noto Sans faces the
 * file embeds (their advance widths, read with fontkit through the PDF's font loader), and
 * shared by the same algorithm as the PDF (`tableColumnWidths`, core/document/column-widths).
 * The widths are written as a fixed layout: Word and LibreOffice would otherwise share the
 * width again by their own rules (LibreOffice squeezed a column to a few letters and broke
 * "Исходн|ое|значен|ие" without hyphens).
 *
 * A word breaks in Word and LibreOffice where the file lets it: at its soft hyphens (the
 * document language's hyphenation points, `softHyphenPoints`) and after a hyphen it already
 * has. So the narrowest a column may be is its widest piece between two such points.
 */
import type { Run } from '../../core/document/blocks.js';
import { tableColumnWidths, type CellWidths } from '../../core/document/column-widths.js';
import type { Hyphenator } from '../../core/typography/hyphenation.js';
import { faceOf, textWidth, type FontSet } from '../pdf/fonts.js';
import { TABLE } from '../pdf/style.js';

/** Words shorter than this are not worth a soft hyphen. */
const HYPHENATED_LENGTH = 7;
/**
 * A piece of a word longer than this between two places it may break (a 500-letter code, a
 * long address) is too long for any table column; it gets a soft hyphen every `CUT_EVERY`
 * characters, the last resort, so that Word and LibreOffice break it with a hyphen instead of
 * cutting it bare. As the PDF does, and only there: an ordinary word widens its column.
 */
const LONGEST_PIECE = 40;
const CUT_EVERY = 20;

/**
 * Offsets of a word's soft hyphens: the hyphenation points that draw a hyphen, and cuts in a
 * piece too long for any column.
 */
export function softHyphenPoints(word: string, hyphenate: Hyphenator | undefined): number[] {
  const points =
    hyphenate && word.length >= HYPHENATED_LENGTH
      ? hyphenate(word)
          .filter((point) => point.hyphen)
          .map((point) => point.at)
      : [];
  if (word.length <= LONGEST_PIECE) return points;
  const bounds = [0, ...points, ...[...word.matchAll(/-/g)].map((m) => m.index + 1), word.length].sort(
    (a, b) => a - b,
  );
  const cuts: number[] = [];
  for (let i = 1; i < bounds.length; i++) {
    for (
      let at = bounds[i - 1]! + CUT_EVERY;
      at < bounds[i]! - 2 && bounds[i]! - bounds[i - 1]! > LONGEST_PIECE;
      at += CUT_EVERY
    ) {
      // Never between the two halves of a surrogate pair.
      cuts.push(/[\uDC00-\uDFFF]/.test(word[at]!) ? at + 1 : at);
    }
  }
  return [...points, ...cuts].sort((a, b) => a - b);
}

/** Cell text size, in points (the runs are written at 18 half-points). */
export const CELL_SIZE = 9;
/** Cell margins left and right, in twentieths of a point. */
export const CELL_MARGIN = 90;
/** Margins, borders and a point to spare for a word processor measuring a hair wider (points). */
const PADDING = (2 * CELL_MARGIN) / 20 + 2;
/** The PDF's bounds (style.ts `TABLE`): the narrowest column, the widest share of one word. */
const OPTIONS = { padding: PADDING, minColumn: TABLE.minColumn, maxWordShare: TABLE.maxWordShare };

/** What a cell needs, and the unwrapped width of each of its lines (hard breaks apart). */
export interface MeasuredCell extends CellWidths {
  paragraphs: number[];
}

/** Measures runs in the embedded faces: widest hyphenation piece, widest word, widest line. */
export function measureCell(
  fonts: FontSet,
  runs: readonly Run[],
  bold: boolean,
  hyphenate: Hyphenator | undefined,
): MeasuredCell {
  const cell: MeasuredCell = { hyphenated: 0, word: 0, max: 0, paragraphs: [] };
  const space = textWidth(fonts.regular, ' ', CELL_SIZE);
  let line = 0;
  let wordsInLine = 0;
  let word = 0;
  let piece = 0;
  const endWord = () => {
    if (word === 0) return;
    cell.hyphenated = Math.max(cell.hyphenated, piece);
    cell.word = Math.max(cell.word, word);
    line += (wordsInLine > 0 ? space : 0) + word;
    wordsInLine++;
    word = 0;
    piece = 0;
  };
  const endParagraph = () => {
    endWord();
    cell.paragraphs.push(line);
    cell.max = Math.max(cell.max, line);
    line = 0;
    wordsInLine = 0;
  };
  for (const run of runs) {
    const font = fonts[faceOf({ bold: run.bold || bold, italic: run.italic })];
    const hyphen = textWidth(font, '-', CELL_SIZE);
    for (const part of run.text.normalize('NFC').split(/(\n|[^\S\n]+)/)) {
      if (part === '') continue;
      if (part === '\n') endParagraph();
      else if (/^\s+$/.test(part)) endWord();
      else {
        const soft = new Set(softHyphenPoints(part, hyphenate));
        let at = 0;
        for (const char of part) {
          const width = textWidth(font, char, CELL_SIZE);
          word += width;
          piece += width;
          at += char.length;
          if (at === part.length) break;
          if (soft.has(at)) {
            cell.hyphenated = Math.max(cell.hyphenated, piece + hyphen);
            piece = 0;
          } else if (char === '-') {
            cell.hyphenated = Math.max(cell.hyphenated, piece);
            piece = 0;
          }
        }
      }
    }
  }
  endParagraph();
  return cell;
}

/**
 * Widths of a table's columns in twentieths of a point, summing to `total` (also in twentieths),
 * from its measured cells (`cells[row][column]`, in points).
 */
export function columnWidths(cells: readonly (readonly MeasuredCell[])[], total: number): number[] {
  const widths = tableColumnWidths(cells, total / 20, OPTIONS).map((width) => Math.floor(width * 20));
  // Whole twentieths that still add up to the total: the rounding goes to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  if (widest >= 0) widths[widest]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Lines of a row once its columns have their widths: the cell with the most lines. */
export function rowLines(row: readonly MeasuredCell[], widths: readonly number[]): number {
  return Math.max(
    1,
    ...row.map((cell, c) => {
      const room = Math.max(1, widths[c]! / 20 - PADDING);
      return cell.paragraphs.reduce((sum, width) => sum + Math.max(1, Math.ceil(width / room)), 0);
    }),
  );
}
