import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadFonts } from '../../../src/adapters/pdf/fonts.js';
import { describeChar, findMissingGlyphs } from '../../../src/adapters/pdf/glyphs.js';
import { translatorFor } from '../../../src/adapters/i18n.js';
import { renderFile } from '../../../src/adapters/render-files.js';
import { markdownBlocks } from '../../../src/core/document/blocks.js';
import { ROOT, tempDir } from '../../helpers/cli.js';

describe('glyph check before writing a PDF', () => {
  it('accepts every letter of the Central Asian alphabets and the usual punctuation', async () => {
    const fonts = await loadFonts();
    const text =
      'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі Ҷҷ Ӣӣ Ӯӯ Ҳҳ Ўў Oʻ oʻ Gʻ gʻ Şş Ňň Ýý Žž Ää Çç Öö Üü Ёё «» „“ ” — – … • № ₸';
    const blocks = markdownBlocks(`# ${text}\n\n${text} **${text}** *${text}* ***${text}***\n`);
    expect(findMissingGlyphs(blocks, fonts)).toEqual([]);
  });

  it('names the characters the font lacks and where they are', async () => {
    const fonts = await loadFonts();
    const blocks = markdownBlocks(
      '## 3. Services\n\n| a | b |\n|---|---|\n| done ✓ | ☐ open |\n\nAll ✓ here.\n',
    );
    const missing = findMissingGlyphs(blocks, fonts);
    expect(missing.map((m) => describeChar(m.char))).toEqual(['✓ (U+2713)', '☐ (U+2610)']);
    expect(missing[0]!.places).toEqual(['done ✓', 'All ✓ here.']);
  });

  it('leaves out only the PDF of a document the font cannot draw, with a message naming the characters', async () => {
    const source = readFileSync(join(ROOT, 'test/fixtures/render/spec-example.yaml'), 'utf8');
    const dir = tempDir('pp-glyphs-');
    const file = join(dir, 'ticks.yaml');
    writeFileSync(file, source.replace('name: Atlantis programme', 'name: Atlantis programme ✓'));
    const out = join(dir, 'out');
    const result = await renderFile(
      file,
      { outDir: out, formats: ['md', 'pdf'], docs: ['mou'], lang: 'en', force: false, draft: false },
      { t: translatorFor('en') },
    );
    // Issue 17: Markdown can carry the character, so it is written; the PDF is not.
    expect(result.ok).toBe(false);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/ticks\.mou\.en\.pdf was not written/);
    expect(result.errors[1]).toMatch(
      /^The PDF font cannot show these characters: ✓ \(U\+2713\) at .*ticks\.yaml:\d+:\d+\. They occur in: “.*Atlantis programme ✓/,
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual(['ticks.mou.en.md']);
  });
});
