/**
 * The Kyrgyz document pack (#16) through the built CLI: the memorandum and the concept note of
 * every bundled example in Markdown, PDF and DOCX; the PDF read back holds the articles; no word
 * of the English or Russian fixed text is left in the Kyrgyz documents; `--lang ky+ru` writes one
 * side-by-side PDF with each article's two headings on one page and one signature table; and
 * `originals: [ky, ru]` writes both memoranda, each naming both languages.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { expectPairsOnOnePage, headings } from '../helpers/documents.js';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { compact, readDocx } from '../unit/pdf/read-back.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const DOCUMENTS = ['mou', 'concept-note'] as const;

/** Every template file of a language: the two documents and their partials. */
function templateFiles(lang: string): string[] {
  const dir = join(ROOT, 'templates', lang);
  const partials = join(dir, 'partials');
  return [
    ...readdirSync(dir)
      .filter((name) => name.endsWith('.hbs'))
      .map((name) => join(dir, name)),
    ...readdirSync(partials).map((name) => join(partials, name)),
  ];
}

/** Words of four letters or more, lower-cased. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/** The fixed text of a template: comments and Handlebars expressions removed. */
function fixedText(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\{\{!--[\s\S]*?--\}\}/g, ' ')
    .replace(/\{\{[\s\S]*?\}\}/g, ' ');
}

/**
 * Words of the English and Russian templates that the Kyrgyz templates and catalogues do not use
 * (international words such as "протокол" or "мониторинг" occur in both and are not foreign).
 */
function foreignWords(): Set<string> {
  const kyrgyz = new Set<string>();
  for (const file of templateFiles('ky')) for (const word of words(fixedText(file))) kyrgyz.add(word);
  for (const name of readdirSync(join(ROOT, 'locales', 'ky')))
    for (const word of words(readFileSync(join(ROOT, 'locales', 'ky', name), 'utf8'))) kyrgyz.add(word);
  const foreign = new Set<string>();
  for (const lang of ['en', 'ru'])
    for (const file of templateFiles(lang))
      for (const word of words(fixedText(file))) if (!kyrgyz.has(word)) foreign.add(word);
  return foreign;
}

describe.each(EXAMPLES)('Kyrgyz documents of examples/%s.yaml', (example) => {
  const dir = tempDir('pp-pack-ky-');
  const answers = join(ROOT, 'examples', `${example}.yaml`);
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(['render', answers, '--lang', 'ky', '-f', 'md,pdf,docx', '-o', dir, '--force']);
  });

  it('renders the memorandum and the concept note as MD, PDF and DOCX', () => {
    expect(run.code, run.stderr).toBe(0);
    for (const document of DOCUMENTS)
      for (const format of ['md', 'pdf', 'docx'])
        expect(readdirSync(dir)).toContain(`${example}.${document}.ky.${format}`);
  });

  it.each(DOCUMENTS)('the %s is in Kyrgyz, with no template syntax or undefined value left', (document) => {
    const markdown = readFileSync(join(dir, `${example}.${document}.ky.md`), 'utf8');
    expect(markdown).not.toMatch(/\{\{|\}\}|undefined|\[object/);
    expect(markdown).toMatch(/[ңөү]/);
    if (document === 'mou') {
      expect(headings(markdown)[0]).toBe('Преамбула');
      expect(headings(markdown)[1]).toBe('1-берене. Меморандумдун предмети');
      expect(markdown).toContain('Жобонун негизинде аракеттенген');
      expect(markdown).toContain(
        'мындан ары биргеликте «Тараптар», ал эми ар бири өзүнчө «Тарап» деп аталуучулар',
      );
      expect(markdown).toContain('| **Мөөрү** | М.О. | М.О. (бар болсо) |');
    }
  });

  it.each(DOCUMENTS)('the %s keeps no word of the English or Russian fixed text', (document) => {
    const markdown = readFileSync(join(dir, `${example}.${document}.ky.md`), 'utf8');
    const own = words(readFileSync(answers, 'utf8'));
    const foreign = foreignWords();
    expect([...words(markdown)].filter((word) => foreign.has(word) && !own.has(word))).toEqual([]);
  });

  it.each(DOCUMENTS)('the %s PDF holds every article heading', async (document) => {
    const markdown = readFileSync(join(dir, `${example}.${document}.ky.md`), 'utf8');
    const text = compact(await pdfText(join(dir, `${example}.${document}.ky.pdf`)));
    const list = headings(markdown);
    expect(list.length).toBeGreaterThan(10);
    for (const heading of list) expect(text, heading).toContain(compact(heading));
  });

  it('the memorandum DOCX holds the final provisions and the signatures', async () => {
    const docx = await readDocx(readFileSync(join(dir, `${example}.mou.ky.docx`)));
    expect(docx.compact).toContain(compact('Корутунду жоболор'));
    expect(docx.compact).toContain(compact('Аты-жөнү'));
  });
});

