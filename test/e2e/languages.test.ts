/**
 * Languages through the built CLI (#16): `originals` writes one memorandum per language and
 * names them in the final provisions; `--lang A+B` writes one side-by-side document whose PDF
 * has each article's two headings on the same page and a single signature table; `validate`
 * and `check` handle text in several languages with positions; a missing pack is refused with
 * a message.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { expectPairsOnOnePage, headings, pairedFromEnd } from '../helpers/documents.js';
import { pdfPages } from '../helpers/pdf-text.js';
import { readDocx } from '../unit/pdf/read-back.js';

const FIXTURE = join(ROOT, 'test/fixtures/languages/kg-bilingual.yaml');
const compact = (text: string) => text.replace(/\s+/g, '');

function workspace(): { dir: string; file: string } {
  const dir = tempDir('pp-languages-');
  const file = join(dir, 'kg.yaml');
  copyFileSync(FIXTURE, file);
  return { dir, file };
}

describe('originals', () => {
  const { dir, file } = workspace();
  let result: ReturnType<typeof runCli>;
  beforeAll(() => {
    result = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md']);
  });

  it('writes one memorandum per language of originals without --lang', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['kg.mou.en.md', 'kg.mou.ru.md', 'kg.yaml']);
  });

  it('names both languages and the prevailing text in each final provisions', () => {
    const en = readFileSync(join(dir, 'kg.mou.en.md'), 'utf8');
    const ru = readFileSync(join(dir, 'kg.mou.ru.md'), 'utf8');
    expect(en).toContain(
      'signed in four originals, two in each of its languages (English and Russian), one in each language for each Party. If the texts differ, the Russian text prevails.',
    );
    expect(ru).toContain(
      'в четырёх экземплярах, по два на английском и русском языках, по одному на каждом языке для каждой из Сторон. В случае расхождений между текстами преимущественную силу имеет текст на русском языке.',
    );
  });

  it('takes each language’s text of a value written in both', () => {
    const en = readFileSync(join(dir, 'kg.mou.en.md'), 'utf8');
    const ru = readFileSync(join(dir, 'kg.mou.ru.md'), 'utf8');
    expect(en).toContain('State Penitentiary Service under the Ministry of Justice of the Kyrgyz Republic');
    expect(ru).toContain(
      'Государственная служба исполнения наказаний при Министерстве юстиции Кыргызской Республики',
    );
    expect(ru).not.toContain('State Penitentiary Service under');
  });

  it('shows a placeholder in a draft where a value has no text in the language', () => {
    const draft = workspace();
    const run = runCli(['render', draft.file, '-o', draft.dir, '-d', 'mou', '-f', 'md', '--draft']);
    expect(run.code, run.stderr).toBe(0);
    const ru = readFileSync(join(draft.dir, 'kg.mou.ru.md'), 'utf8');
    expect(ru).toContain('\\[дополнить текст на русском языке: Public Foundation «Köpürö» (Bridge)\\]');
  });
});

describe.each([
  ['en', 'ru'],
  ['ru', 'en'],
])('side by side, --lang %s+%s', (left, right) => {
  const { dir, file } = workspace();
  const spec = `${left}+${right}`;
  let pages: string[] = [];
  let single: Record<string, string> = {};
  beforeAll(async () => {
    const run = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md,pdf,docx', '--lang', spec]);
    expect(run.code, run.stderr).toBe(0);
    const alone = runCli(['render', file, '-o', dir, '-d', 'mou', '-f', 'md']);
    expect(alone.code, alone.stderr).toBe(0);
    single = {
      [left]: readFileSync(join(dir, `kg.mou.${left}.md`), 'utf8'),
      [right]: readFileSync(join(dir, `kg.mou.${right}.md`), 'utf8'),
    };
    pages = (await pdfPages(join(dir, `kg.mou.${spec}.pdf`))).map(compact);
  });

  it(`writes kg.mou.${spec}.md, .pdf and .docx`, () => {
    expect(readdirSync(dir)).toEqual(
      expect.arrayContaining([`kg.mou.${spec}.md`, `kg.mou.${spec}.pdf`, `kg.mou.${spec}.docx`]),
    );
  });

  it('puts the two headings of each article on the same page of the PDF', () => {
    // Articles pair from the end (the English text has a "Parties" article the Russian one
    // gives in its opening); the signatures are one merged article, checked below.
    const pairs = pairedFromEnd(headings(single[left]!), headings(single[right]!));
    expect(pairs.length).toBeGreaterThan(20);
    expectPairsOnOnePage(pairs, pages, compact);
  });

  it('has one signature table, with both languages’ labels', () => {
    const all = pages.join('');
    expect(all.match(/_{20}/g)).toHaveLength(2);
    const labels = left === 'en' ? 'Signature/Подпись' : 'Подпись/Signature';
    expect(all).toContain(labels);
  });

  it('says in the final provisions that each original carries both texts', () => {
    const markdown = readFileSync(join(dir, `kg.mou.${spec}.md`), 'utf8');
    expect(markdown).toContain('signed in two originals, each with the texts in');
    expect(markdown).toContain('в двух экземплярах, каждый на');
  });

  it('lays the DOCX out as a borderless two-column table with both texts', async () => {
    const docx = await readDocx(readFileSync(join(dir, `kg.mou.${spec}.docx`)));
    expect(docx.xml).toContain('w:val="none"');
    expect(docx.compact).toContain(compact('Заключительные положения'));
    expect(docx.compact).toContain(compact('Final provisions'));
  });
});

describe('refusals and messages', () => {
  it('refuses a language whose pack cannot write the documents, naming what is missing', () => {
    // All seven packs are complete, so the refusal is shown with a code no pack has (a draft
    // reads past the schema's language list).
    const { dir, file } = workspace();
    const text = readFileSync(file, 'utf8').replace(/^(originals|prevailing):.*$/gm, '');
    writeFileSync(file, text.replace(/^language: \w+$/m, 'language: xx'));
    const run = runCli(['render', file, '-o', dir, '--draft']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /The “xx” language pack cannot write these documents yet: .*templates\/xx\/mou\.md\.hbs/,
    );
    expect(run.stderr).toContain('Languages ready for them: en, ru, kk, ky, uz, tg, tk');
  });

  it('refuses a pair of the same language or three languages', () => {
    const { dir, file } = workspace();
    for (const spec of ['ru+ru', 'ky+ru+en', 'ru+']) {
      const run = runCli(['render', file, '-o', dir, '--lang', spec]);
      expect(run.code, spec).toBe(2);
      expect(run.stderr, spec).toContain('--lang: give one language (e.g. ky) or two different ones');
    }
  });

  it('validate locates a mistake inside a value in several languages', () => {
    const { dir, file } = workspace();
    const text = readFileSync(file, 'utf8').replace(
      '      ru: Государственная служба',
      '      rus: Государственная служба',
    );
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('      rus:')) + 1;
    const run = runCli(['validate', file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`kg.yaml:${line}:7  Unknown key “rus”. Did you mean “ru”?`);
  });

  it('check warns, with the line, about a value without text in a language of the originals', () => {
    const { dir, file } = workspace();
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('en: Public Foundation')) + 1;
    const run = runCli(['check', file], { cwd: dir });
    expect(compact(run.stdout)).toContain(compact(`Organisation name (line ${line}) has no text in Russian`));
  });

  it('check --json reports the warning too, in Russian with --ui-lang ru', () => {
    const { dir, file } = workspace();
    const run = runCli(['check', file, '--json', '--ui-lang', 'ru'], { cwd: dir });
    expect(run.stdout).toContain('languages.missing-text');
    expect(run.stdout).toContain('нет текста на языке «русский»');
  });
});
