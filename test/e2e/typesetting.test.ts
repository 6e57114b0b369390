/**
 * How the pages break and the words wrap, checked on every example and fixture, in English and
 * Russian, through the built CLI: the PDFs are read back with the position of every line, the
 * Word files as XML.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { markdownBlocks, runsText, type Block } from '../../src/core/document/blocks.js';
import { isLeadIn, isSignatureTable } from '../../src/core/document/keep-rules.js';
import { loadHyphenator, type Hyphenator } from '../../src/core/typography/hyphenation.js';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';
import { pdfLayout, type PdfLine, type PdfPage } from '../helpers/pdf-layout.js';

/** Every answers file of the examples and fixtures, whether complete or not (drafts render too). */
function answersFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) found.push(path);
    }
  };
  walk(join(ROOT, 'examples'));
  walk(join(ROOT, 'test', 'fixtures'));
  return found;
}

const LANGS = ['en', 'ru'] as const;
const input = tempDir('pp-typeset-in-');
const output = tempDir('pp-typeset-out-');
for (const file of answersFiles()) {
  // One flat folder: the name says where the file came from.
  const name = relative(ROOT, file).replace(/[\\/]/g, '_');
  copyFileSync(file, join(input, name));
}
for (const lang of LANGS) {
  mkdirSync(join(output, lang));
  // Exit 1 is expected: some fixtures are broken on purpose and are skipped.
  // The built CLI as a batch, with more time than runCli gives: about 100 documents, on a busy machine.
  const args = [
    'render',
    input,
    '-o',
    join(output, lang),
    '--lang',
    lang,
    '--draft',
    '-f',
    'md,pdf,docx',
    '-q',
  ];
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`render ${lang}: ${result.status} ${result.stderr}`);
}

interface Rendered {
  name: string;
  lang: (typeof LANGS)[number];
  pdf: string;
  docx: string;
  markdown: string;
}

const rendered: Rendered[] = LANGS.flatMap((lang) =>
  readdirSync(join(output, lang))
    .filter((file) => file.endsWith('.pdf'))
    .map((file) => {
      const stem = join(output, lang, file.slice(0, -'.pdf'.length));
      return {
        name: `${basename(stem)}`,
        lang,
        pdf: `${stem}.pdf`,
        docx: `${stem}.docx`,
        markdown: readFileSync(`${stem}.md`, 'utf8'),
      };
    }),
);

