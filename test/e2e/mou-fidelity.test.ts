/**
 * The memorandum as a ministry lawyer reads it, through the built CLI, on every bundled example
 * and the fixtures: every answer appears in the documents; no ".;", "..", " ;", lower-case list
 * items or empty bold labels; a training-only project has no client clauses; the Russian party
 * clauses read "в лице <должность> <Фамилия Имя Отчество>, действующего на основании …"; a
 * follow-up longer than the term is reported and handed over at expiry; in a draft every gap and
 * every standard wording is marked, one to one with the closing list.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { straightQuotes } from '../helpers/quotes.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => join(ROOT, 'examples', name));
const FIXTURES = ['test/fixtures/training-visit.yaml', 'test/fixtures/render/spec-example.yaml'].map((f) =>
  join(ROOT, f),
);
const FILES = [...EXAMPLES, ...FIXTURES];
const LANGS = ['en', 'ru'] as const;

const out = tempDir('pp-e2e-fidelity-');
const docs = new Map<string, string>();
const read = (file: string, doc: string, lang: string) =>
  docs.get(`${basename(file, '.yaml')}.${doc}.${lang}`) ?? '';

beforeAll(() => {
  for (const lang of LANGS) {
    const result = runCli(['render', ...FILES, '-o', out, '-f', 'md', '--lang', lang, '--force']);
    expect(result.code, result.stderr).toBe(0);
  }
  for (const name of readdirSync(out))
    docs.set(name.replace(/\.md$/, ''), readFileSync(join(out, name), 'utf8'));
});

/** Markdown back to plain text: no escapes, one space between words, lower case. */
function plain(markdown: string): string {
  return straightQuotes(markdown)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase();
}

/** Every free-text answer of a file, with its path; ids, enum values, dates and numbers excluded. */
function answers(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => answers(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => answers(item, path ? `${path}.${key}` : key));
  if (typeof value !== 'string') return [];
  if (/^[a-z0-9-]+$/.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)) return [];
  if (/^(version|language|country|originals)/.test(path)) return [];
  return [[path, value]];
}

function present(path: string, value: string, text: string): boolean {
  const wanted = plain(value)
    .trim()
    .replace(/[.;,]+$/, '');
  if (text.includes(wanted)) return true;
  // A signatory's name is declined in Russian ("Бекмұхамбетова Еріка"): each word's stem is there.
  if (/signatory\.name$/.test(path))
    return wanted.split(' ').every((word) => text.includes(word.slice(0, Math.max(3, word.length - 2))));
  // Russian lists of people put the surname first ("Жақсыбаева Гүлнар Өтегенқызы").
  if (/(focalPoint|accessList\[\d+\])\.name$/.test(path)) {
    const words = wanted.split(' ');
    return text.includes([...words.slice(-1), ...words.slice(0, -1)].join(' '));
  }
  return false;
}

