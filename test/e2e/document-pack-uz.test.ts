/**
 * The Uzbek document pack (#16) through the built CLI: the MoU and the concept note of every
 * bundled example in Markdown, PDF and DOCX, with the Uzbek article headings read back from the
 * PDF and no word of the English or Russian fixed text left in the Markdown; side-by-side
 * `--lang uz+ru` and `uz+en` documents with each article's headings on the same page and one
 * signature table; `originals: [uz, ru]` naming both languages in each final provisions.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { expectPairsOnOnePage, headings, pairedFromEnd, templateText } from '../helpers/documents.js';
import { pdfPages } from '../helpers/pdf-text.js';
import { compact, readDocx } from '../unit/pdf/read-back.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const DOCUMENTS = ['mou', 'concept-note'] as const;

/** The words of a text (letters, including the Uzbek ʻ and ʼ), lower case. */
function words(text: string): Set<string> {
  return new Set((text.match(/[\p{L}\u02BB\u02BC]+/gu) ?? []).map((word) => word.toLowerCase()));
}

/** The Uzbek pack's own words: its templates and its catalogues (labels, profiles, advice). */
function uzbekWords(): Set<string> {
  const catalogues = readdirSync(join(ROOT, 'locales', 'uz'))
    .map((name) => readFileSync(join(ROOT, 'locales', 'uz', name), 'utf8'))
    .join('\n');
  return words(`${templateText('uz')}\n${catalogues}`);
}

/**
 * Words of the English and Russian fixed text that must not appear in an Uzbek document:
 * those of templates/en and templates/ru, minus words the Uzbek pack uses itself (names such
 * as CADAP or Mandela) and words of the answers file (the partners may write in any language).
 */
function foreignWords(answersFile: string): Set<string> {
  const own = uzbekWords();
  const answers = words(readFileSync(answersFile, 'utf8'));
  const foreign = words(`${templateText('en')}\n${templateText('ru')}`);
  return new Set([...foreign].filter((word) => word.length >= 3 && !own.has(word) && !answers.has(word)));
}

describe('Uzbek documents of the bundled examples', () => {
  const dir = tempDir('pp-pack-uz-');
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli([
      'render',
      ...EXAMPLES.map((name) => join(ROOT, 'examples', `${name}.yaml`)),
      '--lang',
      'uz',
      '-f',
      'md,pdf,docx',
      '-o',
      dir,
      '--jobs',
      '2',
    ]);
  });

  it('renders every example in Markdown, PDF and DOCX, and says the pack is unreviewed', () => {
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(dir);
    for (const name of EXAMPLES) {
      for (const doc of DOCUMENTS) {
        for (const ext of ['md', 'pdf', 'docx']) expect(files).toContain(`${name}.${doc}.uz.${ext}`);
      }
    }
    expect(run.stdout + run.stderr).toContain('Uzbek (uz)');
  });

  describe.each(EXAMPLES)('%s', (name) => {
    it.each(DOCUMENTS)('%s: no template residue and no English or Russian fixed text', (doc) => {
      const markdown = readFileSync(join(dir, `${name}.${doc}.uz.md`), 'utf8');
      expect(markdown).not.toContain('{{');
      expect(markdown).not.toMatch(/\bundefined\b|\bnull\b|\[object Object\]/);
      const foreign = foreignWords(join(ROOT, 'examples', `${name}.yaml`));
      expect(foreign.size).toBeGreaterThan(500);
      expect(foreign.has('hereinafter') && foreign.has('действующего')).toBe(true);
      const left = [...words(markdown)].filter((word) => foreign.has(word));
      expect(left, `${name}.${doc}.uz.md`).toEqual([]);
    });

    it('writes oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC, never an ASCII apostrophe', () => {
      const markdown = readFileSync(join(dir, `${name}.mou.uz.md`), 'utf8');
      expect(markdown).toContain('Oʻzaro anglashuv va hamkorlik toʻgʻrisida memorandum');
      expect(markdown).toContain('Maxfiylik va shaxsga doir maʼlumotlarni himoya qilish');
      for (const wrong of ["o'z", 'o‘z', "g'", 'ma’lumot', "ma'lumot"]) expect(markdown).not.toContain(wrong);
    });

    it('MoU: the PDF holds every Uzbek article heading, the DOCX the legal formulae', async () => {
      const markdown = readFileSync(join(dir, `${name}.mou.uz.md`), 'utf8');
      const titles = headings(markdown);
      expect(titles[0]).toBe('Muqaddima');
      expect(titles).toContain('24-modda. Yakunlovchi qoidalar');
      const pdf = compact((await pdfPages(join(dir, `${name}.mou.uz.pdf`))).join('\n'));
      for (const title of titles) expect(pdf, title).toContain(compact(title));
      const docx = await readDocx(readFileSync(join(dir, `${name}.mou.uz.docx`)));
      for (const formula of [
        'Nizom asosida faoliyat yurituvchi',
        'Ustav asosida faoliyat yurituvchi',
        'bundan buyon birgalikda «Tomonlar», alohida esa «Tomon» deb yuritiladi',
        'quyidagilar toʻgʻrisida kelishib oldilar',
      ]) {
        expect(docx.compact).toContain(compact(formula));
      }
    });

    it('concept note: the PDF and the DOCX hold its Uzbek section headings', async () => {
      const markdown = readFileSync(join(dir, `${name}.concept-note.uz.md`), 'utf8');
      const titles = headings(markdown);
      expect(titles[0]).toBe('1. Loyihaning qisqacha tavsifi');
      expect(titles).toContain('9. Kutilayotgan natijalar va mantiqiy matritsa');
      const pdf = compact((await pdfPages(join(dir, `${name}.concept-note.uz.pdf`))).join('\n'));
      const docx = await readDocx(readFileSync(join(dir, `${name}.concept-note.uz.docx`)));
      for (const title of titles) {
        expect(pdf, title).toContain(compact(title));
        expect(docx.compact, title).toContain(compact(title));
      }
    });
  });

  it.each(['examples/uz-pilot.yaml', 'test/fixtures/training-visit.yaml'])(
    '%s: the same article structure as the Russian text, article by article',
    (fixture) => {
      const out = tempDir('pp-pack-uz-ru-');
      for (const lang of ['uz', 'ru']) {
        const alone = runCli(['render', join(ROOT, fixture), '--lang', lang, '-f', 'md', '-o', out]);
        expect(alone.code, alone.stderr).toBe(0);
      }
      const stem = fixture
        .split('/')
        .pop()!
        .replace(/\.yaml$/, '');
      for (const doc of DOCUMENTS) {
        const uz = headings(readFileSync(join(out, `${stem}.${doc}.uz.md`), 'utf8'));
        const russian = headings(readFileSync(join(out, `${stem}.${doc}.ru.md`), 'utf8'));
        const number = (heading: string) => heading.match(/\d+/)?.[0] ?? '(unnumbered)';
        expect(uz.map(number), doc).toEqual(russian.map(number));
      }
    },
  );
});

