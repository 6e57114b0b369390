/**
 * Side-by-side documents (#16): articles paired across languages, one signature table, and the
 * originals sentence of the final provisions in each language.
 */
import { describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { createFormatters } from '../../../src/core/document/format.js';
import { originalsView } from '../../../src/core/document/originals-view.js';
import { alignArticles, parallelBlocks, parallelMarkdown } from '../../../src/core/document/parallel.js';

const signatures = (labels: [string, string, string]) => `| | ${labels[0]} A | ${labels[0]} B |
|---|---|---|
| **${labels[1]}** | Asanov | Sultanova |
| **${labels[2]}** | \\_\\_\\_\\_\\_\\_\\_\\_ | \\_\\_\\_\\_\\_\\_\\_\\_ |`;

const english = `# Memorandum

Title block.

## 1. Parties

The parties.

## 2. Purpose

The purpose.

## 3. Signatures

${signatures(['For', 'Name', 'Signature'])}
`;

const russian = `# Меморандум

Вступление со сторонами.

## Статья 1. Предмет

Предмет.

## Статья 2. Подписи

${signatures(['За', 'Ф. И. О.', 'Подпись'])}
`;

describe('pairing articles', () => {
  const parts = alignArticles(english, russian);

  it('pairs the title blocks, then counts from the end; an extra article stands alone', () => {
    const pairs = parts.filter((part) => part.kind === 'pair');
    expect(pairs.map((part) => [part.left.split('\n')[0], part.right.split('\n')[0]])).toEqual([
      ['# Memorandum', '# Меморандум'],
      ['## 1. Parties', ''],
      ['## 2. Purpose', '## Статья 1. Предмет'],
    ]);
  });

  it('merges the signature articles into one table with both languages’ labels', () => {
    const single = parts.filter((part) => part.kind === 'single');
    expect(single).toHaveLength(1);
    const markdown = single[0]!.kind === 'single' ? single[0]!.markdown : '';
    expect(markdown).toContain('## 3. Signatures / Статья 2. Подписи');
    expect(markdown).toContain('| **Name** / **Ф. И. О.** | Asanov | Sultanova |');
    expect(markdown).toContain('**Signature** / **Подпись**');
    expect(markdown).toContain('For A / За A');
  });

  it('gives Markdown each article in both languages, one after the other, and one signature table', () => {
    const markdown = parallelMarkdown(parts);
    expect(markdown.indexOf('## 2. Purpose')).toBeLessThan(markdown.indexOf('## Статья 1. Предмет'));
    expect(markdown.indexOf('## Статья 1. Предмет')).toBeLessThan(markdown.indexOf('## 3. Signatures'));
    expect(markdown.match(/Asanov/g)).toHaveLength(1);
  });

  it('gives PDF and DOCX a parallel block per pair and one table', () => {
    const blocks = parallelBlocks(parts);
    expect(blocks.map((block) => block.type)).toEqual([
      'parallel',
      'parallel',
      'parallel',
      'heading',
      'table',
    ]);
  });
});

describe('annexes after the signatures', () => {
  const annex = (heading: string, body: string) => `\n<!-- page-break -->\n\n## ${heading}\n\n${body}\n`;
  const left = english + annex('Annex 1. Workplan', '| Period | Activity |\n|---|---|\n| 1 | Start |');
  const right =
    russian + annex('Приложение 1. План работ', '| Период | Мероприятия |\n|---|---|\n| 1 | Начало |');
  const parts = alignArticles(left, right);

  it('keeps the signature table whole and pairs each annex, which starts a new page in both columns', () => {
    const last = parts[parts.length - 1]!;
    expect(last).toMatchObject({ kind: 'pair', pageBreak: true });
    if (last.kind !== 'pair') return;
    expect(last.left.startsWith('## Annex 1. Workplan')).toBe(true);
    expect(last.right.startsWith('## Приложение 1. План работ')).toBe(true);
    const signatures = parts[parts.length - 2]!;
    expect(signatures.kind).toBe('single');
    if (signatures.kind === 'single') expect(signatures.markdown).not.toContain('page-break');
  });

  it('gives the layout one page break before the annex pair, none inside a column', () => {
    const types = parallelBlocks(parts).map((block) => block.type);
    expect(types.slice(-2)).toEqual(['page-break', 'parallel']);
    expect(parallelMarkdown(parts).match(/<!-- page-break -->/g)).toHaveLength(1);
  });
});

describe('the originals sentence', () => {
  const view = (lang: string, answers: object, pair?: string[]) => {
    const t = translatorFor(lang);
    const fmt = createFormatters(lang, t);
    return originalsView(answers, { lang, t, fmt, ...(pair ? { pair } : {}) });
  };

  it('names the languages of the originals, one original per language and Party', () => {
    expect(view('en', { originals: ['ky', 'ru'] })).toMatchObject({
      count: 'four',
      languages: 'Kyrgyz and Russian',
      several: true,
      prevailing: null,
    });
    expect(view('ru', { originals: ['ky', 'ru'], prevailing: 'ru' })).toMatchObject({
      count: 'четырёх',
      perLanguage: 'два',
      languages: 'кыргызском и русском',
      prevailing: 'русском',
    });
  });

  it('counts two originals for a side-by-side document, and defaults to the document language', () => {
    expect(view('en', { originals: ['ky', 'ru'] }, ['ky', 'ru'])).toMatchObject({
      count: 'two',
      sideBySide: true,
    });
    expect(view('ru', { language: 'en' })).toMatchObject({
      count: 'двух',
      languages: 'русском',
      several: false,
    });
  });
});
