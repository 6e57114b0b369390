/**
 * The PDF fonts: Noto Sans (OFL) in four faces, from `@expo-google-fonts/noto-sans`. It covers
 * Latin, Cyrillic and every Central Asian letter (Kazakh, Kyrgyz, Tajik, Uzbek and Turkmen).
 * The package is never imported (its index `require`s the TTFs for React Native): the files are
 * found with `import.meta.resolve`. Each font is parsed once per process with fontkit and the
 * parsed font is handed to every document, which is what makes batch rendering fast.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Font } from 'fontkit';

import { pairKerning } from './kerning.js';

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FACES: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The name each face is registered under in a pdfkit document. */
export const FACE_NAME: Record<Face, string> = {
  regular: 'NotoSans',
  bold: 'NotoSans-Bold',
  italic: 'NotoSans-Italic',
  boldItalic: 'NotoSans-BoldItalic',
};

const FONT_FILES: Record<Face, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

export type FontSet = Record<Face, Font>;

/** The font file of a face, for embedding it elsewhere (the Word file). */
export function fontFile(face: Face): string {
  return fileURLToPath(import.meta.resolve(FONT_FILES[face]));
}

let loaded: Promise<FontSet> | undefined;

/**
 * The font as pdfkit sees it, with a plain layout: one glyph per character from the cmap and its
 * advance width, no OpenType shaping. Shaping (GSUB/GPOS decoding and lookups) was most of the
 * time of a render, and the documents' scripts (Latin, Cyrillic) need no ligatures or mark
 * positioning once text is NFC-normalised. Kerning is applied by our own composer, word by
 * word (`advancesOf`), and written as glyph adjustments by the text writer.
 */