describe('side by side, --lang ky+ru', () => {
  const dir = tempDir('pp-pack-ky-ru-');
  const answers = join(ROOT, 'examples', 'kg-women-colony.yaml');
  let pages: string[] = [];
  const single: Record<string, string> = {};
  beforeAll(async () => {
    const run = runCli(['render', answers, '-o', dir, '-d', 'mou', '-f', 'md,pdf', '--lang', 'ky+ru']);
    expect(run.code, run.stderr).toBe(0);
    for (const lang of ['ky', 'ru']) {
      const alone = runCli(['render', answers, '-o', dir, '-d', 'mou', '-f', 'md', '--lang', lang]);
      expect(alone.code, alone.stderr).toBe(0);
      single[lang] = readFileSync(join(dir, `kg-women-colony.mou.${lang}.md`), 'utf8');
    }
    pages = (await pdfPages(join(dir, 'kg-women-colony.mou.ky+ru.pdf'))).map(compact);
  });

  it('has the articles of the Russian memorandum, one for one', () => {
    const strip = (heading: string) => heading.replace(/^(Статья )?\d+(-берене)?\. /, '');
    expect(headings(single.ky!).length).toBe(headings(single.ru!).length);
    expect(headings(single.ky!).map(strip)).not.toEqual(headings(single.ru!).map(strip));
  });

  it('puts the two headings of each article on the same page of the PDF', () => {
    const [ky, ru] = [headings(single.ky!), headings(single.ru!)];
    // The last article is the signature table, merged into one (checked below).
    expectPairsOnOnePage(
      ky.slice(0, -1).map((heading, k) => [heading, ru[k]!] as const),
      pages,
      compact,
    );
  });

  it('has one signature table, with both languages’ labels', () => {
    const all = pages.join('');
    expect(all.match(/_{20}/g)).toHaveLength(2);
    expect(all).toContain('Колу/Подпись');
    expect(all).toContain(compact('Аты-жөнү/Ф.И.О.'));
    expect(all).toContain('Мөөрү/Печать');
  });

  it('says in both final provisions that each original carries both texts', () => {
    const markdown = readFileSync(join(dir, 'kg-women-colony.mou.ky+ru.md'), 'utf8');
    expect(markdown).toContain(
      'Ушул Меморандум эки нускада түзүлдү, ар бир нускада кыргыз жана орус тилдериндеги тексттер катар жайгаштырылган',
    );
    expect(markdown).toContain('в двух экземплярах, каждый на кыргызском и русском языках');
  });
});

describe('originals: [ky, ru] in the answers file', () => {
  const dir = tempDir('pp-pack-ky-originals-');
  const file = join(dir, 'kg.yaml');
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    copyFileSync(join(ROOT, 'test/fixtures/languages/kg-bilingual.yaml'), file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('originals: [en, ru]', 'originals: [ky, ru]'));
    run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md']);
  });

  it('writes the Kyrgyz and the Russian memoranda', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['kg.mou.ky.md', 'kg.mou.ru.md', 'kg.yaml']);
  });

  it('names both languages and the prevailing text in each final provisions', () => {
    const ky = readFileSync(join(dir, 'kg.mou.ky.md'), 'utf8');
    const ru = readFileSync(join(dir, 'kg.mou.ru.md'), 'utf8');
    expect(ky).toContain(
      'Ушул Меморандум төрт нускада, кыргыз жана орус тилдеринин ар биринде экиден, түзүлдү; ар бир Тарап ар бир тилде бир нускадан алат. Тексттердин ортосунда айырмачылыктар болгон учурда орус тилиндеги текст артыкчылыкка ээ болот.',
    );
    expect(ru).toContain('по два на кыргызском и русском языках');
  });
});

describe('Kyrgyz drafts of incomplete answers', () => {
  it('mark what is missing in Kyrgyz, with no template syntax left', () => {
    const dir = tempDir('pp-pack-ky-draft-');
    const answers = join(ROOT, 'test/fixtures/render/incomplete.yaml');
    const run = runCli(['render', answers, '--lang', 'ky', '--draft', '-f', 'md', '-o', dir, '--force']);
    expect(run.code, run.stderr).toBe(0);
    const mou = readFileSync(join(dir, 'incomplete.mou.ky.md'), 'utf8');
    expect(mou).toContain('## Кол коюудан мурун толтуруу керек');
    expect(mou).toContain('[толтуруу керек:');
    expect(mou).toContain('үлгү жазылыш');
    expect(mou).not.toMatch(/\{\{|undefined/);
  });

  it('list the roundtable’s open points in Kyrgyz, after the memorandum', () => {
    const dir = tempDir('pp-pack-ky-roundtable-');
    const file = join(dir, 'k.yaml');
    const marks = [
      'roundtable:',
      '  - { answer: services.1.implementer, status: disputed, by: Ministry of Health, reason: approval }',
      '  - { answer: project.title, status: parked }',
      '',
    ].join('\n');
    writeFileSync(file, `${readFileSync(join(ROOT, 'examples', 'kg-women-colony.yaml'), 'utf8')}\n${marks}`);
    const run = runCli(['render', file, '--lang', 'ky', '--draft', '-d', 'mou', '-f', 'md', '-o', dir]);
    expect(run.code, run.stderr).toBe(0);
    const mou = readFileSync(join(dir, 'k.mou.ky.md'), 'utf8');
    expect(headings(mou).at(-1)).toBe('Тегерек үстөлдүн ачык маселелери');
    expect(mou).toContain(': талаштуу; ким тарабынан: Ministry of Health; себеби: approval');
    expect(mou).toContain(': кийинкиге калтырылды');
  });
});
