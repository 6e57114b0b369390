/**
 * The Word file's typesetting, read back from its XML: column widths measured in the embedded
 * fonts, the signature table kept whole in a way LibreOffice honours too, and the language and
 * automatic hyphenation that let Word and LibreOffice hyphenate with their own dictionaries.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

import { CELL_SIZE, measureCell, softHyphenPoints } from '../../../src/adapters/docx/docx-columns.js';
import { CONTENT_WIDTH } from '../../../src/adapters/docx/docx-blocks.js';
import { renderDocx } from '../../../src/adapters/docx/render-docx.js';
import { translatorFor } from '../../../src/adapters/i18n.js';
import { loadFonts, textWidth } from '../../../src/adapters/pdf/fonts.js';
import { markdownBlocks } from '../../../src/core/document/blocks.js';
import { documentLocale } from '../../../src/core/document/format.js';
import { tableColumnWidths } from '../../../src/core/document/column-widths.js';
import type { DocumentMeta } from '../../../src/core/document/meta.js';
import { DOCUMENT_LANGUAGES } from '../../../src/core/i18n/languages.js';
import { loadHyphenator } from '../../../src/core/typography/hyphenation.js';

const meta = (lang: string): DocumentMeta => ({
  title: 'Typesetting',
  subject: 'test',
  author: 'test',
  keywords: 'test',
  lang,
  // As render does: the locale the language's pack names.
  locale: documentLocale(translatorFor(lang), lang),
  date: new Date(Date.UTC(2024, 0, 1)),
  pageTemplate: 'Page {page} of {pages}',
  watermark: null,
});

async function parts(markdown: string, lang = 'en') {
  const zip = await JSZip.loadAsync(await renderDocx(markdownBlocks(markdown), meta(lang)));
  const read = (name: string) => zip.file(name)!.async('string');
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
  };
}

const gridColumns = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));

describe('DOCX language and hyphenation', () => {
  it('names each pack’s language as Word does, and turns automatic hyphenation on', async () => {
    const expected: Record<string, string> = {
      en: 'en-GB',
      ru: 'ru-RU',
      kk: 'kk-KZ',
      ky: 'ky-KG',
      uz: 'uz-Latn-UZ',
      tg: 'tg-Cyrl-TJ',
      tk: 'tk-TM',
    };
    expect(Object.keys(expected).sort()).toEqual([...DOCUMENT_LANGUAGES].sort());
    for (const [lang, tag] of Object.entries(expected)) {
      const { styles, settings } = await parts('Text.\n', lang);
      expect(styles, lang).toContain(`<w:lang w:val="${tag}"/>`);
      expect(settings, lang).toContain('<w:autoHyphenation/>');
      expect(settings, lang).toContain('<w:consecutiveHyphenLimit w:val="2"/>');
    }
  });

  it('gives a language whose catalogue names no locale its likely region', () => {
    const noLocale = ((key: string) => key) as unknown as Parameters<typeof documentLocale>[0];
    expect(documentLocale(noLocale, 'de')).toBe('de-DE');
    expect(documentLocale(noLocale, 'not a tag')).toBe('not a tag');
  });
});

describe('DOCX column widths from the font', () => {
  it('keeps a column of short words narrow and never narrower than its widest word', async () => {
    const long =
      'Social workers of the organisation meet every client in the colony each week and plan the release together with the probation service.';
    const { document } = await parts(
      `| No. | Service | Description |\n|---|---|---|\n| 1 | Counselling | ${long} |\n`,
    );
    const widths = gridColumns(document);
    expect(widths).toHaveLength(3);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
    const fonts = await loadFonts();
    // A word's width in points → twentieths, plus the cell margins (header words are bold).
    const need = (word: string, face: 'regular' | 'bold') =>
      (textWidth(fonts[face], word, CELL_SIZE) + 9) * 20;
    expect(widths[0]).toBeGreaterThanOrEqual(need('No.', 'bold'));
    expect(widths[1]).toBeGreaterThanOrEqual(need('Service', 'bold'));
    expect(widths[1]).toBeGreaterThanOrEqual(need('Counselling', 'regular'));
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths[2]).toBeGreaterThan(widths[0]! + widths[1]!);
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('hyphenates the headers of a crowded Russian table at their soft hyphens rather than squeezing a column', async () => {
    const header =
      '| Уровень | Показатель | Исходное значение | Целевое значение | Источник; периодичность; ответственный | Допущения |';
    const row =
      '| [заполнить] | Клиенты пробации, направленные в проект. Число клиентов, направленных инспекторами за квартал. | 0 | 80 | Журнал направлений службы пробации; ежеквартально; пенитенциарная администрация | — |';
    const { document } = await parts(`${header}\n|---|---|---|---|---|---|\n${row}\n`, 'ru');
    const widths = gridColumns(document);
    const fonts = await loadFonts();
    const hyphenate = await loadHyphenator('ru');
    const cells = [header, row].map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((text, c) => ({ text: text.trim(), c })),
    );
    for (const line of cells) {
      for (const { text, c } of line) {
        const measured = measureCell(
          fonts,
          [{ text, bold: false, italic: false }],
          line === cells[0],
          hyphenate,
        );
        // Every piece between two soft hyphens fits its column (margins 2 × 90 twentieths).
        expect(widths[c]! / 20 - 9, `${text} in column ${c}`).toBeGreaterThanOrEqual(measured.hyphenated);
      }
    }
    // The indicator column keeps room for its text.
    expect(widths[1]).toBeGreaterThan(CONTENT_WIDTH / 6);
  });
});

describe('softHyphenPoints', () => {
  it('puts soft hyphens at the hyphenation points of a long enough word', async () => {
    const hyphenate = await loadHyphenator('ru');
    expect(softHyphenPoints('значение', hyphenate).length).toBeGreaterThan(0);
    expect(softHyphenPoints('нет', hyphenate)).toEqual([]);
  });

  it('cuts a piece too long for any column every 20 letters, even without patterns', () => {
    const code = 'X'.repeat(100);
    expect(softHyphenPoints(code, undefined)).toEqual([20, 40, 60, 80]);
    expect(softHyphenPoints('X'.repeat(40), undefined)).toEqual([]);
  });
});

describe('tableColumnWidths', () => {
  const options = { padding: 10, minColumn: 20, maxWordShare: 0.5 };
  it('gives every column at least its widest word when the table has room', () => {
    const widths = tableColumnWidths(
      [
        [
          { hyphenated: 20, word: 40, max: 40 },
          { hyphenated: 30, word: 60, max: 900 },
        ],
      ],
      400,
      options,
    );
    expect(widths[0]).toBeGreaterThanOrEqual(50);
    expect(widths[0]! + widths[1]!).toBeCloseTo(400);
  });

  it('falls back to hyphenated pieces where whole words do not fit', () => {
    const cell = { hyphenated: 30, word: 100, max: 100 };
    const widths = tableColumnWidths([[cell, cell, cell, cell, cell]], 300, options);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(40);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
  });
});

describe('DOCX signature table', () => {
  it('sits in the one row, that cannot split, of a borderless one-cell table', async () => {
    const markdown =
      '## Signatures\n\n| | Party A | Party B |\n|---|---|---|\n| Name | A | B |\n| Signature | ______ | ______ |\n| Seal | S | S |\n';
    const { document } = await parts(markdown);
    const outer = /<w:tbl>((?:(?!<w:tbl>)[\s\S])*?)<w:tbl>/.exec(document)![1]!;
    expect(outer).toContain('<w:cantSplit/>');
    expect(outer.match(/<w:tc>/g)).toHaveLength(1);
    expect(outer).toContain('<w:top w:val="none"');
    const inner = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/.exec(
      document.slice(document.indexOf('<w:tbl>') + 1),
    )![0];
    const rows = inner.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
  });

  it('is left unwrapped when it may be taller than a page (Word would cut the row off)', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `| Label ${i} | ${'word '.repeat(40)} | x |`).join(
      '\n',
    );
    const markdown = `## Signatures\n\n| | Party A | Party B |\n|---|---|---|\n${rows}\n| Signature | ______ | ______ |\n`;
    const { document } = await parts(markdown);
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
  });

  it('leaves other tables as they are', async () => {
    const { document } = await parts('| A | B |\n|---|---|\n| 1 | 2 |\n');
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
  });
});

describe('DOCX running header', () => {
  const headerOf = async (title: string, watermark: string | null = null) => {
    const zip = await JSZip.loadAsync(
      await renderDocx(markdownBlocks('Text.\n'), { ...meta('en'), title, watermark }),
    );
    const name = Object.keys(zip.files).find((file) => /^word\/header\d*\.xml$/.test(file))!;
    const xml = await zip.file(name)!.async('string');
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  };

  it('keeps a short title whole', async () => {
    expect(await headerOf('Memorandum of understanding — Pilot')).toBe('Memorandum of understanding — Pilot');
  });

  it('cuts a long title with an ellipsis to one line, as the PDF does, leaving room for DRAFT', async () => {
    const title = `Memorandum of understanding — ${'a very long project title '.repeat(12)}`.trim();
    const header = await headerOf(title);
    expect(header.endsWith('…')).toBe(true);
    expect(title.startsWith(header.slice(0, -1))).toBe(true);
    const fonts = await loadFonts();
    expect(textWidth(fonts.regular, header, 7.5)).toBeLessThanOrEqual(CONTENT_WIDTH / 20);
    const draft = await headerOf(title, 'DRAFT');
    expect(draft.endsWith('DRAFT')).toBe(true);
    expect(draft.length).toBeLessThan(header.length + '   DRAFT'.length);
  });
});
