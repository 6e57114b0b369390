/**
 * The checklist handout as an A4 PDF for printing in black and white: each question is followed
 * by drawn lines to write on, and each area ends with a box for who completes it and when.
 * Lines and boxes are drawn, not typed, so no glyph the font lacks is ever needed.
 */
import type { Handout } from '../core/checklist/handout.js';
import { FACE_NAME, FACES, loadFonts, type Face } from './pdf/fonts.js';

const MARGIN = 56;
const LINE_GAP = 22;
const WRITING_LINES = 3;
const BOX_HEIGHT = 40;

type Doc = PDFKit.PDFDocument;

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function writingLines(doc: Doc, count: number): void {
  const width = doc.page.width - 2 * MARGIN;
  for (let i = 0; i < count; i++) {
    doc.y += LINE_GAP;
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor('#555555')
      .stroke();
  }
  doc.y += 10;
}

function followUpBox(doc: Doc, label: string, font: (face: Face) => Doc): void {
  ensureSpace(doc, BOX_HEIGHT + 30);
  const width = doc.page.width - 2 * MARGIN;
  font('italic').fontSize(9).fillColor('#000000').text(label, MARGIN, doc.y);
  const top = doc.y + 4;
  doc.rect(MARGIN, top, width, BOX_HEIGHT).lineWidth(0.8).strokeColor('#000000').stroke();
  doc.y = top + BOX_HEIGHT + 16;
}

function pageNumbers(doc: Doc, title: string, font: (face: Face) => Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    font('regular').fontSize(8).fillColor('#444444');
    const bottom = doc.page.height - MARGIN / 2 - 8;
    doc.page.margins.bottom = 0;
    doc.text(`${title} · ${i + 1}/${range.count}`, MARGIN, bottom, {
      width: doc.page.width - 2 * MARGIN,
      align: 'center',
      lineBreak: false,
    });
  }
}

export async function handoutPdf(handout: Handout, lang: string): Promise<Uint8Array> {
  const [{ default: PDFDocument }, fonts] = await Promise.all([import('pdfkit'), loadFonts()]);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang,
    font: null as unknown as string, // skip loading Helvetica: it cannot draw Cyrillic anyway
    info: { Title: handout.title, Subject: handout.subtitle, CreationDate: new Date(Date.UTC(2025, 0, 1)) },
  });
  for (const face of FACES) doc.registerFont(FACE_NAME[face], fonts[face] as unknown as Buffer);
  const font = (face: Face) => doc.font(FACE_NAME[face]);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  font('bold').fontSize(16).text(handout.title);
  font('italic').fontSize(10).moveDown(0.3).text(handout.subtitle);
  font('regular').fontSize(10).moveDown(0.6).text(handout.intro, { align: 'justify' });
  for (const area of handout.areas) {
    ensureSpace(doc, 160);
    doc.moveDown(1);
    font('bold').fontSize(13).fillColor('#000000').text(`${area.heading}: ${area.title}`);
    font('italic').fontSize(9).moveDown(0.3).text(area.why, { align: 'justify' });
    area.questions.forEach((question, index) => {
      ensureSpace(doc, 40 + WRITING_LINES * LINE_GAP);
      doc.moveDown(0.6);
      font('bold')
        .fontSize(10.5)
        .text(`${area.number}.${index + 1}. ${question}`, MARGIN);
      writingLines(doc, WRITING_LINES);
    });
    followUpBox(doc, handout.followUpLabel, font);
  }
  font('italic').fontSize(8).text(handout.source, MARGIN);
  pageNumbers(doc, handout.title, font);
  doc.end();
  return done;
}