afterAll(() => {
  rmSync(input, { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
});

const squeeze = (text: string) => text.replace(/[\s\u00ad-]+/g, '');
/** A word without the punctuation around it. */
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** A cut between letters is allowed only inside a word this long (a code, an address): the last resort. */
const LONGEST_UNBREAKABLE = 30;

function markdownWords(markdown: string): Set<string> {
  const words = new Set<string>();
  for (const word of markdown.replace(/\\(.)/g, '$1').split(/[\s|*_`#>]+/)) words.add(bare(word));
  return words;
}

function tableHeaders(blocks: readonly Block[]): string[][] {
  const headers: string[][] = [];
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      // A table without rows (an empty list in a draft) has no row to keep its header with.
      if (block.type === 'table' && block.rows.length > 0) {
        const cells = block.header.map((cell) => squeeze(runsText(cell))).filter((cell) => cell !== '');
        if (cells.length > 0) headers.push(cells);
      } else if (block.type === 'quote') walk(block.blocks);
      else if (block.type === 'list') for (const item of block.items) walk(item.children);
    }
  };
  walk(blocks);
  return headers;
}

const isHeadingLine = (line: PdfLine) => line.size > 10.8;

interface Place {
  text: string;
  p: number;
  l: number;
  x: number;
}

/** The text continuing `line`'s segment at `x`: on the next line that starts at the same x. */
function continuation(pages: PdfPage[], p: number, l: number, x: number): Place | undefined {
  const page = pages[p]!;
  // Running text (one segment a line, centred or not) continues on the very next line.
  if (page.lines[l]!.segments.length === 1 && page.lines[l + 1]?.segments.length === 1) {
    return { text: page.lines[l + 1]!.segments[0]!.text, p, l: l + 1, x };
  }
  for (let next = l + 1; next < page.lines.length; next++) {
    const segment = page.lines[next]!.segments.find((s) => Math.abs(s.x - x) < 1);
    if (segment) return { text: segment.text, p, l: next, x };
  }
  // A paragraph continued on the next page (table rows there start below a repeated header).
  if (page.lines[l]!.size !== 10) return undefined;
  const first = pages[p + 1]?.lines[0];
  const segment = first?.segments.find((s) => Math.abs(s.x - x) < 1);
  return segment ? { text: segment.text, p: p + 1, l: 0, x } : undefined;
}

/**
 * A word broken over several lines ("or-", "ganisa-", "tion"): its parts with their hyphens,
 * read on from a line whose last word ends in a hyphen.
 */
function brokenWord(pages: PdfPage[], start: Place, tail: string, continued: Set<string>): string[] {
  const parts = [tail];
  let place: Place | undefined = start;
  while (place) {
    continued.add(`${place.p}:${place.l}:${place.x}`);
    const words = place.text.trim().split(/\s+/);
    parts.push(words[0]!);
    if (words.length > 1 || !/\p{L}-$/u.test(words[0]!)) break;
    place = continuation(pages, place.p, place.l, place.x);
  }
  return parts;
}

/**
 * What of the signature block is not on the page of its heading: the labels of the signature
 * table's rows found only elsewhere (empty when heading and table share a page).
 */
function signatureApart(markdown: string, pages: PdfPage[]): string[] {
  const blocks = markdownBlocks(markdown);
  const index = blocks.findIndex(isSignatureTable);
  if (index <= 0) return ['no signature table'];
  const table = blocks[index] as Extract<Block, { type: 'table' }>;
  const heading = blocks.slice(0, index).findLast((block) => block.type === 'heading');
  if (!heading) return ['no heading before the signature table'];
  const start = squeeze(runsText(heading.runs)).slice(0, 16);
  const page = pages.findLast((p) => p.lines.some((line) => squeeze(line.text).startsWith(start)));
  if (!page) return [`the heading "${runsText(heading.runs)}" not found`];
  const after = page.lines.slice(page.lines.findIndex((line) => squeeze(line.text).startsWith(start)));
  const apart: string[] = [];
  for (const row of table.rows) {
    const label = squeeze(runsText(row[0] ?? [])).slice(0, 5);
    if (label === '') continue;
    const found = after.some((line) => line.segments.some((s) => squeeze(s.text).startsWith(label)));
    if (!found) apart.push(`"${runsText(row[0]!)}" not on page ${page.number} with the heading`);
  }
  return apart;
}

/** Line-end breaks inside a word that have no hyphen, or are not at a hyphenation point. */
function badBreaks(file: { markdown: string }, pages: PdfPage[], hyphenate: Hyphenator): string[] {
  const words = markdownWords(file.markdown);
  const problems: string[] = [];
  const continued = new Set<string>();
  pages.forEach((page, p) => {
    page.lines.forEach((line, l) => {
      for (const segment of line.segments) {
        const next = continuation(pages, p, l, segment.x);
        if (next === undefined) continue;
        const tail = segment.text.trim().split(/\s+/).pop()!;
        const head = next.text.trim().split(/\s+/)[0]!;
        if (/\p{L}-$/u.test(tail)) {
          // The middle parts of a word broken over several lines were checked with its first.
          if (continued.has(`${p}:${l}:${segment.x}`) && !/\s/.test(segment.text.trim())) continue;
          const parts = brokenWord(pages, next, tail, continued);
          if (words.has(bare(`${tail}${head}`))) continue; // a word's own hyphen ("medico-social")
          const joined = bare(
            parts.map((part, i) => (i < parts.length - 1 ? part.slice(0, -1) : part)).join(''),
          );
          if (!words.has(joined)) {
            problems.push(`page ${page.number}: "${parts.join('|')}" is no word of the Markdown`);
            continue;
          }
          const at = bare(tail.slice(0, -1)).length;
          const atPoint = hyphenate(joined).some((point) => point.at === at);
          if (!atPoint && joined.length <= LONGEST_UNBREAKABLE) {
            problems.push(
              `page ${page.number}: "${parts.join('|')}" is cut where it has no hyphenation point`,
            );
          }
        } else if (/\p{L}$/u.test(tail) && /^\p{Ll}/u.test(head)) {
          const joined = bare(tail + head);
          if (words.has(joined) && !words.has(bare(tail)) && !words.has(bare(head))) {
            problems.push(`page ${page.number}: "${tail}|${head}" broken without a hyphen`);
          }
        }
      }
    });
  });
  return problems;
}

describe('typesetting of every example and fixture', () => {
  const hyphenators = new Map<string, Hyphenator>();
  const layouts = new Map<string, PdfPage[]>();
  beforeAll(async () => {
    for (const lang of LANGS) hyphenators.set(lang, await loadHyphenator(lang));
    for (const file of rendered) layouts.set(file.pdf, await pdfLayout(file.pdf));
  }, 120_000);

  it('rendered every example in both languages', () => {
    for (const lang of LANGS) {
      for (const example of readdirSync(join(ROOT, 'examples'))) {
        const stem = `examples_${example.replace(/\.yaml$/, '')}`;
        expect(existsSync(join(output, lang, `${stem}.mou.${lang}.pdf`)), `${stem} ${lang}`).toBe(true);
        expect(existsSync(join(output, lang, `${stem}.concept-note.${lang}.pdf`)), `${stem} ${lang}`).toBe(
          true,
        );
      }
    }
    expect(rendered.length).toBeGreaterThanOrEqual(4 * 2 * 2);
  });

  it.each(rendered)('$name: no page ends with a heading or a table header row', (file) => {
    const pages = layouts.get(file.pdf)!;
    const headers = tableHeaders(markdownBlocks(file.markdown));
    for (const page of pages.slice(0, -1)) {
      const last = page.lines[page.lines.length - 1];
      if (!last) continue;
      expect(isHeadingLine(last), `page ${page.number} ends with the heading "${last.text}"`).toBe(false);
      const onlyHeader = headers.some(
        (cells) =>
          last.segments.length >= 2 &&
          last.segments.every((segment) => cells.some((cell) => cell.includes(squeeze(segment.text)))),
      );
      expect(onlyHeader, `page ${page.number} ends with a table header: "${last.text}"`).toBe(false);
    }
  });

  it.each(rendered.filter((file) => file.name.includes('.mou.')))(
    '$name: the signature heading and every label of the signature table are on one page',
    (file) => {
      expect(signatureApart(file.markdown, layouts.get(file.pdf)!)).toEqual([]);
    },
  );

  it.each(rendered)('$name: words break only at hyphenation points, with a hyphen', (file) => {
    expect(badBreaks(file, layouts.get(file.pdf)!, hyphenators.get(file.lang)!)).toEqual([]);
  });
});

describe('Word files keep the same things together', () => {
  it.each(rendered)(
    '$name: keep-with-next, rows that cannot split, repeated headers, embedded fonts',
    async (file) => {
      const zip = await JSZip.loadAsync(readFileSync(file.docx));
      const xml = await zip.file('word/document.xml')!.async('string');
      const styles = await zip.file('word/styles.xml')!.async('string');
      const fontTable = await zip.file('word/fontTable.xml')!.async('string');
      // Headings: keep with next through their styles.
      for (const style of ['Heading1', 'Heading2', 'Heading3']) {
        const definition = new RegExp(`<w:style [^>]*w:styleId="${style}"[\\s\\S]*?</w:style>`).exec(
          styles,
        )?.[0];
        expect(definition, style).toContain('<w:keepNext/>');
      }
      const blocks = markdownBlocks(file.markdown);
      const paragraphs = xml.split('</w:p>');
      const textOf = (paragraph: string) =>
        squeeze(
          paragraph
            .replace(/<[^>]+>/g, '')
            .replace(/&(lt|gt|quot|apos|amp);/g, (_m, name: string) =>
              name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'apos' ? "'" : '&',
            ),
        );
      blocks.forEach((block, i) => {
        const next = blocks[i + 1];
        if (!isLeadIn(block) || !next || (next.type !== 'list' && next.type !== 'table')) return;
        const text = squeeze(runsText((block as Extract<Block, { type: 'paragraph' }>).runs));
        const paragraph = paragraphs.find((p) => textOf(p).endsWith(text.slice(-30)));
        expect(paragraph, `lead-in "${text.slice(0, 40)}"`).toBeDefined();
        expect(paragraph, `lead-in "${text.slice(0, 40)}" keeps with next`).toContain('<w:keepNext/>');
      });
      // Header rows repeat and never split.
      for (const row of xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []) {
        if (row.includes('<w:tblHeader/>')) expect(row).toContain('<w:cantSplit/>');
      }
      // The signature table: every row whole, every row but the last kept with the next, and
      // the whole table inside the one row, that cannot split, of a one-cell table.
      if (file.name.includes('.mou.')) {
        const innermost = [...xml.matchAll(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g)];
        const signature = innermost.findLast((match) => /_{5,}/.test(match[0]))!;
        expect(signature).toBeDefined();
        const rows = signature[0].match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
        for (const row of rows) expect(row).toContain('<w:cantSplit/>');
        for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
        const outer = xml.slice(xml.lastIndexOf('<w:tbl>', signature.index - 1), signature.index);
        expect(outer.match(/<w:tr>/g)).toHaveLength(1);
        expect(outer.match(/<w:tc>/g)).toHaveLength(1);
        expect(outer).toContain('<w:cantSplit/>');
      }
      // Tables keep the widths measured from their text, and the language and hyphenation are set.
      for (const table of xml.match(/<w:tblPr>[\s\S]*?<\/w:tblPr>/g) ?? []) {
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      }
      const settings = await zip.file('word/settings.xml')!.async('string');
      expect(settings).toContain('<w:autoHyphenation/>');
      expect(styles).toContain(`<w:lang w:val="${file.lang === 'en' ? 'en-GB' : 'ru-RU'}"/>`);
      // Fonts: the Noto Sans faces travel with the file.
      expect(
        Object.keys(zip.files).filter((name) => /^word\/fonts\/.+\.odttf$/.test(name)).length,
      ).toBeGreaterThanOrEqual(2);
      expect(fontTable).toContain('w:embedRegular');
      expect(fontTable).toContain('w:embedBold');
      // The key in the font table decodes the regular face back to a TrueType font.
      const key = /w:embedRegular r:id="rId1" w:fontKey="\{([0-9A-F-]+)\}"/.exec(fontTable)![1]!;
      const bytes = (key.replace(/-/g, '').match(/../g) ?? []).map((pair) => parseInt(pair, 16)).reverse();
      const font = await zip.file('word/fonts/font1.odttf')!.async('uint8array');
      expect([...font.slice(0, 4)].map((byte, i) => byte ^ bytes[i]!)).toEqual([0, 1, 0, 0]);
    },
  );
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;

/** Converts Word files to PDF with LibreOffice, all in one run (it starts slowly); returns the PDFs. */
function convertWithLibreOffice(files: readonly string[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const converted = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    encoding: 'utf8',
    timeout: 1_200_000,
    env: { ...process.env, HOME: dir },
  });
  if (converted.status !== 0) throw new Error(`soffice: ${converted.status} ${converted.stderr}`);
  return files.map((file) => join(dir, `${basename(file, '.docx')}.pdf`));
}

describe.skipIf(!soffice)('Word files in LibreOffice', () => {
  const dir = tempDir('pp-typeset-lo-');
  const layoutsLo = new Map<string, PdfPage[]>();
  const hyphenators = new Map<string, Hyphenator>();
  // The side-by-side memorandum, whose signature table has both languages' labels.
  const sideBySide = join(output, 'side-by-side');
  const sideBySideFile = 'examples_kg-women-colony.mou.ky+ru';
  beforeAll(async () => {
    const result = spawnSync(
      process.execPath,
      [
        BIN,
        'render',
        join(input, 'examples_kg-women-colony.yaml'),
        '-o',
        sideBySide,
        '--lang',
        'ky+ru',
        '--draft',
        '-d',
        'mou',
        '-f',
        'md,docx',
        '-q',
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (result.status !== 0) throw new Error(`render ky+ru: ${result.status} ${result.stderr}`);
    const docx = [...rendered.map((file) => file.docx), join(sideBySide, `${sideBySideFile}.docx`)];
    const pdfs = convertWithLibreOffice(docx, dir);
    for (const [i, pdf] of pdfs.entries()) layoutsLo.set(docx[i]!, await pdfLayout(pdf));
    for (const lang of LANGS) hyphenators.set(lang, await loadHyphenator(lang));
  }, 1_500_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(rendered.filter((file) => file.name.includes('.mou.')))(
    '$name: the signature heading and every label of the signature table are on one page',
    (file) => {
      expect(signatureApart(file.markdown, layoutsLo.get(file.docx)!)).toEqual([]);
    },
  );

  it('keeps the side-by-side (ky+ru) signature heading and table on one page', () => {
    const markdown = readFileSync(join(sideBySide, `${sideBySideFile}.md`), 'utf8');
    const pages = layoutsLo.get(join(sideBySide, `${sideBySideFile}.docx`))!;
    expect(signatureApart(markdown, pages)).toEqual([]);
  });

  it.each(rendered)('$name: words break only at hyphenation points, with a hyphen', (file) => {
    // A chain of hyphenated parts that does not join into a word of the Markdown is how pdf.js
    // reads some of LibreOffice's lines, not a wrong break: in a justified line LibreOffice
    // leaves a point between the parts of a word around a soft hyphen, which pdf.js reads as a
    // space ("Спе циали-|сты"), and the 500-letter codes of the long-word fixture are read in
    // pieces. Every break of those parts has its hyphen; breaks without one are all checked.
    const problems = badBreaks(file, layoutsLo.get(file.docx)!, hyphenators.get(file.lang)!);
    expect(problems.filter((problem) => !problem.endsWith('is no word of the Markdown'))).toEqual([]);
  });
});
