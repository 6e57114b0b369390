/**
 * Markdown blocks → DOCX bytes with the `docx` package (imported lazily), the format parties
 * negotiate in: Word heading styles, numbering, tables with repeating header rows, "page X of Y"
 * fields, and the same title, author and date as the PDF. Byte-identical for the same input:
 * the core properties are written with the given date and the zip entries are re-dated.
 */
import { pageLabelParts, type DocumentMeta } from '../../core/document/meta.js';
import type { Block } from '../../core/document/blocks.js';
import { loadHyphenator } from '../../core/typography/hyphenation.js';
import { fitToWidth, loadFonts, textWidth, type FontSet } from '../pdf/fonts.js';
import { setZipDates } from './zip-dates.js';

/**
 * The Word file names Noto Sans and carries it: the regular and bold faces always, the italic
 * ones when the text has italics. Few Windows or macOS machines have Noto Sans, and a word
 * processor that substitutes another font changes every line and page break, and may lack a
 * Kazakh, Tajik or Uzbek letter; the embedded faces are the ones the PDF uses and the glyph
 * check has vetted. The cost is the size of the file (about 0.6 MB per face, compressed to
 * about half in the zip).
 */
const FONT = 'Noto Sans';

/** Characters XML 1.0 forbids even as references: dropped, or Word refuses the file (the loader refuses them first). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

function hasItalic(blocks: readonly Block[]): boolean {
  return blocks.some((block) => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return block.runs.some((run) => run.italic);
      case 'list':
        return block.items.some((item) => item.runs.some((run) => run.italic) || hasItalic(item.children));
      case 'table':
        return [block.header, ...block.rows].some((row) =>
          row.some((cell) => cell.some((run) => run.italic)),
        );
      case 'quote':
        return hasItalic(block.blocks);
      case 'parallel':
        return hasItalic(block.left) || hasItalic(block.right);
      default:
        return false;
    }
  });
}

function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** docProps/core.xml with a fixed date (docx would write the current time). */
function coreProperties(meta: DocumentMeta): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('cp:keywords', meta.keywords) +
    element('dc:language', meta.lang) +
    element('cp:lastModifiedBy', 'prison-protocol') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The header's size in points (`size: 15` half-points). */
const HEADER_SIZE = 7.5;

/**
 * The document title as the running header shows it: on one line, cut with an ellipsis as the
 * PDF's header is, so that a long title does not fill the top of every page.
 */
function runningHeader(meta: DocumentMeta, faces: FontSet, contentWidth: number): string {
  const width = contentWidth / 20;
  const watermark = meta.watermark ? textWidth(faces.bold, `   ${meta.watermark}`, HEADER_SIZE) : 0;
  // A little room to spare: Word's and LibreOffice's line breaking differ slightly from ours.
  return fitToWidth(faces.regular, meta.title, (width - watermark) * 0.97, HEADER_SIZE);
}

export async function renderDocx(blocks: readonly Block[], meta: DocumentMeta): Promise<Uint8Array> {
  const docx = await import('docx');
  const { DocxBuilder, BULLETS, NUMBERS, CONTENT_WIDTH } = await import('./docx-blocks.js');
  const { AlignmentType, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, TextRun } =
    docx;
  const { embeddedFonts, stableFontKeys } = await import('./embedded-fonts.js');
  const [hyphenate, fonts, faces] = await Promise.all([
    loadHyphenator(meta.lang),
    embeddedFonts(hasItalic(blocks)),
    loadFonts(),
  ]);
  const builder = new DocxBuilder(faces, hyphenate);
  builder.add(blocks);
  const grey = '6B6B6B';
  const headerRuns = [
    new TextRun({ text: runningHeader(meta, faces, CONTENT_WIDTH), size: 15, color: grey }),
  ];
  if (meta.watermark)
    headerRuns.push(new TextRun({ text: `   ${meta.watermark}`, size: 15, bold: true, color: 'B00000' }));
  const footerChildren = pageLabelParts(meta).map((part) =>
    part === 'page' ? PageNumber.CURRENT : part === 'pages' ? PageNumber.TOTAL_PAGES : part,
  );
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (n: number) => string) =>
    [0, 1, 2].map((n) => ({
      level: n,
      format,
      text: text(n),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360 * (n + 1), hanging: 300 } } },
    }));
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords,
    fonts: fonts.options,
    // Word and LibreOffice hyphenate with their own dictionaries where they have one for the
    // language (the soft hyphens already in the words break them everywhere else).
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, doNotHyphenateCaps: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 20, language: { value: meta.locale } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: {
          run: { font: FONT, size: 34, bold: true, color: '14324F' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            keepNext: true,
            keepLines: true,
          },
        },
        heading2: {
          run: { font: FONT, size: 25, bold: true, color: '14324F' },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, color: '14324F' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
        },
      },
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: level(LevelFormat.BULLET, (n) => ['•', '–', '·'][n]!) },
        { reference: NUMBERS, levels: level(LevelFormat.DECIMAL, (n) => `%${n + 1}.`) },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 },
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ children: headerRuns })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: footerChildren, size: 15, color: grey })],
              }),
            ],
          }),
        },
        children: builder.children,
      },
    ],
  });
  stableFontKeys(document, fonts.keys);
  const zip = await Packer.toBuffer(document, undefined, [
    { path: 'docProps/core.xml', data: coreProperties(meta) },
    ...fonts.overrides,
  ]);
  return setZipDates(zip, meta.date);
}