describe('drafts in Uzbek', () => {
  it.each([
    'test/fixtures/render/incomplete.yaml',
    'test/fixtures/check/half-done.yaml',
    'test/fixtures/training-visit.yaml',
  ])('%s: placeholders and the list to complete, in Uzbek', (fixture) => {
    const dir = tempDir('pp-pack-uz-draft-');
    const run = runCli(['render', join(ROOT, fixture), '--lang', 'uz', '--draft', '-f', 'md', '-o', dir]);
    expect(run.code, run.stderr).toBe(0);
    const stem = fixture
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '');
    const mou = readFileSync(join(dir, `${stem}.mou.uz.md`), 'utf8');
    expect(mou).toContain('## Imzolashdan oldin toʻldirilsin');
    expect(mou).toContain('*\\[namunaviy matn — ');
    const note = readFileSync(join(dir, `${stem}.concept-note.uz.md`), 'utf8');
    expect(note).toContain('## Topshirishdan oldin toʻldirilsin');
    for (const text of [mou, note]) {
      expect(text).not.toContain('{{');
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('To complete');
    }
  });
});

describe.each([
  ['uz', 'ru', 'Imzo/Подпись', 'Заключительные положения'],
  ['uz', 'en', 'Imzo/Signature', 'Final provisions'],
])('side by side, --lang %s+%s', (left, right, signatureLabel, otherFinal) => {
  const dir = tempDir('pp-pack-uz-pair-');
  const file = join(ROOT, 'examples/uz-pilot.yaml');
  const spec = `${left}+${right}`;
  let pages: string[] = [];
  const single: Record<string, string> = {};
  beforeAll(async () => {
    const run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md,pdf,docx', '--lang', spec]);
    expect(run.code, run.stderr).toBe(0);
    for (const lang of [left, right]) {
      const alone = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md', '--lang', lang]);
      expect(alone.code, alone.stderr).toBe(0);
      single[lang] = readFileSync(join(dir, `uz-pilot.mou.${lang}.md`), 'utf8');
    }
    pages = (await pdfPages(join(dir, `uz-pilot.mou.${spec}.pdf`))).map(compact);
  });

  it('puts the two headings of each article on the same page of the PDF', () => {
    // Paired from the end, as the machinery pairs them (the signatures are merged, below).
    const pairs = pairedFromEnd(headings(single[left]!), headings(single[right]!));
    expect(pairs.length).toBeGreaterThan(20);
    expectPairsOnOnePage(pairs, pages, compact);
  });

  it('has one signature table, with both languages’ labels', () => {
    const all = pages.join('');
    expect(all.match(/_{20}/g)).toHaveLength(2);
    expect(all).toContain(signatureLabel);
  });

  it('says in the Uzbek final provisions that each original carries both texts', () => {
    const markdown = readFileSync(join(dir, `uz-pilot.mou.${spec}.md`), 'utf8');
    expect(markdown).toMatch(
      /har birida oʻzbek va (rus|ingliz) tillaridagi matnlar yonma-yon berilgan ikki nusxada/,
    );
  });

  it('lays the DOCX out in two columns with both texts', async () => {
    const docx = await readDocx(readFileSync(join(dir, `uz-pilot.mou.${spec}.docx`)));
    expect(docx.compact).toContain(compact('Yakunlovchi qoidalar'));
    expect(docx.compact).toContain(compact(otherFinal));
  });
});

