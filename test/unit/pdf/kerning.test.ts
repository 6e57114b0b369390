/**
 * Kerning read from the GPOS bytes (kerning.ts) against fontkit's own shaping of the same pairs
 * with only the 'kern' feature: the same adjustments, for Latin and Cyrillic pairs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

import { pairKerning } from '../../../src/adapters/pdf/kerning.js';

const FILE = fileURLToPath(
  import.meta.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
);
const PAIRS = ['AV', 'To', 'Ty', 'LT', 'P.', 'ТА', 'Го', 'УД', 'ab', 'ос', 'r,', 'AA'];

describe('pair kerning from the font bytes', () => {
  const bytes = readFileSync(FILE);
  const font = fontkit.create(bytes) as fontkit.Font;
  const kern = pairKerning(bytes);

  it.each(PAIRS)('%s: as fontkit shapes it with the kern feature', (pair) => {
    const run = font.layout(pair, ['kern']);
    const shaped = run.positions[0]!.xAdvance - run.glyphs[0]!.advanceWidth;
    expect(kern(run.glyphs[0]!.id, run.glyphs[1]!.id)).toBe(shaped);
  });

  it('kerns the pairs a reader expects to see kerned', () => {
    const id = (char: string) => font.glyphForCodePoint(char.codePointAt(0)!).id;
    expect(kern(id('A'), id('V'))).toBeLessThan(0);
    expect(kern(id('Т'), id('А'))).toBeLessThan(0);
  });

  it('gives 0 for a font without a GPOS table, and for bytes that are no font', () => {
    expect(pairKerning(new Uint8Array(12))(36, 57)).toBe(0);
    expect(pairKerning(new Uint8Array(0))(36, 57)).toBe(0);
  });
});
