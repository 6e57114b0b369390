/**
 * The Turkmen document pack (#16) through the built CLI: the MoU and the concept note in
 * Markdown, PDF and DOCX for every bundled example; the PDF read back holds the MoU's article
 * headings ("1-nji madda. …"); the Markdown holds no word of the English or Russian fixed text;
 * `--lang tk+ru` pairs the articles on the same PDF page with one signature table; and
 * `originals: [tk, ru]` writes both memoranda, each naming both languages.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { expectPairsOnOnePage, headings, templateText } from '../helpers/documents.js';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { readDocx } from '../unit/pdf/read-back.js';

const EXAMPLES = ['kg-women-colony', 'kz-probation', 'tj-oat-release', 'uz-pilot'];
const DRAFTS = [
  'test/fixtures/render/incomplete.yaml',
  'test/fixtures/render/concept-note-complete.yaml',
  'test/fixtures/training-visit.yaml',
];
const compact = (text: string) => text.replace(/\s+/g, '');

/** The words of a text, lower-cased (Latin and Cyrillic letters, apostrophes inside words). */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}][\p{L}’'-]*[\p{L}]/gu) ?? []);
}

/** Words of the English and Russian fixed text that the Turkmen text must not contain. */
function foreignWords(answersFile: string): Set<string> {
  const allowed = new Set([
    ...words(templateText('tk')),
    ...words(readFileSync(answersFile, 'utf8')),
    ...words(readFileSync(join(ROOT, 'locales/tk/render.json'), 'utf8')),
    ...words(readFileSync(join(ROOT, 'locales/tk/check.json'), 'utf8')),
    ...words(readFileSync(join(ROOT, 'locales/tk/countries.json'), 'utf8')),
  ]);
  const foreign = new Set<string>();
  for (const word of [...words(templateText('en')), ...words(templateText('ru'))]) {
    if (!allowed.has(word)) foreign.add(word);
  }
  return foreign;
}

