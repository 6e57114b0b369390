/**
 * The PDF fonts: Noto Sans (OFL), which covers Latin, Cyrillic and every Central Asian letter
 * (Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic; Uzbek Latin with U+02BB; Turkmen Latin). Each face is
 * parsed once per process: fontkit table decoding dominates a cold render, and sharing the
 * parsed fonts made batch rendering 8× faster (research/dependencies.md §4).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { Font } from 'fontkit';

export type PdfFontName = 'Regular' | 'Bold' | 'Italic' | 'BoldItalic';

const FILES: Record<PdfFontName, string> = {
  Regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  Bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  Italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  BoldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

let loading: Promise<Record<PdfFontName, Font>> | undefined;

async function parse(spec: string): Promise<Font> {
  const fontkit = await import('fontkit');
  // The package has no exports map and its index.js requires .ttf files: resolve, never import it.
  const created = fontkit.create(await readFile(fileURLToPath(import.meta.resolve(spec))));
  return 'fonts' in created ? created.fonts[0]! : created;
}

/** The four faces, parsed once per process (and per worker thread). */
export function loadPdfFonts(): Promise<Record<PdfFontName, Font>> {
  loading ??= (async () => {
    const names = Object.keys(FILES) as PdfFontName[];
    const fonts = await Promise.all(names.map((name) => parse(FILES[name])));
    return Object.fromEntries(names.map((name, i) => [name, fonts[i]!])) as Record<PdfFontName, Font>;
  })();
  return loading;
}

/** Characters of `text` that `font` cannot draw (white space and controls excepted). */
export function missingCharacters(text: string, font: Font): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || /\s/.test(char)) continue;
    if (!font.hasGlyphForCodePoint(code)) missing.add(char);
  }
  return [...missing];
}
