/**
 * Line composition for rich text. pdfkit's own wrapper drops the spaces at the joins of bold and
 * plain runs in justified lines, and measuring a paragraph with it means laying it out twice; so
 * runs are broken into lines here (greedy, word by word, each word measured in its own face) and
 * each line is drawn at explicit positions, justified by spreading the spaces.
 */
import type { Run } from '../../core/document/blocks.js';
import { faceOf, textWidth, type Face, type FontSet } from './fonts.js';
import type { PlacedText, TextWriter } from './text-writer.js';

type Doc = PDFKit.PDFDocument;
export type Align = 'left' | 'center' | 'right' | 'justify';

/** Text of one face inside a word ("**bold**," is two pieces of one word). */
interface Piece {
  text: string;
  face: Face;
  width: number;
}

/** What stands between spaces: one or more pieces that never break apart. */
interface Word {
  pieces: Piece[];
  width: number;
}

export interface Line {
  words: Word[];
  /** Width of the words and one space between each. */
  natural: number;
  /** Last line of a paragraph or before a hard break: not justified. */
  last: boolean;
}

export interface Composed {
  lines: Line[];
  size: number;
  space: number;
  lineHeight: number;
}

/** The document, its parsed fonts and its text writer: layout measures with the fonts, draws with the writer. */
export interface Canvas {
  doc: Doc;
  fonts: FontSet;
  text: TextWriter;
}

function measure(canvas: Canvas, text: string, face: Face, size: number): number {
  return textWidth(canvas.fonts[face], text, size);
}

/** Splits a word wider than the line into pieces that fit (long URLs, narrow table columns). */
function splitWide(canvas: Canvas, word: Word, width: number, size: number): Word[] {
  const parts: Word[] = [];
  let current: Word = { pieces: [], width: 0 };
  for (const piece of word.pieces) {
    for (const char of piece.text) {
      const w = measure(canvas, char, piece.face, size);
      if (current.width + w > width && current.width > 0) {
        parts.push(current);
        current = { pieces: [], width: 0 };
      }
      const last = current.pieces[current.pieces.length - 1];
      if (last && last.face === piece.face) last.text += char;
      else current.pieces.push({ text: char, face: piece.face, width: 0 });
      current.pieces[current.pieces.length - 1]!.width += w;
      current.width += w;
    }
  }
  if (current.pieces.length > 0) parts.push(current);
  return parts;
}

/** Runs → paragraphs of words; a hard break ("\n") starts a new paragraph. */
function toWords(canvas: Canvas, runs: readonly Run[], size: number, bold: boolean): Word[][] {
  const paragraphs: Word[][] = [[]];
  let word: Word | undefined;
  const endWord = () => {
    if (word && word.pieces.length > 0) paragraphs[paragraphs.length - 1]!.push(word);
    word = undefined;
  };
  for (const run of runs) {
    const face = faceOf({ bold: run.bold || bold, italic: run.italic });
    for (const part of run.text.split(/(\n|[^\S\n]+)/)) {
      if (part === '') continue;
      if (part === '\n') {
        endWord();
        paragraphs.push([]);
      } else if (/^\s+$/.test(part)) {
        endWord();
      } else {
        word ??= { pieces: [], width: 0 };
        const width = measure(canvas, part, face, size);
        word.pieces.push({ text: part, face, width });
        word.width += width;
      }
    }
  }
  endWord();
  return paragraphs;
}

export function compose(
  canvas: Canvas,
  runs: readonly Run[],
  options: { width: number; size: number; lineGap: number; bold?: boolean },
): Composed {
  const { width, size } = options;
  const space = measure(canvas, ' ', 'regular', size);
  const lineHeight = lineHeightOf(canvas, size) + options.lineGap;
  const lines: Line[] = [];
  for (const paragraph of toWords(canvas, runs, size, Boolean(options.bold))) {
    let line: Line = { words: [], natural: 0, last: false };
    for (const whole of paragraph) {
      for (const word of whole.width > width ? splitWide(canvas, whole, width, size) : [whole]) {
        const added = line.words.length === 0 ? word.width : line.natural + space + word.width;
        if (added > width && line.words.length > 0) {
          lines.push(line);
          line = { words: [word], natural: word.width, last: false };
        } else {
          line.words.push(word);
          line.natural = added;
        }
      }
    }
    line.last = true;
    if (line.words.length > 0 || paragraph.length === 0) lines.push(line);
  }
  return { lines, size, space, lineHeight };
}

/** pdfkit's line height of the regular face (ascender − descender + line gap of the font). */
function lineHeightOf(canvas: Canvas, size: number): number {
  const font = canvas.fonts.regular;
  return ((font.ascent - font.descent + font.lineGap) * size) / font.unitsPerEm;
}

export function composedHeight(composed: Composed): number {
  return composed.lines.length * composed.lineHeight;
}

/** Draws one line: same-face pieces are grouped into one text operation each. */
export function drawLine(
  writer: TextWriter,
  composed: Composed,
  line: Line,
  x: number,
  y: number,
  width: number,
  align: Align,
): void {
  const gaps = line.words.length - 1;
  const extra = align === 'justify' && !line.last && gaps > 0 ? (width - line.natural) / gaps : 0;
  let cursor = x;
  if (align === 'center') cursor += (width - line.natural) / 2;
  else if (align === 'right') cursor += width - line.natural;
  const step = composed.space + extra;
  const placed: PlacedText[] = [];
  line.words.forEach((word, index) => {
    word.pieces.forEach((piece, pieceIndex) => {
      const joinsBySpace = pieceIndex === 0 && index > 0;
      const pending = placed[placed.length - 1];
      if (pending && pending.face === piece.face) {
        pending.text += (joinsBySpace ? ' ' : '') + piece.text;
      } else {
        placed.push({ text: piece.text, face: piece.face, x: cursor + (joinsBySpace ? step : 0) });
      }
      cursor += (joinsBySpace ? step : 0) + piece.width;
    });
  });
  writer.line(placed, y, composed.size, extra);
}
