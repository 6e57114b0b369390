/**
 * Every letter of the Central Asian alphabets survives the trip from the answers file to the PDF
 * and the Word file, read back as text; and a character the font cannot draw stops the PDF
 * before anything is written, instead of printing empty boxes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

import { runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

const LETTERS = [
  ...'ӘәҒғҚқҢңӨөҰұҮүҺһІі', // Kazakh
  ...'ҶҷӢӣӮӯҲҳ', // Tajik
  ...'Ўў', // Uzbek Cyrillic
  'Oʻ',
  'oʻ',
  'Gʻ',
  'gʻ', // Uzbek Latin, with U+02BB
  ...'ŞşŇňÝýŽžÄäÇç', // Turkmen Latin
];

describe('Central Asian letters in PDF and DOCX (built CLI)', () => {
  it('renders and reads back every letter', async () => {
    const dir = tempDir();
    const result = runCli([
      'render',
      'test/fixtures/letters/all-letters.yaml',
      '-o',
      dir,
      '-f',
      'pdf,docx',
      '-d',
      'mou',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const pdf = (await pdfText(join(dir, 'all-letters.mou.ru.pdf'))).normalize('NFC');
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'all-letters.mou.ru.docx')));
    const docx = (await zip.file('word/document.xml')!.async('string')).normalize('NFC');
    for (const letter of LETTERS) {
      expect(pdf, `PDF lacks ${letter}`).toContain(letter);
      expect(docx, `DOCX lacks ${letter}`).toContain(letter);
    }
    expect(pdf).toContain('Тоҷикӣ: Ҷҷ Ӣӣ Ӯӯ Ҳҳ');
    expect(pdf).not.toContain('\uFFFD');
  });

  it('refuses a character the font cannot draw, names it, and writes no PDF', () => {
    const dir = tempDir();
    const result = runCli(['render', 'test/fixtures/letters/missing-glyphs.yaml', '-o', dir, '-f', 'md,pdf']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('中 (U+4E2D)');
    expect(result.stderr).toContain('✓ (U+2713)');
    expect(existsSync(join(dir, 'missing-glyphs.mou.ru.pdf'))).toBe(false);
  });
});
