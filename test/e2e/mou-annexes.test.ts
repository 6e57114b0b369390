/**
 * The memorandum's annexes (issue 11 point 10), through the built CLI on every bundled example
 * and the fixtures: the final provisions list exactly the annexes that follow (Markdown and the
 * PDF read back), each annex holds the answers it is built from and starts on a new page, the
 * body refers to each by its number, a training-only project gets no consent form, and a
 * half-done file's draft shows the consent form it needs as a gap that "to complete" lists and
 * `check` reports. The seven document languages carry the same annexes, and a side-by-side
 * document pairs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { pdfPages } from '../helpers/pdf-text.js';
import { straightQuotes } from '../helpers/quotes.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => join('examples', name));
const FIXTURES = ['test/fixtures/training-visit.yaml', 'test/fixtures/render/spec-example.yaml'];
const FILES = [...EXAMPLES, ...FIXTURES];
const HALF_DONE = 'test/fixtures/check/half-done.yaml';

/** How each language writes an annex's heading, its entry in the list, and a reference to it. */
const ANNEX: Record<string, { heading: RegExp; item: RegExp; ref: (n: number) => string }> = {
  en: { heading: /^## Annex (\d+)\. (.+)$/, item: /^- Annex (\d+)\. (.+?)[;.]$/, ref: (n) => `Annex ${n}` },
  ru: {
    heading: /^## Приложение (\d+)\. (.+)$/,
    item: /^- Приложение (\d+)\. (.+?)[;.]$/,
    ref: (n) => `Приложении ${n}`,
  },
  kk: {
    heading: /^## (\d+)-қосымша\. (.+)$/,
    item: /^- (\d+)-қосымша\. (.+?)[;.]$/,
    ref: (n) => `${n}-қосымшада`,
  },
  ky: {
    heading: /^## (\d+)-тиркеме\. (.+)$/,
    item: /^- (\d+)-тиркеме\. (.+?)[;.]$/,
    ref: (n) => `${n}-тиркемеде`,
  },
  uz: { heading: /^## (\d+)-ilova\. (.+)$/, item: /^- (\d+)-ilova\. (.+?)[;.]$/, ref: (n) => `${n}-ilovada` },
  tg: {
    heading: /^## Замимаи (\d+)\. (.+)$/,
    item: /^- Замимаи (\d+)\. (.+?)[;.]$/,
    ref: (n) => `Замимаи ${n}`,
  },
  tk: {
    heading: /^## (\d+)-nji goşundy\. (.+)$/,
    item: /^- (\d+)-nji goşundy\. (.+?)[;.]$/,
    ref: (n) => `${n}-nji goşundyda`,
  },
};
const LANGS = Object.keys(ANNEX);

const out = tempDir('pp-e2e-annexes-');
const name = (file: string) => basename(file, '.yaml');
const mou = (file: string, lang: string, dir = out) =>
  readFileSync(join(dir, `${name(file)}.mou.${lang}.md`), 'utf8');

beforeAll(() => {
  for (const lang of LANGS) {
    const formats = lang === 'en' || lang === 'ru' ? 'md,pdf' : 'md';
    const result = runCli(['render', ...FILES, '-o', out, '-f', formats, '--lang', lang, '--force']);
    expect(result.code, result.stderr).toBe(0);
  }
}, 240_000);

interface Annex {
  number: number;
  title: string;
  body: string;
}

/** The annexes after the signatures, each with the text up to the next heading. */
function annexesOf(markdown: string, lang: string): Annex[] {
  const annexes: Annex[] = [];
  for (const line of markdown.split('\n')) {
    const match = ANNEX[lang]!.heading.exec(line);
    if (match) annexes.push({ number: Number(match[1]), title: match[2]!, body: '' });
    else if (line.startsWith('## ')) annexes.push({ number: 0, title: '', body: '' });
    else if (annexes.length > 0 && !line.startsWith('<!-- page-break'))
      annexes[annexes.length - 1]!.body += `${line}\n`;
  }
  return annexes.filter((annex) => annex.number > 0);
}

/** The final provisions' list of annexes. */
function listOf(markdown: string, lang: string): { number: number; title: string }[] {
  return markdown
    .split('\n')
    .map((line) => ANNEX[lang]!.item.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ number: Number(match[1]), title: match[2]! }));
}

