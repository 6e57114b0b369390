/**
 * The Kazakh document pack (#16) through the built CLI: the memorandum and the concept note of
 * every bundled example in Markdown, PDF and Word; the PDF read back holds the articles of the
 * memorandum; the fixed text has no English or Russian word left; `--lang kk+ru` pairs the two
 * texts article by article with one signature table; `originals: [kk, ru]` writes both
 * memoranda, each naming both languages in its final provisions.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { expectPairsOnOnePage, headings } from '../helpers/documents.js';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { readDocx } from '../unit/pdf/read-back.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const compact = (text: string) => text.replace(/\s+/g, '');

/** Words of three letters or more, lower-cased, of a text with its Handlebars tags removed. */
function words(text: string): Set<string> {
  const plain = text.replace(/\{\{!--[\s\S]*?--\}\}/g, ' ').replace(/\{\{[^}]*\}\}/g, ' ');
  return new Set((plain.match(/\p{L}{3,}/gu) ?? []).map((word) => word.toLowerCase()));
}

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(dir, name));
}

const read = (file: string) => readFileSync(file, 'utf8');
const textOf = (dir: string, ending: string) => filesUnder(dir, ending).map(read).join('\n');

/**
 * The English and Russian fixed text, as words, minus every word the Kazakh pack itself uses
 * (its templates and catalogues: "мониторинг", "CADAP"…): what is left must not appear in a
 * Kazakh document unless the partners wrote it in their answers.
 */
const foreignWords = (() => {
  const foreign = words(
    textOf(join(ROOT, 'templates/en'), '.hbs') + textOf(join(ROOT, 'templates/ru'), '.hbs'),
  );
  const own = words(textOf(join(ROOT, 'templates/kk'), '.hbs') + textOf(join(ROOT, 'locales/kk'), '.json'));
  return [...foreign].filter((word) => !own.has(word));
})();

describe.each(EXAMPLES)('Kazakh documents of examples/%s.yaml', (example) => {
  const dir = tempDir('pp-kk-');
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli([
      'render',
      join(ROOT, 'examples', `${example}.yaml`),
      '--lang',
      'kk',
      '-f',
      'md,pdf,docx',
      '-o',
      dir,
    ]);
  });

  it('writes the memorandum and the concept note as Markdown, PDF and Word', () => {
    expect(run.code, run.stderr).toBe(0);
    const expected = ['mou', 'concept-note'].flatMap((doc) =>
      ['md', 'pdf', 'docx'].map((format) => `${example}.${doc}.kk.${format}`),
    );
    expect(readdirSync(dir).sort()).toEqual(expected.sort());
    expect(run.stderr).toContain('Kazakh (kk) texts have not yet been checked by a native-speaking lawyer');
  });

  it('has every article heading of the memorandum in its PDF, in Kazakh', async () => {
    const markdown = read(join(dir, `${example}.mou.kk.md`));
    const articles = headings(markdown);
    expect(articles[0]).toBe('Кіріспе');
    expect(articles).toContain('1-бап. Меморандумның мәні');
    expect(articles.length).toBeGreaterThan(20);
    const pdf = compact(await pdfText(join(dir, `${example}.mou.kk.pdf`)));
    for (const heading of articles) expect(pdf, heading).toContain(compact(heading));
  });

  it('has the concept note’s sections in its PDF and the memorandum’s text in its DOCX', async () => {
    const note = headings(read(join(dir, `${example}.concept-note.kk.md`)));
    expect(note[0]).toBe('1. Жобаның қысқаша сипаттамасы');
    const pdf = compact(await pdfText(join(dir, `${example}.concept-note.kk.pdf`)));
    for (const heading of note) expect(pdf, heading).toContain(compact(heading));
    const docx = await readDocx(readFileSync(join(dir, `${example}.mou.kk.docx`)));
    expect(docx.compact).toContain(compact('Өзара түсіністік және ынтымақтастық туралы меморандум'));
    expect(docx.compact).toContain(compact('Қорытынды ережелер'));
  });

  it('leaves no English or Russian word of the fixed text, no tag and no "undefined"', () => {
    const answers = words(read(join(ROOT, 'examples', `${example}.yaml`)));
    for (const doc of ['mou', 'concept-note']) {
      const markdown = read(join(dir, `${example}.${doc}.kk.md`));
      const found = words(markdown);
      const left = foreignWords.filter((word) => found.has(word) && !answers.has(word));
      expect(left, `${example}.${doc}.kk.md`).toEqual([]);
      expect(markdown).not.toMatch(/\{\{|\}\}|undefined/);
    }
  });
});

