/**
 * Line composition for rich text. pdfkit's own wrapper drops the spaces at the joins of bold and
 * plain runs in justified lines, and measuring a paragraph with it means laying it out twice; so
 * runs are broken into lines here and each line is drawn at explicit positions.
 *
 * Lines are filled word by word. A word that does not fit is hyphenated at one of its
 * hyphenation points (the document language's patterns, with a visible hyphen) when leaving it
 * whole would make the line loose; a word wider than the whole line is broken at its last
 * hyphenation point that fits, and only a word without any (a 500-letter code, a URL) is cut
 * between letters, still with a hyphen. Each word is measured with the font's kerning.
 * Justified lines spread their spaces up to a limit; a line that would stretch further is set
 * ragged-right instead of opening gaps across the page.
 */
import type { Run } from '../../core/document/blocks.js';
import type { Hyphenator } from '../../core/typography/hyphenation.js';
import { advancesOf, faceOf, glyphFor, textWidth, type Face, type FontSet } from './fonts.js';
import type { PlacedText, TextWriter } from './text-writer.js';

type Doc = PDFKit.PDFDocument;
export type Align = 'left' | 'center' | 'right' | 'justify';

/** Text of one face inside a word ("**bold**," is two pieces of one word). */
interface Piece {
  text: string;
  face: Face;
  /** Advance of each character (code point) in font units, kerning included. */
  advances: readonly number[];
  width: number;
}