function render(file: string, args: string[]): string {
  const dir = tempDir('pp-tk-');
  const run = runCli(['render', join(ROOT, file), '-o', dir, '--force', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return dir;
}

describe.each(EXAMPLES)('Turkmen documents of examples/%s.yaml', (example) => {
  const file = `examples/${example}.yaml`;
  let dir = '';
  let mou = '';
  let note = '';
  beforeAll(() => {
    dir = render(file, ['--lang', 'tk', '-f', 'md,pdf,docx']);
    mou = readFileSync(join(dir, `${example}.mou.tk.md`), 'utf8');
    note = readFileSync(join(dir, `${example}.concept-note.tk.md`), 'utf8');
  });

  it('writes the MoU and the concept note as Markdown, PDF and DOCX', () => {
    const names = ['mou', 'concept-note'].flatMap((doc) =>
      ['md', 'pdf', 'docx'].map((ext) => `${example}.${doc}.tk.${ext}`),
    );
    expect(readdirSync(dir).sort()).toEqual(names.sort());
  });

  it('numbers the articles of the MoU with the Turkmen ordinal suffix', () => {
    // The annexes after the signatures are "1-nji goşundy", not articles (mou-annexes.test.ts).
    const articles = headings(mou)
      .slice(1)
      .filter((heading) => !/^\d+-nj[iy] goşundy\. /.test(heading));
    expect(articles[0]).toBe('1-nji madda. Memorandumyň predmeti');
    expect(articles).toContain('6-njy madda. Raýat jemgyýeti guramasynyň borçnamalary');
    expect(articles).toContain('9-njy madda. Edaralara girmek we howpsuzlyk tertibi');
    expect(articles.every((heading) => /^\d+-nj[iy] madda\. /.test(heading))).toBe(true);
  });

  it('has the MoU’s article headings in the PDF read back', async () => {
    const text = compact(await pdfText(join(dir, `${example}.mou.tk.pdf`)));
    for (const heading of headings(mou)) expect(text, heading).toContain(compact(heading));
  });

  it('has the concept note’s text in the PDF and the DOCX', async () => {
    const pdf = compact(await pdfText(join(dir, `${example}.concept-note.tk.pdf`)));
    expect(pdf).toContain(compact('Synag taslamasynyň konsepsiýasy'));
    expect(pdf).toContain(compact('Töwekgelçilikler we olary azaltmagyň çäreleri'));
    const docx = await readDocx(readFileSync(join(dir, `${example}.mou.tk.docx`)));
    expect(docx.compact).toContain(compact('Jemleýji düzgünler'));
  });

  it('leaves no word of the English or Russian fixed text, no `{{` and no "undefined"', () => {
    const foreign = foreignWords(join(ROOT, file));
    for (const [name, text] of [
      ['mou', mou],
      ['concept note', note],
    ] as const) {
      const leaked = [...words(text)].filter((word) => foreign.has(word));
      expect(leaked, name).toEqual([]);
      expect(text).not.toContain('{{');
      expect(text).not.toContain('undefined');
    }
  });

  it('writes the signing date in the official Turkmen form', () => {
    if (example !== 'kg-women-colony') return;
    expect(mou).toContain('2027-nji ýylyň 15-nji marty');
  });
});

describe.each(DRAFTS)('Turkmen drafts of %s', (file) => {
  let dir = '';
  beforeAll(() => {
    dir = render(file, ['--lang', 'tk', '-f', 'md', '--draft']);
  });

  it('marks what is missing in Turkmen and leaves no foreign fixed text', () => {
    const foreign = foreignWords(join(ROOT, file));
    const outputs = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(outputs).toHaveLength(2);
    for (const name of outputs) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(
        [...words(text)].filter((word) => foreign.has(word)),
        name,
      ).toEqual([]);
      expect(text).not.toContain('{{');
      expect(text).not.toContain('undefined');
    }
  });
});

describe('side by side, --lang tk+ru', () => {
  const example = 'kg-women-colony';
  let dir = '';
  let pages: string[] = [];
  const single: Record<string, string> = {};
  beforeAll(async () => {
    dir = render(`examples/${example}.yaml`, ['-d', 'mou', '-f', 'md,pdf,docx', '--lang', 'tk+ru']);
    const alone = tempDir('pp-tk-alone-');
    for (const lang of ['tk', 'ru']) {
      const run = runCli([
        'render',
        join(ROOT, 'examples', `${example}.yaml`),
        '-o',
        alone,
        '-d',
        'mou',
        '-f',
        'md',
        '--lang',
        lang,
      ]);
      expect(run.code, run.stderr).toBe(0);
      single[lang] = readFileSync(join(alone, `${example}.mou.${lang}.md`), 'utf8');
    }
    pages = (await pdfPages(join(dir, `${example}.mou.tk+ru.pdf`))).map(compact);
  });

  it('writes one document, with the same number of articles in both languages', () => {
    expect(readdirSync(dir).sort()).toEqual(
      ['docx', 'md', 'pdf'].map((ext) => `${example}.mou.tk+ru.${ext}`),
    );
    expect(headings(single.tk!)).toHaveLength(headings(single.ru!).length);
  });

  it('puts the two headings of each article on the same page of the PDF', () => {
    const [a, b] = [headings(single.tk!), headings(single.ru!)];
    // The merged signature article carries both headings; its table is checked below.
    expectPairsOnOnePage(
      a.map((heading, k) => [heading, b[k]!] as const),
      pages,
      compact,
    );
  });

  it('has one signature table, with both languages’ labels', () => {
    const all = pages.join('');
    expect(all.match(/_{20}/g)).toHaveLength(2);
    expect(all).toContain('Goly/Подпись');
    expect(all).toContain('Möhüri/Печать');
  });

  it('says in both final provisions that each original carries both texts', () => {
    const markdown = readFileSync(join(dir, `${example}.mou.tk+ru.md`), 'utf8');
    expect(markdown).toContain(
      'iki asyl nusgada, olaryň her biri türkmen we rus dillerindäki tekstler bilen',
    );
    expect(markdown).toContain('в двух экземплярах, каждый на');
  });
});

describe('originals: [tk, ru]', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir('pp-tk-originals-');
    const source = readFileSync(join(ROOT, 'examples/kg-women-colony.yaml'), 'utf8');
    const file = join(dir, 'kg.yaml');
    writeFileSync(file, source.replace(/^language: en$/m, 'language: en\noriginals: [tk, ru]'));
    const run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md']);
    expect(run.code, run.stderr).toBe(0);
  });

  it('writes the memorandum in both languages', () => {
    expect(readdirSync(dir).sort()).toEqual(['kg.mou.ru.md', 'kg.mou.tk.md', 'kg.yaml']);
  });

  it('names both languages in each final provisions', () => {
    const tk = readFileSync(join(dir, 'kg.mou.tk.md'), 'utf8');
    const ru = readFileSync(join(dir, 'kg.mou.ru.md'), 'utf8');
    expect(tk).toContain(
      'dört asyl nusgada, türkmen we rus dillerinde iki nusgadan, Taraplaryň her biri üçin her dilde bir nusgadan düzüldi; ähli tekstler deň güýje eýedir.',
    );
    expect(ru).toMatch(/по два на туркменском и русском языках/);
  });
});

describe('roundtable marks in a Turkmen draft', () => {
  it('lists the open points under a Turkmen heading, with their status in Turkmen', () => {
    const dir = tempDir('pp-tk-roundtable-');
    const source = readFileSync(join(ROOT, 'examples/kg-women-colony.yaml'), 'utf8');
    const file = join(dir, 'kg.yaml');
    writeFileSync(
      file,
      `${source}roundtable:\n  - answer: services.1.implementer\n    status: disputed\n    by: Köpürö\n  - answer: project.title\n    status: parked\n`,
    );
    const run = runCli(['render', file, '-o', dir, '--lang', 'tk', '--draft', '-f', 'md']);
    expect(run.code, run.stderr).toBe(0);
    for (const doc of ['mou', 'concept-note']) {
      const markdown = readFileSync(join(dir, `kg.${doc}.tk.md`), 'utf8');
      expect(markdown).toContain('## Tegelek stoluň açyk galan meseleleri');
      expect(markdown).toMatch(/: jedelli; kim tarapyndan Köpürö/);
      expect(markdown).toMatch(/: soňa goýuldy/);
    }
  });
});