describe('drafts of the test fixtures', () => {
  it.each(['incomplete', 'spec-example', 'concept-note-complete'])(
    'renders %s.yaml with --draft, its gaps and marks in Kazakh',
    (name) => {
      const dir = tempDir('pp-kk-draft-');
      const file = join(ROOT, 'test/fixtures/render', `${name}.yaml`);
      const run = runCli(['render', file, '--lang', 'kk', '--draft', '-f', 'md', '-o', dir]);
      expect(run.code, run.stderr).toBe(0);
      const answers = words(read(file));
      for (const doc of ['mou', 'concept-note']) {
        const markdown = read(join(dir, `${name}.${doc}.kk.md`));
        const found = words(markdown);
        expect(
          foreignWords.filter((word) => found.has(word) && !answers.has(word)),
          doc,
        ).toEqual([]);
        expect(markdown).not.toMatch(/\{\{|undefined/);
      }
      const mou = read(join(dir, `${name}.mou.kk.md`));
      if (name === 'incomplete') {
        expect(mou).toContain('## Қол қоймас бұрын толтырылатын мәліметтер');
        expect(mou).toContain('толтыру қажет');
      }
      expect(mou).toContain('үлгілік тұжырым');
    },
  );
});

describe('side by side, --lang kk+ru', () => {
  const dir = tempDir('pp-kk-ru-');
  const file = join(ROOT, 'examples', 'kz-probation.yaml');
  let pages: string[] = [];
  let single: Record<string, string> = {};
  beforeAll(async () => {
    const run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md,pdf,docx', '--lang', 'kk+ru']);
    expect(run.code, run.stderr).toBe(0);
    for (const lang of ['kk', 'ru']) {
      const alone = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md', '--lang', lang]);
      expect(alone.code, alone.stderr).toBe(0);
    }
    single = {
      kk: read(join(dir, 'kz-probation.mou.kk.md')),
      ru: read(join(dir, 'kz-probation.mou.ru.md')),
    };
    pages = (await pdfPages(join(dir, 'kz-probation.mou.kk+ru.pdf'))).map(compact);
  });

  it('writes one document as Markdown, PDF and Word', () => {
    expect(readdirSync(dir)).toEqual(
      expect.arrayContaining([
        'kz-probation.mou.kk+ru.md',
        'kz-probation.mou.kk+ru.pdf',
        'kz-probation.mou.kk+ru.docx',
      ]),
    );
  });

  it('has as many articles as the Russian text, each pair of headings on the same page', () => {
    const [kk, ru] = [headings(single.kk!), headings(single.ru!)];
    expect(kk.length).toBe(ru.length);
    // The last article is the signatures, merged into one table (checked below).
    expectPairsOnOnePage(
      kk.slice(0, -1).map((heading, k) => [heading, ru[k]!] as const),
      pages,
      compact,
    );
  });

  it('has one signature table, with both languages’ labels', () => {
    const all = pages.join('');
    expect(all.match(/_{20}/g)).toHaveLength(2);
    expect(all).toContain('Қолы/Подпись');
    expect(all).toContain('Мөр/Печать');
  });

  it('says in both final provisions that each original carries both texts', () => {
    const markdown = read(join(dir, 'kz-probation.mou.kk+ru.md'));
    expect(markdown).toContain(
      'әрқайсысында қазақ және орыс тілдеріндегі мәтіндер қатар берілген екі түпнұсқа данада, әр Тарапқа бір данадан жасалды',
    );
    expect(markdown).toContain('в двух экземплярах, каждый на казахском и русском языках');
  });

  it('lays the DOCX out in two columns with both texts', async () => {
    const docx = await readDocx(readFileSync(join(dir, 'kz-probation.mou.kk+ru.docx')));
    expect(docx.compact).toContain(compact('Қорытынды ережелер'));
    expect(docx.compact).toContain(compact('Заключительные положения'));
  });
});

describe('originals: [kk, ru]', () => {
  const dir = tempDir('pp-kk-originals-');
  const file = join(dir, 'kz.yaml');
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    copyFileSync(join(ROOT, 'examples', 'kz-probation.yaml'), file);
    writeFileSync(file, read(file).replace(/^language: ru$/m, 'language: ru\noriginals: [kk, ru]'));
    run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md']);
  });

  it('writes the memorandum in Kazakh and in Russian without --lang', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['kz.mou.kk.md', 'kz.mou.ru.md', 'kz.yaml']);
  });

  it('names both languages, and their equal force, in each final provisions', () => {
    expect(read(join(dir, 'kz.mou.kk.md'))).toContain(
      'төрт түпнұсқа данада, қазақ және орыс тілдерінің әрқайсысында екі данадан, әр Тарапқа әр тілде бір данадан жасалды; барлық мәтіндердің күші бірдей.',
    );
    expect(read(join(dir, 'kz.mou.ru.md'))).toContain(
      'в четырёх экземплярах, по два на казахском и русском языках, по одному на каждом языке для каждой из Сторон; все тексты имеют одинаковую силу.',
    );
  });

  it('names the prevailing text in Kazakh when the file gives one', () => {
    writeFileSync(file, read(file).replace('originals: [kk, ru]', 'originals: [kk, ru]\nprevailing: ru'));
    const again = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md', '--force']);
    expect(again.code, again.stderr).toBe(0);
    expect(read(join(dir, 'kz.mou.kk.md'))).toContain(
      'Мәтіндер арасында алшақтық болған жағдайда орыс тіліндегі мәтін басым күшке ие болады.',
    );
  });
});

describe('roundtable open points in a Kazakh draft', () => {
  it('lists a disputed answer in an annex with Kazakh headings and labels', () => {
    const dir = tempDir('pp-kk-roundtable-');
    const example = read(join(ROOT, 'examples', 'kg-women-colony.yaml'));
    writeFileSync(
      join(dir, 'k.yaml'),
      `${example}\nroundtable:\n  - { answer: project.title, status: disputed, by: Ministry of Justice, reason: it must name the colony }\n`,
    );
    const run = runCli(['render', 'k.yaml', '--lang', 'kk', '--draft', '-f', 'md', '-o', 'out'], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    for (const doc of ['mou', 'concept-note']) {
      const markdown = read(join(dir, 'out', `k.${doc}.kk.md`));
      expect(markdown).toContain('## Дөңгелек үстелдің ашық мәселелері');
      expect(markdown).toContain(': даулы; белгілеген: Ministry of Justice; себебі: it must name the colony');
    }
  });
});
