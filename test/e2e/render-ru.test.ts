/**
 * `render` of a `language: ru` answers file through the built CLI: the Markdown and the PDF
 * text read back are the Russian MoU and concept note, with no English heading left.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

/** The headings of the English templates, without their numbers ("Parties", "Logframe"…). */
function englishHeadings(): string[] {
  const files = ['mou.md.hbs', 'concept-note.md.hbs'].map((name) => join(ROOT, 'templates', 'en', name));
  return files
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => /^#{1,3} /.test(line))
    .map((line) =>
      line
        .replace(/^#+ /, '')
        .replace(/\{\{section\}\}\.\s*/, '')
        .replace(/\{\{[^}]*\}\}/g, '')
        .trim(),
    )
    .filter((heading) => /[A-Za-z]{3}/.test(heading));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('render of a Russian answers file', () => {
  const out = tempDir('pp-render-ru-');
  const base = join(out, 'kz-probation');
  let mou = '';
  let note = '';
  let mouPdf = '';
  let notePdf = '';

  beforeAll(async () => {
    const result = runCli(['render', 'examples/kz-probation.yaml', '-o', out, '-f', 'md,pdf']);
    expect(result.code, result.stderr).toBe(0);
    mou = readFileSync(`${base}.mou.ru.md`, 'utf8');
    note = readFileSync(`${base}.concept-note.ru.md`, 'utf8');
    mouPdf = normalise(await pdfText(`${base}.mou.ru.pdf`));
    notePdf = normalise(await pdfText(`${base}.concept-note.ru.pdf`));
  });

  it('writes the Russian MoU, in Markdown and in the PDF', () => {
    for (const text of [mou, mouPdf]) {
      expect(text).toContain('Меморандум о взаимопонимании и сотрудничестве');
      expect(text).toContain('Статья 1. Предмет Меморандума');
      expect(text).toContain('договорились о нижеследующем:');
      expect(text).toContain('Статья 25. Адреса и подписи Сторон');
      expect(text).toContain('М.П.');
      expect(text).toContain('«15» августа 2027 г.');
      expect(text).toContain(
        'в лице заместителя начальника департамента Бекмұхамбетова Еріка Сәрсенұлы, действующего на основании Положения',
      );
      expect(text).toContain('в лице директора Ғабдуллиной Әлии Нұрланқызы, действующей на основании Устава');
      expect(text).toContain('Бекмұхамбетов Ерік Сәрсенұлы');
    }
  });

  it('writes the Russian concept note, in Markdown and in the PDF', () => {
    for (const text of [note, notePdf]) {
      expect(text).toContain('Концептуальная записка пилотного проекта');
      expect(text).toContain('1. Краткое описание проекта');
      expect(text).toContain('9. Ожидаемые результаты и логическая матрица');
      expect(text).toContain('13. Риски и меры по их снижению');
      expect(text).toContain('16. Коммуникация и обеспечение заметности');
      expect(text).toContain('К заполнению до подачи');
    }
    // The logframe's column heads (in the PDF, long Russian words in a six-column table may be
    // broken across lines, so they are checked in the Markdown).
    expect(note).toContain(
      '| Уровень | Показатель | Исходное значение | Целевое значение | Источник; периодичность; ответственный | Допущения |',
    );
  });

  it('leaves no English heading in either document', () => {
    const headings = englishHeadings();
    expect(headings).toEqual(
      expect.arrayContaining(['Parties', 'Expected results and logframe', 'Signatures']),
    );
    for (const text of [mou, note, mouPdf, notePdf]) {
      for (const heading of headings) expect(text).not.toMatch(new RegExp(`\\b${escapeRegExp(heading)}\\b`));
    }
  });
});