describe('originals: [uz, ru]', () => {
  const dir = tempDir('pp-pack-uz-originals-');
  const file = join(dir, 'uz.yaml');
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    copyFileSync(join(ROOT, 'examples/uz-pilot.yaml'), file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^language: en$/m, 'language: en\noriginals: [uz, ru]'));
    run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md']);
  });

  it('writes the memorandum in Uzbek and in Russian', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['uz.mou.ru.md', 'uz.mou.uz.md', 'uz.yaml']);
  });

  it('names both languages in each final provisions', () => {
    const uz = readFileSync(join(dir, 'uz.mou.uz.md'), 'utf8');
    const ru = readFileSync(join(dir, 'uz.mou.ru.md'), 'utf8');
    expect(uz).toContain(
      'Ushbu Memorandum toʻrt nusxada — oʻzbek va rus tillarining har birida ikkitadan, har bir Tomon uchun har bir tilda bittadan tuzildi; barcha matnlar bir xil kuchga ega.',
    );
    expect(ru).toContain('по два на узбекском и русском языках');
  });
});

describe('answers that change the Uzbek legal text', () => {
  const dir = tempDir('pp-pack-uz-answers-');
  let mou = '';
  beforeAll(() => {
    const document = parseDocument(readFileSync(join(ROOT, 'examples/uz-pilot.yaml'), 'utf8'));
    document.setIn(['parties', 'cso', 'signatory', 'basis'], '2027-yil 1-martdagi 5-son ishonchnoma');
    document.setIn(['services', 1, 'followUpMonths'], 9);
    writeFileSync(join(dir, 'p.yaml'), document.toString());
    const run = runCli(['render', 'p.yaml', '-d', 'mou', '-f', 'md', '--lang', 'uz', '--draft'], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    mou = readFileSync(join(dir, 'p.mou.uz.md'), 'utf8');
  });

  it('names the basis of authority the partners give, unmarked, and marks the standard one', () => {
    expect(mou).toContain('2027-yil 1-martdagi 5-son ishonchnoma asosida faoliyat yurituvchi Director');
    expect(mou).toContain(
      'Nizom asosida faoliyat yurituvchi Head of the regional probation service Sherzod Gʻulomov timsolida *\\[namunaviy matn — ',
    );
    expect(mou).not.toMatch(/ishonchnoma asosida[^,]*timsolida \*\\\[namunaviy/);
  });

  it('hands over clients followed after release beyond the term', () => {
    expect(mou).toContain('(loyiha xizmatlari 9 oygacha kuzatib borishni nazarda tutadi)');
    expect(mou).toContain('Memorandumning amal qilish muddatini uzaytiradi.');
  });

  it('names the Uzbek law on personal data by its Uzbek title', () => {
    expect(mou).toContain('Oʻzbekiston Respublikasining «Shaxsga doir maʼlumotlar toʻgʻrisida»gi Qonuniga');
  });
});

describe('roundtable open points in an Uzbek draft', () => {
  it('adds them as the last section of both documents, in Uzbek', () => {
    const dir = tempDir('pp-pack-uz-roundtable-');
    const example = readFileSync(join(ROOT, 'examples/uz-pilot.yaml'), 'utf8');
    const marks = '  - { answer: services.1.implementer, status: disputed, by: Ministry of Health }\n';
    writeFileSync(join(dir, 'r.yaml'), `${example}\nroundtable:\n${marks}`);
    const run = runCli(['render', 'r.yaml', '-f', 'md', '--lang', 'uz', '--draft'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    for (const doc of DOCUMENTS) {
      const markdown = readFileSync(join(dir, `r.${doc}.uz.md`), 'utf8');
      expect(headings(markdown).at(-1), doc).toBe('Davra suhbatining ochiq masalalari');
      expect(markdown).toContain('tortishuvli; eʼtiroz bildirgan: Ministry of Health');
    }
  });
});
