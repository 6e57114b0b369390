/**
 * Composed lines written straight into the page's content stream, one TJ operator per piece.
 * Lines arrive measured and positioned (pdf-compose.ts), so pdfkit's `text()` would only redo
 * the work: it re-measures, re-splits and re-encodes every fragment, and was a third of the
 * time of a render. The glyphs go into the same font subset pdfkit would use, so fonts, widths
 * and the ToUnicode map come out as before.
 *
 * Two choices keep the content streams small, because compressing them is the largest single
 * cost left in a render: glyph codes are written as bytes in literal strings rather than as hex
 * (half the size, and deflate takes about half the time), and the text matrix flips the
 * page's top-down coordinates back itself (no save, transform and restore around every line).
 *
 * It reaches into pdfkit's embedded-font object (`subset`, `widths`, `unicode`, `ref`) and the
 * page's font resources. The end-to-end tests read the text back from the PDFs, so a change
 * there fails loudly rather than drawing wrong text.
 */
import { FACE_NAME, FACES, glyphFor, type Face, type FontSet } from './fonts.js';

type Doc = PDFKit.PDFDocument;

/** The part of pdfkit's EmbeddedFont used here. */
interface EmbeddedFont {
  id: string;
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

interface FaceState {
  embedded: EmbeddedFont;
  /** Font units → PDF glyph space (1/1000 em). */
  scale: number;
  /** Top of the line box to the baseline, per point of size. */
  ascent: number;
  /** Code point → the glyph's id in this document's subset: two bytes, escaped for a literal string. */
  codes: Map<number, string>;
}

interface PreparedText {
  text: string;
  face: Face;
  codePoints: number[];
  kerns: (string | undefined)[];
}

/** By the advances array of a placed text (see `prepared`). */
const preparedTexts = new WeakMap<readonly number[], PreparedText>();

/** Text of one face placed at `x` on a line; spaces in it are stretched by the line's word gap. */
export interface PlacedText {
  text: string;
  face: Face;
  x: number;
  /**
   * Advance of each character in font units, kerning included (NaN: the glyph's own advance).
   * Where it differs from the glyph's advance, the difference is written as a TJ adjustment.
   */
  advances?: readonly number[];
}

/** Numbers in content streams: rounded, so the same input gives the same bytes. */
function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export class TextWriter {
  private readonly faces = {} as Record<Face, FaceState>;

  constructor(
    private readonly doc: Doc,
    private readonly fonts: FontSet,
  ) {
    for (const face of FACES) {
      const font = fonts[face];
      doc.font(FACE_NAME[face]);
      const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
      this.faces[face] = {
        embedded,
        scale: 1000 / font.unitsPerEm,
        ascent: font.ascent / font.unitsPerEm,
        codes: new Map(),
      };
    }
  }

  /**
   * Draws pieces on one line whose top is at `y` (pdfkit's coordinates: from the top of the
   * page). `wordGap` is added to every space, in points, for justified lines.
   */
  line(pieces: readonly PlacedText[], y: number, size: number, wordGap = 0): void {
    if (pieces.length === 0) return;
    const page = this.doc.page;
    const ops = sink;
    ops.reset();
    ops.write('BT');
    let current: Face | undefined;
    for (const piece of pieces) {
      const state = this.faces[piece.face];
      if (piece.face !== current) {
        const { embedded } = state;
        (page.fonts as Record<string, unknown>)[embedded.id] ??= embedded.ref();
        ops.write(`\n/${embedded.id} ${num(size)} Tf`);
        current = piece.face;
      }
      // The page's coordinates run top-down (pdfkit's flip); "1 0 0 -1" turns the glyphs upright.
      const baseline = y + state.ascent * size;
      ops.write(`\n1 0 0 -1 ${num(piece.x)} ${num(baseline)} Tm\n`);
      this.show(ops, piece, state, size, wordGap);
    }
    ops.write('\nET\n');
    // Bytes, not a string: pdfkit would convert a string character by character.
    this.doc.addContent(ops.bytes() as unknown as string);
  }

  /** A TJ operator: glyph codes, with a negative adjustment after each stretched space and a kerning adjustment after each kerned glyph. */
  private show(ops: ByteSink, piece: PlacedText, state: FaceState, size: number, wordGap: number): void {
    const stretch = wordGap ? `) ${num((-wordGap * 1000) / size)} (` : '';
    const { codePoints, kerns } = this.prepared(piece, state);
    ops.write('[(');
    for (let i = 0; i < codePoints.length; i++) {
      const codePoint = codePoints[i]!;
      ops.write(this.glyphCode(piece.face, state, codePoint));
      if (stretch && codePoint === 0x20) ops.write(stretch);
      const kern = kerns[i];
      if (kern) ops.write(kern);
    }
    ops.write(')] TJ');
  }

  /**
   * The code points of a text and the kerning adjustment written after each (or none), the
   * same in every document: kept for texts with advances, which are the composed lines'
   * (shared by the documents of a process, see pdf-compose.ts).
   */
  private prepared(piece: PlacedText, state: FaceState): PreparedText {
    const { advances } = piece;
    const cached = advances && preparedTexts.get(advances);
    if (cached?.text === piece.text && cached.face === piece.face) return cached;
    const font = this.fonts[piece.face];
    const codePoints: number[] = [];
    const kerns: (string | undefined)[] = [];
    let index = 0;
    for (const char of piece.text.normalize('NFC')) {
      const codePoint = char.codePointAt(0)!;
      codePoints.push(codePoint);
      const advance = advances?.[index++];
      let kern: string | undefined;
      if (advance !== undefined && !Number.isNaN(advance)) {
        const difference = glyphFor(font, codePoint).advanceWidth - advance;
        if (Math.abs(difference) > 0.5) kern = `) ${num(difference * state.scale)} (`;
      }
      kerns.push(kern);
    }
    const prepared = { text: piece.text, face: piece.face, codePoints, kerns };
    if (advances) preparedTexts.set(advances, prepared);
    return prepared;
  }

  private glyphCode(face: Face, state: FaceState, codePoint: number): string {
    let code = state.codes.get(codePoint);
    if (code === undefined) {
      const glyph = glyphFor(this.fonts[face], codePoint);
      const { embedded } = state;
      const id = embedded.subset.includeGlyph(glyph.id);
      embedded.widths[id] ??= glyph.advanceWidth * state.scale;
      embedded.unicode[id] ??= glyph.codePoints;
      code = literalByte(id >> 8) + literalByte(id & 0xff);
      state.codes.set(codePoint, code);
    }
    return code;
  }
}

/**
 * The bytes of a line's text operators, gathered in one reused buffer: a string grown glyph by
 * glyph made an object per glyph, a large part of a batch's garbage. Every character written is
 * below 256 (glyph codes are latin1 bytes, the rest is ASCII), one byte each, as `latin1`
 * encoding would give.
 */
class ByteSink {
  private buffer = Buffer.allocUnsafe(1 << 14);
  private length = 0;

  reset(): void {
    this.length = 0;
  }

  write(text: string): void {
    if (this.length + text.length > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + text.length));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
  }

  /** A copy of what was written (the buffer itself is written over by the next line). */
  bytes(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.length));
  }
}

const sink = new ByteSink();

/**
 * One byte inside a PDF literal string, as a latin1 character. Parentheses and the backslash
 * are escaped; so are CR and LF, which a reader would otherwise normalise as ends of lines.
 */
function literalByte(byte: number): string {
  switch (byte) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(byte);
  }
}
