/**
 * One term per concept (issue 11, point 9): the English and Russian memoranda of every example and
 * fixture, final and draft, rendered through the built CLI, use the glossary's preferred term for
 * each concept and none of the variants `docs/glossary/terms.json` lists. The answers' own words
 * are taken out first: the partners may write what they like; the tool's text may not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { straightQuotes } from '../helpers/quotes.js';

interface Term {
  concept: string;
  preferred: string;
  avoid: string[];
}

const TERMS = JSON.parse(readFileSync(join(ROOT, 'docs/glossary/terms.json'), 'utf8')) as Record<
  string,
  Term[] | string
>;
const LANGS = ['en', 'ru'] as const;
const FILES = [
  ...readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join('examples', name)),
  'test/fixtures/training-visit.yaml',
  'test/fixtures/render/spec-example.yaml',
  'test/fixtures/check/half-done.yaml',
];

const out = { final: tempDir('pp-e2e-terms-'), draft: tempDir('pp-e2e-terms-draft-') };

beforeAll(() => {
  const complete = FILES.filter((file) => !file.includes('half-done'));
  for (const lang of LANGS) {
    const final = runCli(['render', ...complete, '-o', out.final, '-f', 'md', '--lang', lang, '--force']);
    expect(final.code, final.stderr).toBe(0);
    const draft = runCli([
      'render',
      '--draft',
      ...FILES,
      '-o',
      out.draft,
      '-f',
      'md',
      '--lang',
      lang,
      '--force',
    ]);
    expect(draft.code, draft.stderr).toBe(0);
  }
}, 120_000);

/** `\b` for any script: JavaScript's own `\b` only knows Latin letters. */
function compile(source: string): RegExp {
  return new RegExp(source.replaceAll('\\b', '(?:(?<!\\p{L})(?=\\p{L})|(?<=\\p{L})(?!\\p{L}))'), 'gu');
}

function plain(text: string): string {
  return straightQuotes(text)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * A draft's closing list quotes `check`'s advice, which speaks to the partners about their file
 * (keys, "ОГО", "the parties"): `check`'s catalogue, not the memorandum's text.
 */
const ADVICE_INTRO: Record<string, string> = {
  en: 'Open advice from the readiness check against the protocol',
  ru: 'Рекомендации проверки по контрольному списку Протокола',
};

function withoutAdvice(markdown: string, lang: string): string {
  const start = markdown.indexOf(ADVICE_INTRO[lang]!);
  if (start < 0) return markdown;
  const end = markdown.indexOf('\n## ', start);
  return markdown.slice(0, start) + (end < 0 ? '' : markdown.slice(end));
}

/** The memorandum's own text: every answer (as written, or as a list item) cut out. */
function toolText(markdown: string, file: string): string {
  const answers = strings(parse(readFileSync(join(ROOT, file), 'utf8')))
    .map((value) =>
      plain(value)
        .trim()
        .replace(/[.;,:]+$/, ''),
    )
    .filter((value) => value.length > 2)
    .sort((a, b) => b.length - a.length);
  let text = plain(markdown);
  for (const value of answers) {
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(escaped, 'giu'), ' ');
  }
  return text;
}

describe.each(LANGS)('one term per concept in the %s memorandum', (lang) => {
  const terms = TERMS[lang] as Term[];

  it('has a table of preferred terms and avoided variants', () => {
    expect(terms.length).toBeGreaterThanOrEqual(7);
    for (const term of terms) expect(term.avoid.length, term.concept).toBeGreaterThan(0);
  });

  describe.each(['final', 'draft'] as const)('%s', (kind) => {
    const files = kind === 'final' ? FILES.filter((file) => !file.includes('half-done')) : FILES;
    it.each(files)('%s', (file) => {
      const markdown = readFileSync(join(out[kind], `${basename(file, '.yaml')}.mou.${lang}.md`), 'utf8');
      const text = toolText(withoutAdvice(markdown, lang), file);
      const found = terms.flatMap((term) =>
        term.avoid.flatMap((source) =>
          [...text.matchAll(compile(source))].map(
            (match) => `${term.concept}: “${text.slice(Math.max(0, match.index - 30), match.index + 40)}”`,
          ),
        ),
      );
      expect(found).toEqual([]);
    });
  });
});

describe('the table itself', () => {
  it('each avoided variant is caught where it would be wrong', () => {
    const hits = (lang: string, text: string) =>
      (TERMS[lang] as Term[]).some((term) => term.avoid.some((source) => compile(source).test(text)));
    expect(hits('ru', 'Подготовка каждого участника к освобождению')).toBe(true);
    expect(hits('ru', 'клиент даёт информированное согласие')).toBe(true);
    expect(hits('ru', 'положения настоящего меморандума')).toBe(true);
    expect(hits('ru', 'стороны договорились')).toBe(true);
    expect(hits('ru', 'с одной стороны, и … с другой стороны, далее совместно именуемые «Стороны»')).toBe(
      false,
    );
    expect(hits('ru', 'информированное добровольное согласие клиента')).toBe(false);
    expect(hits('en', 'To prepare each participant for release')).toBe(true);
    expect(hits('en', 'both parties agree')).toBe(true);
    expect(hits('en', 'The Parties agree; reports to third parties')).toBe(false);
  });
});
