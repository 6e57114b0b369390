/**
 * The rendered PDF and DOCX read back: both parties, every section heading, the indicator
 * values, and the Cyrillic and Central Asian letters of the answers are in the text; headings are
 * bookmarks in the PDF and Word heading styles in the DOCX; two renders are byte-identical.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { marked, type Tokens } from 'marked';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { renderFile } from '../../../src/adapters/render-files.js';
import type { RenderOptions } from '../../../src/adapters/render-plan.js';
import { templateLanguages } from '../../../src/adapters/template-files.js';
import type { Answers } from '../../../src/core/answers/types.js';
import { DOC_KINDS } from '../../../src/core/document/types.js';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { compact, readDocx, readPdf } from './read-back.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));
const t = translatorFor('en');
/** Letters of the Central Asian Cyrillic alphabets and Uzbek Latin beyond Russian and English. */
const SPECIAL = /[ӘәҒғҚқҢңӨөҰұҮүҺһІіҶҷӢӣӮӯҲҳЎўʻ]/gu;

function renderOptions(outDir: string, lang: string): RenderOptions {
  return { outDir, formats: ['md', 'pdf', 'docx'], docs: [...DOC_KINDS], lang, force: false, draft: false };
}

/** Strings from the answers that both documents print. */
function printedAnswers(answers: Answers): string[] {
  return [
    answers.parties.prison.name,
    answers.parties.cso.name,
    ...answers.services.map((service) => service.name),
    ...answers.project.institutions.map((institution) => institution.name),
  ];
}

const unescape = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

function headings(markdown: string): string[] {
  return marked
    .lexer(markdown)
    .filter((token): token is Tokens.Heading => token.type === 'heading')
    .map((token) => unescape(token.text).replace(/\*\*/g, ''));
}

/** Cells of the indicator table, as the Markdown has them. */
function indicatorCells(markdown: string): string[] {
  const table = marked
    .lexer(markdown)
    .find((token): token is Tokens.Table => token.type === 'table' && [6, 7].includes(token.header.length));
  // Emphasis marks (the logframe's disaggregation) are layout, not text.
  return (table?.rows ?? []).flatMap((row) =>
    row.map((cell) => unescape(cell.text.replace(/(?<!\\)\*/g, ''))),
  );
}

const cases = EXAMPLES.flatMap((example) => {
  const answers = parse(readFileSync(join(ROOT, 'examples', example), 'utf8')) as Answers;
  const own = answers.language ?? 'en';
  const langs = templateLanguages().filter((lang) => lang === 'en' || lang === own);
  return langs.map((lang) => ({ example, lang, answers }));
});

describe.each(cases)('$example in $lang', ({ example, lang, answers }) => {
  const stem = basename(example, '.yaml');
  const out = tempDir('pp-render-');
  const again = tempDir('pp-render-again-');
  const file = join(ROOT, 'examples', example);

  beforeAll(async () => {
    const first = await renderFile(file, renderOptions(out, lang), { t });
    expect(first.errors).toEqual([]);
    const second = await renderFile(file, renderOptions(again, lang), { t });
    expect(second.ok).toBe(true);
  });

  it.each(DOC_KINDS)(
    '%s: PDF and DOCX hold the parties, headings, indicators and special letters',
    async (doc) => {
      const name = `${stem}.${doc}.${lang}`;
      const markdown = readFileSync(join(out, `${name}.md`), 'utf8');
      const pdf = await readPdf(readFileSync(join(out, `${name}.pdf`)));
      const docx = await readDocx(readFileSync(join(out, `${name}.docx`)));
      const expected = [...printedAnswers(answers), ...headings(markdown), ...indicatorCells(markdown)];
      expect(indicatorCells(markdown).length).toBeGreaterThan(0);
      for (const text of expected) {
        expect(pdf.compact, `PDF: ${text}`).toContain(compact(text));
        expect(docx.compact, `DOCX: ${text}`).toContain(compact(text));
      }
      const letters = new Set(printedAnswers(answers).join('').match(SPECIAL) ?? []);
      for (const letter of letters) {
        expect(pdf.compact, `PDF letter ${letter}`).toContain(letter);
        expect(docx.compact, `DOCX letter ${letter}`).toContain(letter);
      }
      expect(pdf.compact).not.toContain('\uFFFD');
      expect(pdf.outline).toEqual(
        headings(markdown).filter((h) => markdown.includes(`## ${h}`) || markdown.startsWith(`# ${h}`)),
      );
      expect(pdf.info.Author).toBe(`${answers.parties.prison.name}; ${answers.parties.cso.name}`);
      expect(String(pdf.info.Title)).toContain(answers.project.title);
      expect(pdf.info.Language ?? lang).toBe(lang);
      expect(docx.xml.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBe(markdown.match(/^## /gm)?.length);
      expect(docx.xml).toContain('<w:tblHeader/>');
      expect(docx.core).toContain(answers.parties.cso.name.replace(/"/g, '&#34;'));
    },
  );

  it('renders byte-identical files twice', () => {
    for (const doc of DOC_KINDS) {
      for (const format of ['md', 'pdf', 'docx']) {
        const name = `${stem}.${doc}.${lang}.${format}`;
        expect(readFileSync(join(again, name)).equals(readFileSync(join(out, name))), name).toBe(true);
      }
    }
  });
});
