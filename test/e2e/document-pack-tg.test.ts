/**
 * The Tajik document pack (#16) through the built CLI: the memorandum and the concept note of
 * every bundled example in Markdown, PDF and DOCX; the PDF read back holds the memorandum's
 * article headings; the Markdown keeps no word of the English or Russian fixed text; `--lang
 * tg+ru` writes one side-by-side PDF with each article's two headings on the same page and one
 * signature table; `originals: [tg, ru]` writes both memoranda and names both languages.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { expectPairsOnOnePage, headings, templateText } from '../helpers/documents.js';
import { pdfPages } from '../helpers/pdf-text.js';
import { readDocx } from '../unit/pdf/read-back.js';

/** The bundled examples, and a training-only project (no clients: other articles, other clauses). */
const FILES = [
  ...readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join('examples', name)),
  join('test', 'fixtures', 'training-visit.yaml'),
];
const compact = (text: string) => text.replace(/\s+/g, '');

function words(text: string): Set<string> {
  return new Set((text.match(/\p{L}{3,}/gu) ?? []).map((word) => word.toLowerCase()));
}

/** Words of the English and Russian fixed text that the Tajik pack itself never uses. */
const TAJIK = words(
  templateText('tg') +
    readdirSync(join(ROOT, 'locales', 'tg'))
      .map((name) => readFileSync(join(ROOT, 'locales', 'tg', name), 'utf8'))
      .join('\n'),
);
const FOREIGN = [...words(templateText('en') + templateText('ru'))].filter((word) => !TAJIK.has(word));

describe.each(FILES)('Tajik documents of %s', (path) => {
  const example = basename(path, '.yaml');
  const dir = tempDir('pp-tg-');
  const out = (doc: string, ext: string) => join(dir, `${example}.${doc}.tg.${ext}`);
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(['render', join(ROOT, path), '--lang', 'tg', '-f', 'md,pdf,docx', '-o', dir]);
  });

  it('writes the memorandum and the concept note as MD, PDF and DOCX, saying the pack is unreviewed', () => {
    expect(run.code, run.stderr).toBe(0);
    for (const doc of ['mou', 'concept-note'])
      for (const ext of ['md', 'pdf', 'docx'])
        expect(readdirSync(dir)).toContain(`${example}.${doc}.tg.${ext}`);
    expect(run.stderr).toContain(
      'the Tajik (tg) texts have not yet been checked by a native-speaking lawyer',
    );
  });

  it('keeps no English or Russian word of the fixed text, no template tag and no "undefined"', () => {
    const answers = words(readFileSync(join(ROOT, path), 'utf8'));
    for (const doc of ['mou', 'concept-note']) {
      const markdown = readFileSync(out(doc, 'md'), 'utf8');
      expect(markdown).not.toMatch(/\{\{|\}\}|undefined/);
      const left = [...words(markdown)].filter((word) => FOREIGN.includes(word) && !answers.has(word));
      expect(left, doc).toEqual([]);
    }
  });

  it('uses the Tajik legal formulae and articles', () => {
    const mou = readFileSync(out('mou', 'md'), 'utf8');
    expect(mou).toContain('# Ёддошти тафоҳум ва ҳамкорӣ');
    expect(mou).toContain('ки дар асоси Низомнома амал мекунад, аз як тараф,');
    expect(mou).toContain('ки дар асоси Оиннома амал мекунад, аз тарафи дигар,');
    expect(mou).toContain('ки минбаъд якҷоя «Тарафҳо» ва ҳар кадом алоҳида «Тараф» номида мешаванд');
    expect(mou).toContain('ба мувофиқаи зерин омаданд:');
    expect(mou).toMatch(/## Моддаи 1\. Мавзӯи Ёддошт/);
    expect(mou).toMatch(/\| \*\*Мӯҳр\*\* \| Ҷ\.М\. \|/);
    if (example === 'tj-oat-release')
      expect(mou).toContain('мувофиқи Қонуни Ҷумҳурии Тоҷикистон «Дар бораи ҳифзи маълумоти шахсӣ»');
  });

  it('has as many articles as the Russian memorandum', () => {
    const ru = runCli(['render', join(ROOT, path), '--lang', 'ru', '-d', 'mou', '-f', 'md', '-o', dir]);
    expect(ru.code, ru.stderr).toBe(0);
    const russian = readFileSync(join(dir, `${example}.mou.ru.md`), 'utf8');
    expect(headings(readFileSync(out('mou', 'md'), 'utf8')).length).toBe(headings(russian).length);
  });

  it('has the memorandum’s article headings in the PDF text and the DOCX', async () => {
    const mou = readFileSync(out('mou', 'md'), 'utf8');
    const pdf = compact((await pdfPages(out('mou', 'pdf'))).join(''));
    const docx = await readDocx(readFileSync(out('mou', 'docx')));
    const list = headings(mou);
    expect(list.length).toBeGreaterThan(20);
    for (const heading of list) {
      expect(pdf, heading).toContain(compact(heading));
      expect(docx.compact, heading).toContain(compact(heading));
    }
    const note = compact((await pdfPages(out('concept-note', 'pdf'))).join(''));
    expect(note).toContain(compact('Консепсияи лоиҳаи озмоишӣ'));
    expect(note).toContain(compact('Хатарҳо ва чораҳои коҳиш додани онҳо'));
  });
});

