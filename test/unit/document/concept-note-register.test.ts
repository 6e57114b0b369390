/**
 * The concept note reads as a document for a donor (issue 12), over every example and fixture,
 * in English and in Russian: every section of the outline in documents.md (b) is there; no
 * sentence of our own text is an order to the reader (a list of imperative openings); no
 * command line; no needs assessment the answers do not hold; every country figure carries its
 * source and year; a men's project gets no paragraph on the women's colony.
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
import { escapeMarkdown, tidyMarkdown } from '../../../src/core/document/markdown-escape.js';
import { ROOT } from '../../helpers/cli.js';

const ui = translatorFor('en');
const LANGS = ['en', 'ru'] as const;

const FILES = [
  ...readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join('examples', name)),
  'test/fixtures/render/spec-example.yaml',
  'test/fixtures/render/concept-note-complete.yaml',
  'test/fixtures/render/incomplete.yaml',
  'test/fixtures/check/weak.yaml',
  'test/fixtures/check/half-done.yaml',
];

function answersOf(file: string): DraftAnswers {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as DraftAnswers;
}

function conceptNote(answers: DraftAnswers, lang: string): string {
  const t = translatorFor(lang);
  const model = buildDocumentModel(answers, { lang, draft: true, t, ...documentExtras(answers, t) });
  const templates = loadTemplates({ lang, draft: true, docT: t, uiT: ui });
  return tidyMarkdown(templates['concept-note'](model));
}

/** Every free text of the answers, as the view model escapes it. */
function answerTexts(value: unknown): string[] {
  if (typeof value === 'string') return [escapeMarkdown(value)];
  if (Array.isArray(value)) return value.flatMap(answerTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(answerTexts);
  return [];
}

/** The note with the partners' own words blanked out: what is left is the tool's text. */
function ownText(note: string, answers: DraftAnswers): string {
  const texts = answerTexts(answers)
    .filter((text) => text.length > 2)
    .sort((a, b) => b.length - a.length);
  return texts.reduce((rest, text) => rest.split(text).join(' '), note);
}

/** Openings of an order to the reader, as the advice texts and check messages use them. */
const IMPERATIVES: Record<(typeof LANGS)[number], string[]> = {
  en: [
    'Add',
    'Describe',
    'Say',
    'Name',
    'List',
    'Give',
    'Use',
    'Run',
    'Strengthen',
    'Bring',
    'Defend',
    'Find out',
    'Start',
    'Keep',
    'Make',
    'Review',
    'Check',
    'Write',
    'Consider',
    'Plan',
    'Link',
    'Let',
    'Ensure',
    'Include',
    'Support',
    'Fill',
    'Enter',
    'Please',
    'Remember',
    'Do not',
    "Don't",
  ],
  ru: [
    'Добавьте',
    'Опишите',
    'Укажите',
    'Назовите',
    'Перечислите',
    'Используйте',
    'Соберите',
    'Поддержите',
    'Укрепите',
    'Укрепляйте',
    'Выясните',
    'Начинайте',
    'Начните',
    'Запустите',
    'Проверьте',
    'Сформулируйте',
    'Подумайте',
    'Свяжите',
    'Рассмотрите',
    'Помогите',
    'Дайте',
    'Сделайте',
    'Заполните',
    'Включите',
    'Пожалуйста',
    'Расширяйте',
    'Налаживайте',
    'Планируйте',
    'Не забудьте',
    'Обратите',
  ],
};

/** Sentence openings: line starts, list items, table cells, and after a full stop or a colon. */
function imperativeSentences(text: string, lang: (typeof LANGS)[number]): string[] {
  const words = IMPERATIVES[lang].join('|');
  const opening = new RegExp(
    `(?:^|[.!?:;]\\s+|^[-*]\\s+|^\\d+\\.\\s+|\\|\\s*)(?:${words})(?!\\p{L})[^.|\\n]*`,
    'gmu',
  );
  return text.match(opening) ?? [];
}

const OUTLINE: Record<(typeof LANGS)[number], string[]> = {
  en: [
    'Summary',
    'Background and problem analysis',
    'Relevance and rationale',
    'Fit with national strategies and the donor programme',
    'Target groups and final beneficiaries',
    'Objectives and theory of change',
    'Activities',
    'Partners, roles and implementation arrangements',
    'Expected results and logframe',
    'Monitoring, evaluation and client involvement',
    'Workplan and timeline',
    'Budget summary',
    'Risks and mitigation',
    'Sustainability and exit',
    'Gender and human rights',
    'Communication and visibility',
    'Annexes',
  ],
  ru: [
    'Краткое описание проекта',
    'Контекст и анализ проблемы',
    'Актуальность и обоснование',
    'Соответствие национальным стратегиям и программе донора',
    'Целевые группы и конечные бенефициары',
    'Цели и теория изменений',
    'Основные мероприятия',
    'Партнёры, распределение ролей и механизм реализации',
    'Ожидаемые результаты и логическая матрица',
    'Мониторинг, оценка и участие клиентов',
    'План работ и график',
    'Сводный бюджет',
    'Риски и меры по их снижению',
    'Устойчивость и стратегия выхода',
    'Гендерные аспекты и права человека',
    'Коммуникация и обеспечение заметности',
    'Приложения',
  ],
};

/** Summary-table rows of documents.md (b) row 0. */
const SUMMARY_ROWS: Record<(typeof LANGS)[number], string[]> = {
  en: ['Lead applicant', 'Co-applicant and partners', 'Duration', 'Total cost', 'Amount requested'],
  ru: [
    'Ведущий заявитель',
    'Соисполнитель и партнёры',
    'Продолжительность',
    'Общая стоимость',
    'Запрашиваемая сумма',
  ],
};

describe('the imperative detector', () => {
  it.each(LANGS)('%s: finds the orders of the country advice texts it guards against', (lang) => {
    const t = translatorFor(lang);
    const advice = ['KG.recommendations.after-release', 'KZ.recommendations.health-ministry'].map((key) =>
      t(`countries.${key}`),
    );
    for (const text of advice) expect(imperativeSentences(`- ${text}`, lang), text).not.toEqual([]);
  });
});

describe.each(LANGS)('the %s concept note', (lang) => {
  const notes = FILES.map((file) => {
    const answers = answersOf(file);
    return { file, answers, note: conceptNote(answers, lang) };
  });

  it.each(notes)('$file: has every section of the outline, in order, and the summary rows', ({ note }) => {
    const headings = note
      .split('\n')
      .filter((line) => /^## \d+\. /.test(line))
      .map((line) => line.replace(/^## \d+\. /, ''));
    expect(headings).toEqual(OUTLINE[lang]);
    for (const row of SUMMARY_ROWS[lang]) expect(note).toContain(`| **${row}** |`);
    expect(note).toContain(lang === 'en' ? '## Annex 1: Readiness' : '## Приложение 1. Готовность');
  });

  it.each(notes)(
    '$file: gives no order to the reader, no command line, no invented assessment',
    ({ answers, note }) => {
      const own = ownText(note, answers);
      expect(imperativeSentences(own, lang)).toEqual([]);
      expect(note).not.toMatch(/prison-protocol|`/);
      const assessment = lang === 'en' ? /needs assessment/i : /оценк\w* потребностей/i;
      const inAnswers = answerTexts(answers).some((text) => assessment.test(text));
      if (!inAnswers) expect(own).not.toMatch(assessment);
    },
  );

  it.each(notes)('$file: cites every country paragraph with its source and year', ({ answers, note }) => {
    const t = translatorFor(lang);
    const profile = documentExtras(answers, t).profile;
    const paragraphs = [...(profile?.background ?? []), ...(profile?.relevance ?? [])];
    const cited = lang === 'en' ? '(CADAP protocol, 2025, section' : '(протокол CADAP, 2025, раздел';
    for (const paragraph of paragraphs) {
      const start = escapeMarkdown(paragraph.text).slice(0, 40);
      const line = note.split('\n').find((l) => l.includes(start));
      if (line) expect(line, start).toContain(cited);
    }
  });
});

describe('the background chooses the profile paragraphs that concern the project', () => {
  const women = answersOf('test/fixtures/render/spec-example.yaml');
  const men: DraftAnswers = {
    ...women,
    project: {
      ...women.project,
      institutions: [{ name: 'Correctional colony No. 47', kind: 'colony', population: 'men' }],
    },
    targetGroup: { ...women.targetGroup, populations: ['people-with-opioid-dependence'] },
  };

  it.each(LANGS)('%s: the women’s colony paragraph is in a women’s project and not in a men’s', (lang) => {
    const colony = lang === 'en' ? "women's colony No. 2 in Stepnoe" : 'колонии № 2';
    const t = translatorFor(lang);
    const text = t('countries.KG.prisonServices.colony-2');
    expect(text).toContain(lang === 'en' ? colony : 'Степное');
    const piece = escapeMarkdown(text).slice(0, 30);
    expect(conceptNote(women, lang)).toContain(piece);
    expect(conceptNote(men, lang)).not.toContain(piece);
  });

  it('a probation project gets the probation recommendation and no in-prison uptake paragraph', () => {
    const note = conceptNote(answersOf('examples/kz-probation.yaml'), 'en');
    expect(note).toContain('The protocol sees the probation service as an entry point');
    const kg = conceptNote({ ...men, services: [{ ...men.services![2]!, setting: 'after-release' }] }, 'en');
    expect(kg).not.toContain('Uptake is the main problem');
  });
});