/** What stands between spaces: one or more pieces that never break apart, except at `breaks`. */
interface Word {
  pieces: Piece[];
  width: number;
  /** Where the word may be broken (offsets in the joined text of its pieces). */
  breaks: readonly { at: number; hyphen: boolean }[];
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

/** The document, its parsed fonts, its text writer and the hyphenation of its language. */
export interface Canvas {
  doc: Doc;
  fonts: FontSet;
  text: TextWriter;
  hyphenate: Hyphenator;
}

/** A word space may grow by at most this share of itself in a justified line. */
export const MAX_STRETCH = 0.8;
/** A justified line whose spaces would grow by less than this share needs no hyphenation. */
const TIGHT_ENOUGH = 0.5;
/** No more than this many hyphenated lines in a row (a ladder of hyphens is hard to read). */
const MAX_HYPHENS_IN_A_ROW = 2;
/** A left-aligned line (table cells) is hyphenated when more than this share of it would stay empty. */
const RAGGED_SLACK = 0.12;
const HYPHEN = '-';

function measure(canvas: Canvas, text: string, face: Face, size: number): number {
  return textWidth(canvas.fonts[face], text, size);
}

function piece(canvas: Canvas, text: string, face: Face, size: number, advances?: readonly number[]): Piece {
  const font = canvas.fonts[face];
  const own = advances ?? advancesOf(font, text);
  let units = 0;
  for (const advance of own) units += advance;
  return { text, face, advances: own, width: (units * size) / font.unitsPerEm };
}

function wordOf(canvas: Canvas, pieces: Piece[]): Word {
  const text = pieces.map((p) => p.text).join('');
  return { pieces, width: sum(pieces), breaks: canvas.hyphenate(text) };
}

function sum(pieces: readonly Piece[]): number {
  return pieces.reduce((total, p) => total + p.width, 0);
}

/**
 * The word cut at offset `at`: the head (with a hyphen when `hyphen`) and the tail. The last
 * character of the head loses its kerning with the first of the tail.
 */
function cutWord(canvas: Canvas, word: Word, at: number, hyphen: boolean, size: number): [Word, Word] {
  const head: Piece[] = [];
  const tail: Piece[] = [];
  let offset = 0;
  for (const p of word.pieces) {
    const end = offset + p.text.length;
    if (end <= at) head.push(p);
    else if (offset >= at) tail.push(p);
    else {
      const left = p.text.slice(0, at - offset);
      const count = Array.from(left).length;
      head.push(piece(canvas, left, p.face, size, p.advances.slice(0, count)));
      tail.push(piece(canvas, p.text.slice(at - offset), p.face, size, p.advances.slice(count)));
    }
    offset = end;
  }
  const last = head[head.length - 1]!;
  const font = canvas.fonts[last.face];
  const chars = Array.from(last.text);
  const advances = [...last.advances];
  advances[advances.length - 1] = glyphFor(font, chars[chars.length - 1]!.codePointAt(0)!).advanceWidth;
  if (hyphen) advances.push(glyphFor(font, HYPHEN.codePointAt(0)!).advanceWidth);
  head[head.length - 1] = piece(canvas, last.text + (hyphen ? HYPHEN : ''), last.face, size, advances);
  const rest = word.breaks.filter((b) => b.at > at).map((b) => ({ at: b.at - at, hyphen: b.hyphen }));
  return [
    { pieces: head, width: sum(head), breaks: [] },
    { pieces: tail, width: sum(tail), breaks: rest },
  ];
}

/**
 * Width of the word's head up to offset `at`, with a hyphen when `hyphen`, without building
 * it: the last character of the head drawn unkerned, as `cutWord` will draw it.
 */
function headWidth(canvas: Canvas, word: Word, at: number, hyphen: boolean, size: number): number {
  let width = 0;
  let offset = 0;
  for (const p of word.pieces) {
    const end = offset + p.text.length;
    if (end < at) {
      width += p.width;
      offset = end;
      continue;
    }
    const font = canvas.fonts[p.face];
    let units = 0;
    let index = 0;
    let last = 0;
    for (const char of p.text) {
      if (offset >= at) break;
      last = glyphFor(font, char.codePointAt(0)!).advanceWidth;
      units += p.advances[index++]!;
      offset += char.length;
    }
    units += last - (p.advances[index - 1] ?? last);
    if (hyphen) units += glyphFor(font, HYPHEN.codePointAt(0)!).advanceWidth;
    return width + (units * size) / font.unitsPerEm;
  }
  return width;
}

/** The word broken at its last hyphenation point whose head fits in `room`. */
function hyphenateTo(canvas: Canvas, word: Word, room: number, size: number): [Word, Word] | undefined {
  for (let i = word.breaks.length - 1; i >= 0; i--) {
    const { at, hyphen } = word.breaks[i]!;
    if (headWidth(canvas, word, at, hyphen, size) <= room) return cutWord(canvas, word, at, hyphen, size);
  }
  return undefined;
}

/** Last resort for a word with no hyphenation point that fits: cut between letters, with a hyphen. */
function cutToFit(canvas: Canvas, word: Word, room: number, size: number): [Word, Word] {
  const text = word.pieces.map((p) => p.text).join('');
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) offsets.push((offset += char.length));
  let best = offsets[0]!;
  for (const at of offsets.slice(0, -1)) {
    if (cutWord(canvas, word, at, true, size)[0].width > room) break;
    best = at;
  }
  return cutWord(canvas, word, best, true, size);
}

/**
 * Layout shared by the documents of a process. A batch sets the same standard wording, the
 * same labels and table headers, document after document: splitting runs into measured,
 * hyphenated words and composing them into lines gives the same result for the same text,
 * fonts, language and options, so it is done once per process. Words, lines and composed
 * paragraphs are never changed once made (cutting a word makes new ones), which is what lets
 * documents share them.
 *
 * Only texts met in a second document are shared: a text of one document only (its title, a
 * party's name, however often it recurs there) keeps its layout with the document's own runs
 * and goes with them, so a long
 * batch does not hold a layout, nor the text it came from, for every file. Both the texts met
 * and the layouts shared are bounded, the least recently used going first.
 */
class SharedLayout {
  /** By the runs' key (`runsKey`): a string hashed once per document, not once per lookup. */
  private readonly shared = new Map<string, RunsLayout>();
  /** Texts met so far (their keys) and the document each was first met in. */
  private readonly seen = new Map<string, number>();
  /** The layouts of runs not (yet) shared, for as long as their document holds the runs. */
  private readonly own = new WeakMap<readonly Run[], RunsLayout>();