describe('side by side, --lang tg+ru', () => {
  const dir = tempDir('pp-tg-ru-');
  const file = join(ROOT, 'examples', 'tj-oat-release.yaml');
  let pages: string[] = [];
  const single: Record<string, string> = {};
  beforeAll(async () => {
    const run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md,pdf', '--lang', 'tg+ru']);
    expect(run.code, run.stderr).toBe(0);
    for (const lang of ['tg', 'ru']) {
      const alone = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md', '--lang', lang]);
      expect(alone.code, alone.stderr).toBe(0);
      single[lang] = readFileSync(join(dir, `tj-oat-release.mou.${lang}.md`), 'utf8');
    }
    pages = (await pdfPages(join(dir, 'tj-oat-release.mou.tg+ru.pdf'))).map(compact);
  });

  it('has as many articles in Tajik as in Russian', () => {
    expect(headings(single.tg!).length).toBe(headings(single.ru!).length);
  });

  it('puts the two headings of each article on the same page of one PDF', () => {
    const [a, b] = [headings(single.tg!), headings(single.ru!)];
    // The last article is the signatures, merged into one table (checked below).
    expectPairsOnOnePage(
      a.slice(0, -1).map((heading, k) => [heading, b[k]!] as const),
      pages,
      compact,
    );
  });

  it('has one signature table with both languages’ labels', () => {
    const all = pages.join('');
    expect(all.match(/_{20}/g)).toHaveLength(2);
    expect(all).toContain('Имзо/Подпись');
    expect(all).toContain('Мӯҳр/Печать');
  });

  it('says in both final provisions that each original carries both texts', () => {
    const markdown = readFileSync(join(dir, 'tj-oat-release.mou.tg+ru.md'), 'utf8');
    expect(markdown).toContain('дар ду нусхаи аслӣ, ҳар яке бо забонҳои тоҷикӣ ва русӣ');
    expect(markdown).toContain('в двух экземплярах, каждый на таджикском и русском языках');
  });
});

describe('originals: [tg, ru]', () => {
  const dir = tempDir('pp-tg-originals-');
  const file = join(dir, 'tj.yaml');
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    const text = readFileSync(join(ROOT, 'examples', 'tj-oat-release.yaml'), 'utf8');
    writeFileSync(
      file,
      `${text.replace(/^(originals|prevailing):.*\n/gm, '')}\noriginals: [tg, ru]\nprevailing: tg\n`,
    );
    run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md']);
  });

  it('writes the memorandum in both languages', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['tj.mou.ru.md', 'tj.mou.tg.md', 'tj.yaml']);
  });

  it('names both languages and the prevailing text in each final provisions', () => {
    const tg = readFileSync(join(dir, 'tj.mou.tg.md'), 'utf8');
    const ru = readFileSync(join(dir, 'tj.mou.ru.md'), 'utf8');
    expect(tg).toContain(
      'дар чор нусхаи аслӣ, ду нусха бо ҳар яке аз забонҳои тоҷикӣ ва русӣ, барои ҳар як Тараф бо ҳар забон як нусха, имзо шуд. Ҳангоми ихтилоф байни матнҳо матн бо забони тоҷикӣ бартарӣ дорад.',
    );
    expect(ru).toContain('на таджикском и русском языках');
    expect(ru).toContain('преимущественную силу имеет текст на таджикском языке');
  });
});