export function withPlainLayout(font: Font): Font {
  const plain = Object.create(font) as Font;
  // What pdfkit reads of a glyph. Our own objects, not fontkit's cached glyphs: a glyph that a
  // previous document's subsetter created as a component of an accented letter has no code
  // points, and reusing it would write an empty entry into the ToUnicode map and shift the text
  // that PDF readers extract.
  const glyphs = new Map<number, PlainGlyph>();
  const glyphOf = (codePoint: number) => {
    let glyph = glyphs.get(codePoint);
    if (!glyph) {
      const source = font.glyphForCodePoint(codePoint);
      glyph = { id: source.id, advanceWidth: source.advanceWidth, codePoints: [codePoint] };
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  const layout = (text: string) => {
    const run: PlainGlyph[] = [];
    const positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] = [];
    for (const char of text.normalize('NFC')) {
      const glyph = glyphOf(char.codePointAt(0)!);
      run.push(glyph);
      positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    // pdfkit scales the positions in place, then reads advanceWidth (again and again, since the
    // run is cached for the document): sum them on the first read, after the scaling.
    let advanceWidth: number | undefined;
    return {
      glyphs: run,
      positions,
      get advanceWidth() {
        advanceWidth ??= positions.reduce((sum, position) => sum + position.xAdvance, 0);
        return advanceWidth;
      },
    };
  };
  Object.defineProperty(plain, 'layout', { value: layout });
  Object.defineProperty(plain, GLYPH, { value: glyphOf });
  Object.defineProperty(plain, ADVANCES, { value: kernedAdvances(font, glyphOf) });
  // The glyph check asks for every character of every document: fontkit looks each one up in the cmap.
  // The answers are kept per code point: 1 has a glyph, 2 has none, 0 not asked yet (an array
  // for the Basic Multilingual Plane, where all the documents' letters are; a map beyond it).
  const basic = new Uint8Array(0x10000);
  const beyond = new Map<number, boolean>();
  const hasGlyph = (codePoint: number) => {
    if (codePoint > 0xffff) {
      let has = beyond.get(codePoint);
      if (has === undefined) beyond.set(codePoint, (has = font.hasGlyphForCodePoint(codePoint)));
      return has;
    }
    if (basic[codePoint] === 0) basic[codePoint] = font.hasGlyphForCodePoint(codePoint) ? 1 : 2;
    return basic[codePoint] === 1;
  };
  Object.defineProperty(plain, 'hasGlyphForCodePoint', { value: hasGlyph });
  // fontkit reads unitsPerEm through the head table on every access; pdfkit and textWidth ask often.
  Object.defineProperty(plain, 'unitsPerEm', { value: font.unitsPerEm });
  return plain;
}

/**
 * The bytes fontkit parsed the font from, and where in them its table directory starts (not at
 * 0 in a collection): its kerning is read from them (kerning.ts).
 */
function fileOf(font: Font): { bytes: Uint8Array; directory: number } {
  const parsed = font as unknown as { stream: { buffer: Uint8Array }; _directoryPos?: number };
  return { bytes: parsed.stream.buffer, directory: parsed._directoryPos ?? 0 };
}

const GLYPH = Symbol('glyph');
const ADVANCES = Symbol('advances');

/**
 * Advance of every character of a word in font units, with the font's pair kerning between its
 * characters (`kerning.ts`), cached per word, as a batch meets the same words again and again.
 */
function kernedAdvances(font: Font, glyphOf: (codePoint: number) => PlainGlyph) {
  const cache = new Map<string, number[]>();
  const { bytes, directory } = fileOf(font);
  const kern = pairKerning(bytes, directory);
  return (text: string): number[] => {
    let advances = cache.get(text);
    if (advances) return advances;
    const glyphs = Array.from(text, (char) => glyphOf(char.codePointAt(0)!));
    advances = glyphs.map(
      (glyph, i) => glyph.advanceWidth + (i + 1 < glyphs.length ? kern(glyph.id, glyphs[i + 1]!.id) : 0),
    );
    cache.set(text, advances);
    return advances;
  };
}

/**
 * Advances (font units) of each character of NFC `text` in a font from `loadFonts`, with the
 * font's kerning between the characters of the text.
 */
export function advancesOf(font: Font, text: string): readonly number[] {
  return (font as unknown as Record<symbol, (text: string) => number[]>)[ADVANCES]!(text);
}

/** The glyph a font from `loadFonts` draws for a code point (the same one pdfkit would use). */
export function glyphFor(font: Font, codePoint: number): PlainGlyph {
  return (font as unknown as Record<symbol, (codePoint: number) => PlainGlyph>)[GLYPH]!(codePoint);
}

/**
 * Width of `text` at `size` points in a font from `loadFonts`: the same sum of advances that
 * pdfkit computes with the plain layout, without going through pdfkit (measuring every word
 * through pdfkit was a large part of the layout time).
 */
export function textWidth(font: Font, text: string, size: number): number {
  let units = 0;
  for (const char of text.normalize('NFC')) units += glyphFor(font, char.codePointAt(0)!).advanceWidth;
  return (units * size) / font.unitsPerEm;
}

export interface PlainGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

async function parseAll(): Promise<FontSet> {
  const fontkit = await import('fontkit');
  const create = (fontkit.create ??
    (fontkit as unknown as { default: typeof fontkit }).default.create) as typeof fontkit.create;
  const fonts = {} as FontSet;
  for (const face of FACES) {
    const parsed = create(readFileSync(fontFile(face)));
    fonts[face] = withPlainLayout('fonts' in parsed ? (parsed.fonts[0] as Font) : parsed);
  }
  return fonts;
}

/** The four faces, parsed on first use and shared by every document of the process. */
export function loadFonts(): Promise<FontSet> {
  loaded ??= parseAll().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

export function faceOf(style: { bold: boolean; italic: boolean }): Face {
  if (style.bold) return style.italic ? 'boldItalic' : 'bold';
  return style.italic ? 'italic' : 'regular';
}

/** The text cut with an ellipsis so that it fits on one line of `width` at `size`. */
export function fitToWidth(font: Font, text: string, width: number, size: number): string {
  if (textWidth(font, text, size) <= width) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textWidth(font, `${chars.slice(0, middle).join('').trimEnd()}…`, size) <= width) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}
