/**
 * The concept note through the built CLI (issue 12): a file with every new `conceptNote` key
 * renders each of them in the Markdown, the PDF (text read back) and the Word file; a file
 * without them renders "to complete" markers under --draft, and `check` names what is missing.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { compact, readDocx, readPdf } from '../unit/pdf/read-back.js';

const COMPLETE = join(ROOT, 'test/fixtures/render/concept-note-complete.yaml');
const WITHOUT = join(ROOT, 'test/fixtures/render/spec-example.yaml');

function workspace(source: string): { dir: string; file: string } {
  const dir = tempDir('pp-e2e-concept-note-');
  copyFileSync(source, join(dir, 'protocol.yaml'));
  return { dir, file: 'protocol.yaml' };
}

/** What the complete fixture's new keys must put into the note, in English and in Russian. */
const EXPECTED: Record<'en' | 'ru', string[]> = {
  en: [
    'Lead applicant',
    'Amount requested',
    '30,000 EUR',
    '28,000 EUR (93% of the total cost)',
    'Rooms provided by the colony',
    'Kyrgyz national HIV programme (example)',
    "The donor's support is named on every leaflet and at the closing round table.",
    'Passes for CSO staff are delayed',
    'Specific objective (outcome)',
    'Output',
    'Community services accept released women without a waiting list.',
    'by sex, age and pre-trial or sentenced',
    'by age and institution',
    'Communication and visibility',
    'Fit with national strategies and the donor programme',
    'Annexes',
  ],
  ru: [
    'Ведущий заявитель',
    'Запрашиваемая сумма',
    '30 000 EUR',
    '28 000 EUR (93% общей стоимости)',
    'Софинансирование',
    'Kyrgyz national HIV programme (example)',
    'Конкретная цель (конечный результат)',
    'Непосредственный результат',
    'в разбивке по полу, возрасту и pre-trial or sentenced',
    'Допущения',
    'Коммуникация и обеспечение заметности',
    'Соответствие национальным стратегиям и программе донора',
    'Приложения',
  ],
};

describe('concept note with every new key (built CLI)', () => {
  it.each(['en', 'ru'] as const)('renders them in the %s Markdown, PDF and Word file', async (lang) => {
    const { dir, file } = workspace(COMPLETE);
    const result = runCli(
      ['render', file, '-o', 'out', '-d', 'concept-note', '-f', 'md,pdf,docx', '--lang', lang, '-q'],
      { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(0);
    const base = join(dir, 'out', `protocol.concept-note.${lang}`);
    const markdown = readFileSync(`${base}.md`, 'utf8').replace(/\\(.)/g, '$1').replace(/\*/g, '');
    const pdf = await readPdf(readFileSync(`${base}.pdf`));
    const docx = await readDocx(readFileSync(`${base}.docx`));
    for (const text of EXPECTED[lang]) {
      expect(markdown, `MD: ${text}`).toContain(text);
      expect(pdf.compact, `PDF: ${text}`).toContain(compact(text));
      expect(docx.compact, `DOCX: ${text}`).toContain(compact(text));
    }
    const missingMarker = lang === 'en' ? '[to complete' : '[заполнить';
    expect(markdown).not.toContain(missingMarker);
    expect(pdf.compact).not.toContain(compact(missingMarker));
  });
});

describe('concept note without the new keys (built CLI)', () => {
  it('marks each missing part under --draft and lists it', () => {
    const { dir, file } = workspace(WITHOUT);
    const result = runCli(['render', file, '-o', 'out', '-d', 'concept-note', '-f', 'md', '--draft', '-q'], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    const note = readFileSync(join(dir, 'out', 'protocol.concept-note.en.md'), 'utf8');
    for (const part of [
      'Specific objectives',
      'Budget by category',
      'National strategies and programmes the project serves',
      'Communication and visibility',
    ])
      expect(note, part).toContain(`\\[to complete: ${part}\\]`);
    const list = note.slice(note.indexOf('## To complete before submission'));
    for (const part of [
      'Specific objectives',
      'Likelihood and impact of each risk',
      'Budget by category',
      'National strategies and programmes the project serves',
      'Communication and visibility',
      'Result level of each indicator (impact, outcome, output)',
      'Baseline of each indicator',
    ])
      expect(list, part).toContain(`- ${part}`);
    // Nothing invented in their place.
    expect(note).not.toContain('as found in the needs assessment');
    expect(note).not.toMatch(/prison-protocol \w+|`/);
  });

  it('has check name each missing part, in English and in Russian', () => {
    const en = runCli(['check', WITHOUT, '--json']);
    // `check --json` prints one array, one entry per file.
    const ids = (JSON.parse(en.stdout) as { areas: { advice: { id: string }[] }[] }[])[0]!.areas.flatMap(
      (area) => area.advice.map((advice) => advice.id),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        'concept-note.indicator-level',
        'concept-note.objectives',
        'concept-note.risk-rating',
        'concept-note.budget-total',
        'concept-note.strategies',
        'concept-note.visibility',
      ]),
    );
    const text = runCli(['check', WITHOUT]).stdout;
    expect(text).toContain('No strategy is named (`conceptNote.strategies`)');
    expect(text).toContain('There is no budget by category (`conceptNote.budget`)');
    const ru = runCli(['check', WITHOUT, '--ui-lang', 'ru']).stdout;
    expect(ru).toContain('Не названа ни одна стратегия');
    expect(ru).toContain('Нет бюджета по статьям');
  });

  it('keeps check and the readiness annex in agreement: an error is never "answered"', () => {
    const { dir, file } = workspace(join(ROOT, 'test/fixtures/check/weak.yaml'));
    const [check] = JSON.parse(runCli(['check', file, '--json'], { cwd: dir }).stdout) as {
      areas: { title: string; advice: { severity: string }[] }[];
    }[];
    const result = runCli(['render', file, '-o', 'out', '-d', 'concept-note', '-f', 'md', '--draft', '-q'], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    const note = readFileSync(join(dir, 'out', 'protocol.concept-note.en.md'), 'utf8');
    const annex = note.slice(note.indexOf('## Annex 1'));
    for (const [index, area] of check!.areas.entries()) {
      const row = annex.split('\n').find((line) => line.startsWith(`| ${index + 1}. `))!;
      if (area.advice.some((advice) => advice.severity === 'error'))
        expect(row).not.toMatch(/\| answered \|/);
    }
    expect(annex).toContain('open points:');
    expect(annex).not.toMatch(/prison-protocol|`/);
  });
});
