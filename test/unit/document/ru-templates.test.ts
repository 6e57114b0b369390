/**
 * The Russian templates (`templates/ru`): rendered from the Russian examples through the real
 * view model and template loader, they read as Russian legal and donor documents — Russian
 * headings and clauses, dates in the «15» августа 2027 г. form, standard wording marked in drafts
 * — and carry no English heading or boilerplate from `templates/en`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { documentExtras } from '../../../src/adapters/render-extras.js';
import { loadTemplates } from '../../../src/adapters/templates.js';
import type { DraftAnswers } from '../../../src/core/answers/types.js';
import { buildDocumentModel } from '../../../src/core/document/build-model.js';
import { tidyMarkdown } from '../../../src/core/document/markdown-escape.js';
import type { DocKind } from '../../../src/core/document/types.js';
import { ROOT } from '../../helpers/cli.js';

const tRu = translatorFor('ru');
const tEn = translatorFor('en');

function example(name: string): DraftAnswers {
  return parse(readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8')) as DraftAnswers;
}

function render(answers: DraftAnswers, draft = false): Record<DocKind, string> {
  const model = buildDocumentModel(answers, { lang: 'ru', draft, t: tRu, ...documentExtras(answers, tRu) });
  const templates = loadTemplates({ lang: 'ru', draft, docT: tRu, uiT: tEn });
  return {
    mou: tidyMarkdown(templates.mou(model)),
    'concept-note': tidyMarkdown(templates['concept-note'](model)),
  };
}

/** Runs of three or more English words in the static text of the English templates. */
function englishBoilerplate(): string[] {
  const dir = join(ROOT, 'templates', 'en');
  const files = [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => join(dir, f)),
    ...readdirSync(join(dir, 'partials')).map((f) => join(dir, 'partials', f)),
  ];
  const phrases = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\{\{!--[\s\S]*?--\}\}/g, ' ');
    for (const piece of text.split(/\{\{[\s\S]*?\}\}|[\n|*#().,;:“”"\\[\]]/)) {
      const words = piece
        .trim()
        .split(/\s+/)
        .filter((w) => /^[A-Za-z'’-]+$/.test(w));
      if (words.length >= 3 && words.join(' ') === piece.trim().split(/\s+/).join(' '))
        phrases.add(words.join(' '));
    }
  }
  return [...phrases];
}

const MOU_HEADINGS = [
  '# Меморандум о взаимопонимании и сотрудничестве',
  '## Преамбула',
  '## Статья 1. Предмет Меморандума',
  '## Статья 2. Сфера действия Меморандума',
  '## Статья 3. Принципы сотрудничества',
  '## Статья 4. Перечень услуг и модель помощи',
  '## Статья 5. Обязательства пенитенциарной администрации',
  '## Статья 6. Обязательства организации гражданского общества',
  '## Статья 7. Совместные обязательства Сторон',
  '## Статья 8. Взаимодействие с иными органами и организациями',
  '## Статья 9. Доступ в учреждения и режим безопасности',
  '## Статья 10. Правила поведения персонала',
  '## Статья 11. Добровольность участия и информированное добровольное согласие',
  '## Статья 12. Конфиденциальность и защита персональных данных',
  '## Статья 13. Недискриминация и учёт гендерных аспектов',
  '## Статья 14. Координация',
  '## Статья 15. Обеспечение качества',
  '## Статья 16. Мониторинг и отчётность',
  '## Статья 17. Финансовые условия',
  '## Статья 18. Информационное сопровождение и обеспечение видимости',
  '## Статья 19. Порядок разрешения разногласий',
  '## Статья 20. Правовой характер Меморандума',
  '## Статья 21. Вступление в силу и срок действия',
  '## Статья 22. Изменения и дополнения',
  '## Статья 23. Прекращение действия',
  '## Статья 24. Заключительные положения',
  '## Статья 25. Адреса и подписи Сторон',
];

const CONCEPT_NOTE_HEADINGS = [
  '# Концептуальная записка пилотного проекта',
  '## 1. Краткое описание проекта',
  '## 2. Контекст и анализ проблемы',
  '## 3. Актуальность и обоснование',
  '## 4. Соответствие национальным стратегиям и программе донора',
  '## 5. Целевые группы и конечные бенефициары',
  '## 6. Цели и теория изменений',
  '## 7. Основные мероприятия',
  '## 8. Партнёры, распределение ролей и механизм реализации',
  '## 9. Ожидаемые результаты и логическая матрица',
  '## 10. Мониторинг, оценка и участие клиентов',
  '## 11. План работ и график',
  '## 12. Сводный бюджет',
  '## 13. Риски и меры по их снижению',
  '## 14. Устойчивость и стратегия выхода',
  '## 15. Гендерные аспекты и права человека',
  '## 16. Коммуникация и обеспечение заметности',
  '## 17. Приложения',
  '## Приложение 1. Готовность по контрольному списку Протокола',
];

function headings(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^#{1,3} /.test(line));
}

/** The free text of the answers (keys and kebab-case list words left out, as they must never show). */
function freeText(value: unknown): string[] {
  if (typeof value === 'string') return /^[a-z0-9-]+$/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(freeText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(freeText);
  return [];
}

/**
 * Latin words of the output that come neither from the answers' free text, nor from the country
 * profile (its protocol references such as "5.3 (b)"), nor from the allowed names.
 */
function strayLatinWords(markdown: string, answers: DraftAnswers): string[] {
  const allowed = new Set(['CADAP', 'PRAG', 'prison-protocol', 'check']);
  const text = freeText([answers, documentExtras(answers, tRu).profile]).join('\n');
  const words = markdown.replace(/<!-- page-break -->/g, '').match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  return [...new Set(words)].filter((word) => !allowed.has(word) && !text.includes(word));
}

describe.each(['kz-probation', 'tj-oat-release'])('Russian documents for %s', (name) => {
  const answers = example(name);
  const docs = render(answers);

  it('the MoU has the Russian articles in order, and the parties, preamble and closing in Russian style', () => {
    // The annexes follow the articles (test/e2e/mou-annexes.test.ts checks them).
    expect(headings(docs.mou).filter((line) => !line.startsWith('## Приложение '))).toEqual(MOU_HEADINGS);
    const mou = docs.mou;
    expect(mou).toMatch(
      /, в лице [а-яё ]+ \p{Lu}[^,]+, действующ(его|ей) на основании Положения, с одной стороны, и/u,
    );
    expect(mou).toMatch(
      /действующ(его|ей) на основании Устава, с другой стороны, далее совместно именуемые «Стороны», а по отдельности — «Сторона»,/u,
    );
    expect(mou).toContain(
      'руководствуясь Минимальными стандартными правилами ООН в отношении обращения с заключёнными (Правила Нельсона Манделы), в частности правилом 24',
    );
    expect(mou).toContain('договорились о нижеследующем:');
    expect(mou).toMatch(/^1\.1\. Предметом настоящего Меморандума/m);
    expect(mou).toContain('не влечёт финансовых обязательств');
    expect(mou).toContain('путём переговоров и консультаций');
    expect(mou).toContain(
      'оформляются в письменной форме дополнительными соглашениями, являющимися неотъемлемой частью настоящего Меморандума',
    );
    expect(mou).toContain('сохраняют силу после прекращения действия настоящего Меморандума');
    expect(mou).toContain(
      'в двух экземплярах, на русском языке, имеющих одинаковую силу, по одному для каждой из Сторон',
    );
    expect(mou).toContain('| **Печать** | М.П. |');
    expect(mou).toContain('| **Подпись** |');
    expect(mou).toContain('| **Дата** |');
  });

  it('the concept note has the Russian sections and the logframe columns', () => {
    expect(headings(docs['concept-note']).slice(0, CONCEPT_NOTE_HEADINGS.length)).toEqual(
      CONCEPT_NOTE_HEADINGS,
    );
    expect(docs['concept-note']).toContain(
      '| Уровень | Показатель | Исходное значение | Целевое значение | Источник; периодичность; ответственный | Допущения |',
    );
  });

  it('dates are written the Russian legal way, and the place with «г.»', () => {
    const [year, month, day] = String(answers.signing?.date).split('-');
    const months = [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ];
    const date = `«${day}» ${months[Number(month) - 1]} ${year} г.`;
    expect(docs.mou).toContain(`Совершено в г. ${answers.signing?.place} ${date} в двух экземплярах`);
    expect(docs.mou).toContain(`| **Дата** | ${date} | ${date} |`);
  });

  it('leaves no English heading, boilerplate or list word', () => {
    expect(englishBoilerplate()).toEqual(
      expect.arrayContaining(['Background and problem analysis', 'Memorandum of Understanding']),
    );
    for (const doc of Object.values(docs)) {
      for (const phrase of englishBoilerplate()) expect(doc).not.toContain(phrase);
      expect(strayLatinWords(doc, answers)).toEqual([]);
    }
  });

  it('marks nothing as standard wording outside draft mode', () => {
    expect(docs.mou).not.toContain('типовая формулировка');
    expect(docs.mou).not.toContain('К заполнению до подписания');
  });
});

describe('Russian MoU details', () => {
  it('writes every month in the genitive', () => {
    const months = [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ];
    const answers = example('kz-probation');
    months.forEach((month, index) => {
      const mm = String(index + 1).padStart(2, '0');
      const mou = render({
        ...answers,
        signing: { place: 'Алматы', date: `2028-${mm}-0${(index % 9) + 1}` },
      }).mou;
      expect(mou).toContain(`Совершено в г. Алматы «0${(index % 9) + 1}» ${month} 2028 г.`);
    });
  });

  it('without a signatory, short name, focal point or date, keeps the sentences whole and leaves blanks to fill by hand', () => {
    const answers = example('kz-probation');
    const { signatory: _signatory, shortName: _short, ...prison } = answers.parties!.prison!;
    const { focalPoint: _focal, ...cso } = answers.parties!.cso!;
    const mou = render({
      ...answers,
      parties: { ...answers.parties, prison, cso },
      signing: { place: 'Караганда' },
    }).mou;
    expect(mou).toContain(
      '**Департамент уголовно-исполнительной системы по Карагандинской области**, в лице уполномоченного представителя, действующего на основании Положения, с одной стороны',
    );
    expect(mou).toContain(
      '5.1. Департамент уголовно-исполнительной системы по Карагандинской области обязуется:',
    );
    expect(mou).toContain('назначается письменно в течение двух недель с даты подписания Меморандума.');
    expect(mou).toContain(
      'Совершено в г. Караганда «\\_\\_\\_» \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ 20\\_\\_ г. в двух экземплярах',
    );
    expect(mou).not.toMatch(/ [.;,]/);
  });

  it('includes the Bangkok Rules where women are in the target group', () => {
    const answers = example('kz-probation');
    expect(render(answers).mou).not.toContain('Бангкокские правила');
    const women = { ...answers, targetGroup: { ...answers.targetGroup, populations: ['women'] } };
    expect(render(women).mou).toContain('(Бангкокские правила)');
  });

  it('in a draft, marks standard clauses and lists what to complete; blank date and place for signing by hand', () => {
    const answers = example('kz-probation');
    const { signing: _signing, conceptNote: _note, ...rest } = answers;
    const responsibilities = {
      ...answers.responsibilities,
      funding: undefined,
      joint: undefined,
      termination: undefined,
    };
    const draft = { ...rest, responsibilities, civilSociety: { ...answers.civilSociety, access: undefined } };
    const docs = render(draft as DraftAnswers, true);
    const mark = (field: string) =>
      ` ${tRu('render.defaultMarkFor', { what: tRu(`render.field.${field}`) })}`;
    expect(docs.mou).toContain(
      `Каждая из Сторон самостоятельно несёт расходы, связанные с выполнением настоящего Меморандума. Настоящий Меморандум не влечёт финансовых обязательств для Сторон; финансирование совместных мероприятий осуществляется на основании отдельных соглашений.${mark('funding')}`,
    );
    expect(docs.mou).toContain(`не менее чем за 60 (шестьдесят) календарных дней${mark('noticeDays')}.`);
    expect(docs.mou).toContain(
      `Проводить совместные мониторинговые визиты и пересматривать план работы.${mark('jointResponsibilities')}`,
    );
    expect(docs.mou).toContain(
      'Совершено в г. \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ «\\_\\_\\_» \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ 20\\_\\_ г.',
    );
    expect(docs.mou).toContain('## К заполнению до подписания');
    expect(docs.mou).toContain('поэтому в текст включены типовые формулировки');
    expect(docs['concept-note']).toContain('## К заполнению до подачи');
    for (const doc of Object.values(docs)) {
      for (const phrase of englishBoilerplate()) expect(doc).not.toContain(phrase);
    }
  });
});