  of(runs: readonly Run[], document: number): RunsLayout {
    const mine = this.own.get(runs);
    if (mine) return mine;
    const key = runsKey(runs);
    let layout = this.shared.get(key);
    if (layout) {
      // Most recently used last: the first entry is the one to let go.
      this.shared.delete(key);
      this.shared.set(key, layout);
      return layout;
    }
    layout = { words: new Map(), widths: new Map(), composed: new Map() };
    const first = this.seen.get(key);
    if (first !== undefined && first !== document) {
      if (this.shared.size >= SHARED_LIMIT) this.shared.delete(this.shared.keys().next().value!);
      this.shared.set(key, layout);
    } else {
      if (first === undefined) {
        if (this.seen.size >= SEEN_LIMIT) this.seen.delete(this.seen.keys().next().value!);
        this.seen.set(key, document);
      }
      this.own.set(runs, layout);
    }
    return layout;
  }
}

/** The layouts of one text: words and widths by size and weight, composed lines by options. */
interface RunsLayout {
  words: Map<string, Word[][]>;
  widths: Map<string, Widths>;
  composed: Map<string, Composed>;
}

/** Texts with a shared layout: the standard wording of a few languages' documents fits. */
const SHARED_LIMIT = 5_000;
const SEEN_LIMIT = 20_000;
const sharedLayouts = new WeakMap<FontSet, WeakMap<Hyphenator, SharedLayout>>();

/** A number for each document (pdfkit's), telling the documents apart without holding them. */
const documentNumbers = new WeakMap<object, number>();
let documentCount = 0;

function documentNumber(canvas: Canvas): number {
  let number = documentNumbers.get(canvas.doc);
  if (number === undefined) documentNumbers.set(canvas.doc, (number = ++documentCount));
  return number;
}

function sharedLayout(canvas: Canvas): SharedLayout {
  let byLanguage = sharedLayouts.get(canvas.fonts);
  if (!byLanguage) sharedLayouts.set(canvas.fonts, (byLanguage = new WeakMap()));
  let shared = byLanguage.get(canvas.hyphenate);
  if (!shared) byLanguage.set(canvas.hyphenate, (shared = new SharedLayout()));
  return shared;
}

/** The text and styles of runs as one string (the key of their layout), made once per runs. */
const keysOfRuns = new WeakMap<readonly Run[], string>();

function runsKey(runs: readonly Run[]): string {
  let key = keysOfRuns.get(runs);
  if (key === undefined) {
    // Length-prefixed, so no text can pass for another run's boundary. Joined, not added up:
    // `join` makes one new string, where `+=` would leave a chain holding the document's own
    // strings (and through them its whole text) for as long as the caches keep the key.
    // (The count first: a join of one element would give that element itself.)
    const parts = runs.map(
      (run) => `${run.bold ? 'b' : ''}${run.italic ? 'i' : ''}${run.text.length}:${run.text}`,
    );
    key = [runs.length, ...parts].join(':');
    keysOfRuns.set(runs, key);
  }
  return key;
}

/** Lets the key of runs go once they are laid out (a document's blocks live until it is written). */
export function forgetWords(runs: readonly Run[]): void {
  keysOfRuns.delete(runs);
}

/** Runs → paragraphs of words; a hard break ("\n") starts a new paragraph. */
function toWords(canvas: Canvas, runs: readonly Run[], size: number, bold: boolean): Word[][] {
  const { words } = sharedLayout(canvas).of(runs, documentNumber(canvas));
  const key = `${size}|${bold}`;
  let split = words.get(key);
  if (!split) words.set(key, (split = splitWords(canvas, runs, size, bold)));
  return split;
}

function splitWords(canvas: Canvas, runs: readonly Run[], size: number, bold: boolean): Word[][] {
  const paragraphs: Word[][] = [[]];
  let pieces: Piece[] = [];
  const endWord = () => {
    if (pieces.length > 0) paragraphs[paragraphs.length - 1]!.push(wordOf(canvas, pieces));
    pieces = [];
  };
  for (const run of runs) {
    const face = faceOf({ bold: run.bold || bold, italic: run.italic });
    for (const part of run.text.normalize('NFC').split(/(\n|[^\S\n]+)/)) {
      if (part === '') continue;
      if (part === '\n') {
        endWord();
        paragraphs.push([]);
      } else if (/^\s+$/.test(part)) {
        endWord();
      } else {
        pieces.push(piece(canvas, part, face, size));
      }
    }
  }
  endWord();
  return paragraphs;
}