/** Markdown to comparable text: no escapes, straight quotes, one space between words. */
function plain(text: string): string {
  return straightQuotes(text)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Answers {
  civilSociety?: { accessList?: { name: string; title?: string }[] };
  conceptNote?: { timeline?: { period: string; activity: string }[] };
  monitoring: { indicators: { name: string }[] };
  responsibilities: { dataProtection: string };
  services: { name: string }[];
}

function answersOf(file: string): Answers {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as Answers;
}

describe.each(LANGS)('the list of annexes matches the annexes (%s)', (lang) => {
  it.each(FILES)('%s', (file) => {
    const text = mou(file, lang);
    const annexes = annexesOf(text, lang);
    expect(annexes.length, file).toBeGreaterThan(0);
    expect(listOf(text, lang)).toEqual(annexes.map(({ number, title }) => ({ number, title })));
    expect(annexes.map((annex) => annex.number)).toEqual(annexes.map((_, index) => index + 1));
    // Each annex starts on a new page, and the body refers to each by its number.
    expect(text.match(/<!-- page-break -->\n\n## /g)).toHaveLength(annexes.length);
    const body = text.slice(0, text.indexOf('<!-- page-break -->'));
    for (const annex of annexes) expect(body, annex.title).toContain(ANNEX[lang]!.ref(annex.number));
  });
});

describe.each(['en', 'ru'])('the PDF read back (%s)', (lang) => {
  it.each(FILES)('%s: the list and the annexes, each opening its page', async (file) => {
    const pages = await pdfPages(join(out, `${name(file)}.mou.${lang}.pdf`));
    const annexes = annexesOf(mou(file, lang), lang);
    const label = (n: number) => (lang === 'en' ? `Annex ${n}.` : `Приложение ${n}.`);
    // The page header comes first; the annex's heading is within the next lines.
    const opening = (page: string) => page.split('\n').slice(0, 4).join(' ').replace(/\s+/g, ' ');
    // The last page opening with "Annex 1." (the list of annexes may open a page too).
    const first = pages.reduce((last, page, index) => (opening(page).includes(label(1)) ? index : last), -1);
    expect(first).toBeGreaterThan(0);
    for (const annex of annexes)
      expect(
        pages.slice(first).some((page) => opening(page).includes(label(annex.number))),
        `${label(annex.number)} opens a page`,
      ).toBe(true);
    // The final provisions list every annex before the first annex page.
    const before = pages.slice(0, first).join('\n').replace(/\s+/g, ' ');
    for (const annex of annexes) expect(before).toContain(label(annex.number));
  });
});

describe('each annex holds the answers it is built from (en)', () => {
  const byKey = (file: string) => {
    const text = mou(file, 'en');
    const annexes = annexesOf(text, 'en');
    const find = (title: string) => annexes.find((annex) => annex.title === title);
    return {
      access: find('Access list of the organisation’s staff'),
      consent: find('Client informed consent form'),
      workplan: find('Workplan'),
      indicators: find('Indicator framework'),
    };
  };

  it.each(FILES)('%s', (file) => {
    const answers = answersOf(file);
    const annex = byKey(file);
    const accessList = answers.civilSociety?.accessList ?? [];
    expect(annex.access === undefined, 'access list iff answered').toBe(accessList.length === 0);
    for (const person of accessList) {
      expect(plain(annex.access!.body)).toContain(plain(person.name));
      if (person.title) expect(plain(annex.access!.body)).toContain(plain(person.title));
    }
    const timeline = answers.conceptNote?.timeline ?? [];
    expect(annex.workplan === undefined, 'workplan iff answered').toBe(timeline.length === 0);
    for (const step of timeline) {
      expect(plain(annex.workplan!.body)).toContain(plain(step.period));
      expect(plain(annex.workplan!.body)).toContain(plain(step.activity));
    }
    for (const indicator of answers.monitoring.indicators)
      expect(plain(annex.indicators!.body)).toContain(plain(indicator.name));
    if (annex.consent) {
      const body = plain(annex.consent.body);
      expect(body).toContain(plain(answers.responsibilities.dataProtection).replace(/\.$/, ''));
      for (const service of answers.services) expect(body).toContain(plain(service.name));
    }
  });

  it('a project with client services and a data-protection answer has the consent form', () => {
    for (const file of EXAMPLES) expect(byKey(file).consent, file).toBeDefined();
  });

  it('a training-only project gets no consent form and no client wording in its annexes', () => {
    const file = 'test/fixtures/training-visit.yaml';
    for (const lang of LANGS) {
      const text = mou(file, lang);
      expect(annexesOf(text, lang).length).toBeGreaterThan(0);
    }
    expect(byKey(file).consent).toBeUndefined();
    const annexes = annexesOf(mou(file, 'en'), 'en');
    for (const annex of annexes) expect(annex.body).not.toMatch(/\bclients?\b|release|parole/i);
    expect(mou(file, 'ru')).not.toContain('Форма информированного добровольного согласия');
  });
});

describe('the seven languages carry the same annexes', () => {
  it.each(FILES)('%s', (file) => {
    const counts = LANGS.map((lang) => annexesOf(mou(file, lang), lang).length);
    expect(new Set(counts).size, LANGS.join(',')).toBe(1);
  });
});

describe('a half-done file', () => {
  const draftDir = tempDir('pp-e2e-annexes-draft-');

  it('--draft shows the consent form it needs as a gap, listed in "to complete"; the final render leaves it out', () => {
    const result = runCli(['render', '--draft', HALF_DONE, '-o', draftDir, '-f', 'md,pdf', '--force']);
    expect(result.code, result.stderr).toBe(0);
    const text = mou(HALF_DONE, 'en', draftDir);
    const consent = annexesOf(text, 'en').find((annex) => annex.title === 'Client informed consent form');
    expect(consent).toBeDefined();
    const gap = '\\[to complete: Client consent form (annex): how clients’ data are kept and shared\\]';
    expect(consent!.body.trim()).toBe(gap);
    const toComplete = text.slice(text.indexOf('## To complete before signature'));
    expect(toComplete).toContain('- Client consent form (annex): how clients’ data are kept and shared');
    expect(text.split(gap)).toHaveLength(2);
  });

  it('the PDF of the draft shows the gap on the annex page', async () => {
    const pages = await pdfPages(join(draftDir, `${name(HALF_DONE)}.mou.en.pdf`));
    const page = pages.find(
      (text) => text.includes('Client informed consent form') && text.includes('[to complete'),
    );
    expect(page).toBeDefined();
  });

  it('`check` reports the missing consent form, with its references', () => {
    const result = runCli(['check', '--json', HALF_DONE]);
    const report = JSON.parse(result.stdout) as {
      areas: { advice: { id: string; severity: string; section: string; message: string }[] }[];
    }[];
    const advice = report[0]!.areas.flatMap((area) => area.advice);
    const point = advice.find((item) => item.id === 'memorandum.consent-form-annex');
    expect(point).toMatchObject({ severity: 'warning' });
    expect(point!.section).toBe('protocol 6.4 (area 4); Nelson Mandela Rules r.32');
    expect(point!.message).toContain('responsibilities.dataProtection');
  });

  it('`check` says nothing of it for a training-only project or a file that answers it', () => {
    for (const file of ['test/fixtures/training-visit.yaml', ...EXAMPLES]) {
      const report = JSON.parse(runCli(['check', '--json', file]).stdout) as {
        areas: { advice: { id: string }[] }[];
      }[];
      const ids = report[0]!.areas.flatMap((area) => area.advice.map((item) => item.id));
      expect(ids, file).not.toContain('memorandum.consent-form-annex');
    }
  });
});

describe('side by side (ky+ru)', () => {
  it('pairs the annexes, each pair on a new page, with one signature table before them', () => {
    const dir = tempDir('pp-e2e-annexes-pair-');
    const file = 'examples/kg-women-colony.yaml';
    const result = runCli(['render', file, '-o', dir, '-f', 'md', '--lang', 'ky+ru', '--force']);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(join(dir, `${name(file)}.mou.ky+ru.md`), 'utf8');
    const ky = annexesOf(text, 'ky');
    const ru = annexesOf(text, 'ru');
    expect(ky.length).toBe(4);
    expect(ru.map((annex) => annex.number)).toEqual(ky.map((annex) => annex.number));
    // One page break per pair, before the Kyrgyz annex, the Russian one following it.
    expect(text.match(/<!-- page-break -->\n\n## \d+-тиркеме/g)).toHaveLength(4);
    expect(text).not.toMatch(/<!-- page-break -->\n\n## Приложение/);
    const signatures = text.indexOf('Тараптардын даректери жана колдору / Статья');
    expect(signatures).toBeGreaterThan(0);
    expect(signatures).toBeLessThan(text.indexOf('<!-- page-break -->'));
  });
});