describe('every answer appears in the documents (examples and fixtures)', () => {
  it.each(FILES.map((file) => [basename(file), file]))('%s', (_name, file) => {
    const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const lang = typeof data.language === 'string' ? data.language : 'en';
    const text = plain(read(file, 'mou', lang) + read(file, 'concept-note', lang));
    expect(answers(data).length).toBeGreaterThan(10);
    const missing = answers(data)
      .filter(([path, value]) => !present(path, value, text))
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('civilSociety.informingTheAdministration is in the memorandum itself', () => {
    const mou = plain(read(join(ROOT, 'examples/kz-probation.yaml'), 'mou', 'ru'));
    expect(mou).toContain(
      'информирует администрацию учреждений о своей работе в следующем порядке: нко проводит',
    );
  });
});

describe('clean insertion of answers in every Markdown output', () => {
  const outputs = () => [...docs.entries()];

  it('has no ".;", "..", " ;" or " ." anywhere', () => {
    for (const [name, markdown] of outputs()) {
      const text = markdown.replace(/\\_/g, '_');
      for (const bad of ['.;', '..', ' ;', ' .', ',,'])
        expect(text.includes(bad), `${name}: "${bad}"`).toBe(false);
    }
  });

  it('starts every list item with a capital letter (or a quote, a number, a placeholder)', () => {
    for (const [name, markdown] of outputs()) {
      const lower = markdown.split('\n').filter((line) => /^\s*(-|\d+\.) \p{Ll}/u.test(line));
      expect(lower, name).toEqual([]);
    }
  });

  it('has no bold label with nothing after it', () => {
    for (const [name, markdown] of outputs()) {
      const empty = markdown.split('\n').filter((line) => /^\s*- \*\*[^*]+\*\*[.:]?\s*$/.test(line));
      expect(empty, name).toEqual([]);
    }
  });
});

describe('a training-only project', () => {
  const file = join(ROOT, 'test/fixtures/training-visit.yaml');

  it('speaks of no clients, release or parole, and makes no claim about the country', () => {
    const en = read(file, 'mou', 'en');
    expect(en).not.toMatch(/client|release|parole|widespread/i);
    expect(en).not.toMatch(/recognising the experience/i);
    const ru = read(file, 'mou', 'ru');
    expect(ru).not.toMatch(/клиент|освобожд|условно-досрочн|распространены/i);
    // The country is named only where its personal-data law is.
    const claims = ru
      .split('\n')
      .filter((line) => /Туркмени/.test(line) && !/Законом Туркменистана/.test(line));
    expect(claims).toEqual([]);
  });

  it('still has every answer and the standard clauses a lawyer expects', () => {
    const en = read(file, 'mou', 'en');
    expect(en).toContain('training staff to care for people with drug use disorders');
    expect(en).toContain('## 13. Confidentiality and data protection');
    expect(en).toContain('30 calendar days');
  });
});

describe('Russian party clauses', () => {
  it('kz-probation: position and full name in the genitive, surname first, with the basis', () => {
    const mou = read(join(ROOT, 'examples/kz-probation.yaml'), 'mou', 'ru');
    expect(mou).toContain(
      'в лице заместителя начальника департамента Бекмұхамбетова Еріка Сәрсенұлы, действующего на основании Положения, с одной стороны',
    );
    expect(mou).toContain(
      'в лице директора Ғабдуллиной Әлии Нұрланқызы, действующей на основании Устава, с другой стороны',
    );
    expect(mou).toContain('| **Ф. И. О.** | Бекмұхамбетов Ерік Сәрсенұлы | Ғабдуллина Әлия Нұрланқызы |');
    expect(mou).toContain(
      '**между Департаментом уголовно-исполнительной системы по Карагандинской области и Общественным фондом «Сенім көпірі» («Мост доверия»)**',
    );
    // The client's consent form names the memorandum the same way.
    expect(mou).toContain('Меморандумом о взаимопонимании между Департаментом уголовно-исполнительной');
  });

  it('kg-women-colony: names in Latin letters are not declined, the title keeps the nominative after a colon', () => {
    const mou = read(join(ROOT, 'examples/kg-women-colony.yaml'), 'mou', 'ru');
    expect(mou).toMatch(/^\*\*между Сторонами: State Penitentiary Service .+ и Public Foundation .+\*\*$/m);
  });

  it('kz-probation: a focal point stands surname first, and the position loses its capital inside the sentence', () => {
    const mou = read(join(ROOT, 'examples/kz-probation.yaml'), 'mou', 'ru');
    expect(mou).toContain('Жақсыбаева Гүлнар Өтегенқызы, начальник службы пробации г. Караганды');
  });

  it.each(EXAMPLES.filter((f) => /kz-|tj-/.test(f)).map((f) => [basename(f), f]))(
    '%s: the same construction for both parties',
    (_name, file) => {
      const mou = read(file, 'mou', 'ru');
      const clauses = mou.match(
        /, в лице [^,]+, действующ(его|ей) на основании (Положения|Устава), с (одной|другой) стороны/g,
      );
      expect(clauses).toHaveLength(2);
      expect(mou).not.toContain('уполномоченного представителя (');
    },
  );

  it('nameGenitive, titleGenitive and basis from the answers win', () => {
    const dir = tempDir('pp-e2e-genitive-');
    const document = parseDocument(readFileSync(join(ROOT, 'examples/kz-probation.yaml'), 'utf8'));
    document.setIn(['parties', 'cso', 'signatory', 'nameGenitive'], 'Ғабдуллиной Әлии');
    document.setIn(['parties', 'cso', 'signatory', 'titleGenitive'], 'исполнительного директора');
    document.setIn(['parties', 'cso', 'signatory', 'basis'], 'Доверенность № 12 от 01.02.2027');
    writeFileSync(join(dir, 'p.yaml'), document.toString());
    expect(runCli(['render', 'p.yaml', '-f', 'md', '-d', 'mou'], { cwd: dir }).code).toBe(0);
    const mou = readFileSync(join(dir, 'p.mou.ru.md'), 'utf8');
    expect(mou).toContain(
      'в лице исполнительного директора Ғабдуллиной Әлии, действующей на основании доверенности № 12 от 01.02.2027, с другой стороны',
    );
  });
});

describe('follow-up after release beyond the term', () => {
  const dir = tempDir('pp-e2e-followup-');
  const document = parseDocument(readFileSync(join(ROOT, 'examples/kz-probation.yaml'), 'utf8'));
  document.setIn(['services', 0, 'followUpMonths'], 9);
  writeFileSync(join(dir, 'p.yaml'), document.toString());

  it('check reports it, with its references', () => {
    const result = runCli(['check', 'p.yaml', '--json', '--ui-lang', 'en'], { cwd: dir });
    // `check --json` prints one array, one entry per file.
    const [report] = JSON.parse(result.stdout) as {
      areas: { advice: { id: string; message: string; section: string }[] }[];
    }[];
    const found = report!.areas
      .flatMap((a) => a.advice)
      .find((a) => a.id === 'memorandum.follow-up-beyond-term');
    expect(found?.message).toContain(
      'follows clients for 9 months after release, but the memorandum ends with the project (18 months)',
    );
    expect(found?.section).toBe('protocol 6.4 (area 2), 6.4 (area 4); Nelson Mandela Rules r.24');
  });

  it('the memorandum names the handover at expiry', () => {
    expect(runCli(['render', 'p.yaml', '-f', 'md', '-d', 'mou'], { cwd: dir }).code).toBe(0);
    const mou = readFileSync(join(dir, 'p.mou.ru.md'), 'utf8');
    expect(mou).toMatch(
      /до истечения срока действия Меморандума, а при досрочном прекращении — в течение срока уведомления Стороны согласуют план передачи каждого клиента/,
    );
    expect(mou).toContain('сопровождение сроком до 9 мес.)');
    expect(mou).toContain(
      'Клиенты, чьё сопровождение после освобождения не завершится до окончания срока действия Меморандума, передаются по этому плану',
    );
  });
});

describe('defaults are visible', () => {
  it('check lists them, render says so, --draft marks each by name', () => {
    const dir = tempDir('pp-e2e-defaults-');
    copyFileSync(join(ROOT, 'test/fixtures/training-visit.yaml'), join(dir, 't.yaml'));
    const check = runCli(['check', 't.yaml', '--ui-lang', 'en'], { cwd: dir });
    expect(check.stdout.replace(/\s+/g, ' ')).toMatch(/Default wording used \(12\): Basis of authority/);
    const render = runCli(['render', 't.yaml', '-f', 'md', '--draft', '--ui-lang', 'en'], { cwd: dir });
    expect(render.stderr).toContain('t.yaml: standard wording used for Basis of authority');
    const mou = readFileSync(join(dir, 't.mou.en.md'), 'utf8');
    expect(mou).toContain(
      'for two years *\\[standard wording — Term of the memorandum: review before signing\\]*.',
    );
  });
});

describe('--draft marks every gap, one to one with the closing list', () => {
  const DRAFTS = [
    'test/fixtures/check/half-done.yaml',
    'test/fixtures/render/incomplete.yaml',
    'test/fixtures/training-visit.yaml',
  ];
  const HEADINGS = { en: '## To complete before signature', ru: '## К заполнению до подписания' };
  const dir = tempDir('pp-e2e-draft-');

  /** The first two lists of the closing section: what is missing, what took standard wording. */
  function closingLists(closing: string): string[][] {
    return closing
      .split(/\n\n(?=[^-])/)
      .map((block) =>
        block
          .split('\n')
          .filter((line) => line.startsWith('- '))
          .map((line) => line.slice(2).replace(/[;.]$/, '')),
      )
      .filter((items) => items.length > 0);
  }

  it.each(DRAFTS.flatMap((file) => LANGS.map((lang) => [basename(file), lang, file] as const)))(
    '%s (%s)',
    (_name, lang, file) => {
      const result = runCli([
        'render',
        join(ROOT, file),
        '--draft',
        '-f',
        'md',
        '-d',
        'mou',
        '--lang',
        lang,
        '-o',
        dir,
        '--force',
      ]);
      expect(result.code, result.stderr).toBe(0);
      const markdown = readFileSync(join(dir, `${basename(file, '.yaml')}.mou.${lang}.md`), 'utf8');
      const [text, closing = ''] = markdown.split(HEADINGS[lang]);
      const gapWord = lang === 'en' ? 'to complete' : 'заполнить';
      const markWord = lang === 'en' ? 'standard wording' : 'типовая формулировка';
      const placeholders = new Set(
        [...text!.matchAll(new RegExp(`\\\\\\[${gapWord}: ([^\\]\\\\]+)\\\\\\]`, 'g'))].map((m) => m[1]!),
      );
      const marks = new Set(
        [...text!.matchAll(new RegExp(`\\[${markWord} — ([^:]+):`, 'g'))].map((m) => m[1]!),
      );
      const lists = closingLists(closing);
      const missing = placeholders.size > 0 ? lists.shift()! : [];
      const review = marks.size > 0 ? lists.shift()! : [];
      expect(new Set(missing)).toEqual(placeholders);
      expect(new Set(review)).toEqual(marks);
      // No "will:" with nothing after it, no table of services with only its header row.
      expect(text).not.toMatch(
        /(will|jointly|обязуется|обязуются|учреждения|показателям|indicators):\n\n(##|\d)/,
      );
      expect(text).not.toMatch(/\|---\|[^\n]*\n\n/);
    },
  );
});

describe("the country's personal-data law", () => {
  it('every built-in country names its law, with its source and a flag until verified', () => {
    for (const name of readdirSync(join(ROOT, 'data/countries'))) {
      const data = JSON.parse(readFileSync(join(ROOT, 'data/countries', name), 'utf8')) as {
        personalDataLaw?: { ru: { title: string }; en: { title: string }; source: string; year: number };
      };
      expect(data.personalDataLaw?.ru.title, name).toBeTruthy();
      expect(data.personalDataLaw?.en.title, name).toBeTruthy();
      expect(data.personalDataLaw?.source, name).toMatch(/before signing/);
    }
  });

  it('the confidentiality article names it in the document language', () => {
    expect(read(join(ROOT, 'examples/kz-probation.yaml'), 'mou', 'ru')).toContain(
      'в соответствии с Законом Республики Казахстан «О персональных данных и их защите» и законодательством о врачебной тайне',
    );
    expect(read(join(ROOT, 'examples/kg-women-colony.yaml'), 'mou', 'en')).toContain(
      'in accordance with the Law of the Kyrgyz Republic “On Personal Information”',
    );
  });
});

describe('the draft memorandum lists the advice a memorandum needs', () => {
  const dir = tempDir('pp-e2e-draft-advice-');

  it('leaves out the concept note’s own advice and the list of defaults it already has', () => {
    const file = join(ROOT, 'test/fixtures/training-visit.yaml');
    const result = runCli(['render', file, '--draft', '-f', 'md', '--lang', 'en', '-o', dir, '--force']);
    expect(result.code, result.stderr).toBe(0);
    const closing = (name: string) =>
      readFileSync(join(dir, `training-visit.${name}.en.md`), 'utf8').split('## To complete')[1] ?? '';
    const mou = closing('mou');
    expect(mou).toContain('Open advice from the readiness check');
    expect(mou).toContain('dataProtection');
    expect(mou).not.toContain('conceptNote.');
    expect(mou).not.toContain('Default wording used');
    // The budget, logframe and risks are the concept note's to complete.
    const conceptNote = readFileSync(join(dir, 'training-visit.concept-note.en.md'), 'utf8');
    expect(conceptNote).toContain('The budget by category');
  });
});