/** Is the line loose enough without the next word that hyphenating that word is worth a hyphen? */
function worthHyphenating(line: Line, width: number, space: number, align: Align): boolean {
  if (line.words.length === 0) return true;
  const slack = width - line.natural;
  if (align !== 'justify') return slack > width * RAGGED_SLACK;
  const gaps = line.words.length - 1;
  return gaps === 0 || slack / gaps > space * TIGHT_ENOUGH;
}

export interface ComposeOptions {
  width: number;
  size: number;
  lineGap: number;
  bold?: boolean;
  /** How the lines will be aligned: hyphenation is sought harder for justified text. */
  align?: Align;
  /** False for headings: a word is broken only when it is wider than the whole line. */
  hyphenate?: boolean;
}

export function compose(canvas: Canvas, runs: readonly Run[], options: ComposeOptions): Composed {
  const { composed } = sharedLayout(canvas).of(runs, documentNumber(canvas));
  const { width, size, lineGap, bold, align, hyphenate } = options;
  const key = `${width}|${size}|${lineGap}|${bold}|${align}|${hyphenate}`;
  let lines = composed.get(key);
  if (!lines) composed.set(key, (lines = composeLines(canvas, runs, options)));
  return lines;
}

function composeLines(canvas: Canvas, runs: readonly Run[], options: ComposeOptions): Composed {
  const { width, size } = options;
  const align = options.align ?? 'left';
  const space = measure(canvas, ' ', 'regular', size);
  const lineHeight = lineHeightOf(canvas, size) + options.lineGap;
  const lines: Line[] = [];
  for (const paragraph of toWords(canvas, runs, size, Boolean(options.bold))) {
    let line: Line = { words: [], natural: 0, last: false };
    let hyphensInARow = 0;
    const push = (word: Word) => {
      line.natural = line.words.length === 0 ? word.width : line.natural + space + word.width;
      line.words.push(word);
    };
    const endLine = () => {
      lines.push(line);
      line = { words: [], natural: 0, last: false };
    };
    for (let word of paragraph) {
      for (;;) {
        const before = line.words.length === 0 ? 0 : line.natural + space;
        if (before + word.width <= width) {
          push(word);
          break;
        }
        const room = width - before;
        const allowed =
          line.words.length === 0 ||
          (options.hyphenate !== false &&
            hyphensInARow < MAX_HYPHENS_IN_A_ROW &&
            worthHyphenating(line, width, space, align));
        const parts = allowed ? hyphenateTo(canvas, word, room, size) : undefined;
        if (parts) {
          push(parts[0]);
          endLine();
          hyphensInARow++;
          word = parts[1];
        } else if (line.words.length > 0) {
          endLine();
          hyphensInARow = 0;
        } else {
          const [head, tail] = cutToFit(canvas, word, width, size);
          push(head);
          endLine();
          word = tail;
        }
      }
    }
    line.last = true;
    if (line.words.length > 0 || paragraph.length === 0) lines.push(line);
  }
  return { lines, size, space, lineHeight };
}

/**
 * The narrowest and the widest useful width of some runs: the widest piece of a word between
 * two hyphenation points (with its hyphen), the widest whole word, and the widest line
 * without any wrapping.
 */
export function contentWidths(canvas: Canvas, runs: readonly Run[], size: number, bold: boolean): Widths {
  const { widths } = sharedLayout(canvas).of(runs, documentNumber(canvas));
  const key = `${size}|${bold}`;
  let measured = widths.get(key);
  if (!measured) widths.set(key, (measured = measureWidths(canvas, runs, size, bold)));
  return measured;
}

interface Widths {
  min: number;
  word: number;
  max: number;
}

function measureWidths(canvas: Canvas, runs: readonly Run[], size: number, bold: boolean): Widths {
  let min = 0;
  let max = 0;
  let longest = 0;
  const space = measure(canvas, ' ', 'regular', size);
  for (const paragraph of toWords(canvas, runs, size, bold)) {
    let line = 0;
    paragraph.forEach((word, index) => {
      line += word.width + (index > 0 ? space : 0);
      min = Math.max(min, narrowestOf(canvas, word, size));
      longest = Math.max(longest, word.width);
    });
    max = Math.max(max, line);
  }
  return { min, word: longest, max };
}

const narrowest = new WeakMap<Word, number>();

/** Width of the widest part of a word broken at every hyphenation point (measured once per word). */
function narrowestOf(canvas: Canvas, word: Word, size: number): number {
  let widest = narrowest.get(word);
  if (widest !== undefined) return widest;
  widest = 0;
  let before = 0;
  for (const { at, hyphen } of [...word.breaks, { at: Infinity, hyphen: false }]) {
    const head = at === Infinity ? word.width : headWidth(canvas, word, at, hyphen, size);
    // The part from the previous break: the head up to here less the head before it (unhyphenated).
    widest = Math.max(widest, head - before);
    if (at !== Infinity) before = headWidth(canvas, word, at, false, size);
  }
  narrowest.set(word, widest);
  return widest;
}

/** pdfkit's line height of the regular face (ascender − descender + line gap of the font). */
function lineHeightOf(canvas: Canvas, size: number): number {
  const font = canvas.fonts.regular;
  return ((font.ascent - font.descent + font.lineGap) * size) / font.unitsPerEm;
}

export function composedHeight(composed: Composed): number {
  return composed.lines.length * composed.lineHeight;
}

/** The word gap of a line: justified lines spread their spaces, up to `MAX_STRETCH`. */
function extraSpace(composed: Composed, line: Line, width: number, align: Align): number {
  const gaps = line.words.length - 1;
  if (align !== 'justify' || line.last || gaps <= 0) return 0;
  const extra = (width - line.natural) / gaps;
  return extra > composed.space * MAX_STRETCH ? 0 : Math.max(0, extra);
}

/**
 * What drawing a line needs besides its position: its pieces' widths and which of them follow a
 * space, and the same-face pieces grouped into one text each. Lines are shared by the documents
 * of a process (see `SharedLayout`), so this is worked out once per line.
 */
interface LineLayout {
  widths: number[];
  joinsBySpace: boolean[];
  groups: { first: number; face: Face; text: string; advances: number[] }[];
}

const lineLayouts = new WeakMap<Line, LineLayout>();

function lineLayout(line: Line): LineLayout {
  let layout = lineLayouts.get(line);
  if (layout) return layout;
  layout = { widths: [], joinsBySpace: [], groups: [] };
  const { widths, joinsBySpace, groups } = layout;
  line.words.forEach((word, index) => {
    word.pieces.forEach((p, pieceIndex) => {
      const joins = pieceIndex === 0 && index > 0;
      const pending = groups[groups.length - 1];
      if (pending && pending.face === p.face) {
        if (joins) {
          pending.text += ' ';
          pending.advances.push(Number.NaN);
        }
        pending.text += p.text;
        pending.advances.push(...p.advances);
      } else {
        groups.push({ first: widths.length, face: p.face, text: p.text, advances: [...p.advances] });
      }
      widths.push(p.width);
      joinsBySpace.push(joins);
    });
  });
  lineLayouts.set(line, layout);
  return layout;
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
  const extra = extraSpace(composed, line, width, align);
  let cursor = x;
  if (align === 'center') cursor += (width - line.natural) / 2;
  else if (align === 'right') cursor += width - line.natural;
  const step = composed.space + extra;
  const { widths, joinsBySpace, groups } = lineLayout(line);
  const placed: PlacedText[] = [];
  let group = 0;
  for (let i = 0; i < widths.length; i++) {
    const joins = joinsBySpace[i]!;
    const next = groups[group];
    if (next?.first === i) {
      placed.push({
        text: next.text,
        face: next.face,
        x: cursor + (joins ? step : 0),
        advances: next.advances,
      });
      group++;
    }
    cursor += (joins ? step : 0) + widths[i]!;
  }
  writer.line(placed, y, composed.size, extra);
}
