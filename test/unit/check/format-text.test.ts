import { describe, expect, it } from 'vitest';

import { checkAnswers, formatSection } from '../../../src/core/check/index.js';
import { formatReportText } from '../../../src/core/check/format-text.js';
import { hang, wrap } from '../../../src/core/check/wrap.js';
import { goodAnswers } from './good-answers.js';
import { check, en, ru } from './helpers.js';

describe('wrap', () => {
  it.each([
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['short', 80, ['short']],
    ['averyveryverylongword fits', 10, ['averyveryverylongword', 'fits']],
    ['', 10, ['']],
  ] as const)('%s at %i', (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });

  it('hangs following lines under the text, not under the label', () => {
    expect(hang('ERROR  ', 'alpha beta gamma delta epsilon', 30, 2)).toEqual([
      '  ERROR  alpha beta gamma',
      '         delta epsilon',
    ]);
  });
});

describe('formatSection', () => {
  it.each([
    [['6.4/2'], 'protocol 6.4 (area 2)', 'протокол, 6.4 (направление 2)'],
    [['7', '8'], 'protocol 7, 8', 'протокол, 7, 8'],
    [['8', 'std:bangkok'], 'protocol 8; Bangkok Rules', 'протокол, 8; Бангкокские правила'],
    [['std:mandela:24'], 'Nelson Mandela Rules r.24', 'Правила Нельсона Манделы, правило 24'],
  ] as const)('%j', (refs, english, russian) => {
    expect(formatSection(refs, en)).toBe(english);
    expect(formatSection(refs, ru)).toBe(russian);
  });
});

describe('formatReportText', () => {
  it('shows every area with its status, missing fields and advice, within 80 columns', () => {
    const answers = structuredClone(goodAnswers());
    answers.services[0]!.authorisedBy = [];
    delete answers.civilSociety.access;
    answers.monitoring.qualityAssurance = '';
    const text = formatReportText('protocol.yaml', check(answers), en);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toContain('Area 1. Target group');
    expect(text).toMatch(/Area 5\. .*\[partial\]/);
    expect(text).toContain('Missing:');
    expect(text).toMatch(/ERROR +“Methadone therapy”: opioid agonist therapy/);
    expect(text).toMatch(/WARNING +How CSO staff get into the institution/);
    expect(text).toContain('Source: protocol 6.4 (area 2)');
    // The advice: the memorandum's access clause now takes the default wording.
    expect(text).toContain('Summary: 2 errors, 1 warning, 1 piece of advice.');
  });

  it('fits narrow terminals and says "nothing to add" for clean areas', () => {
    const text = formatReportText('a.yaml', check(goodAnswers()), en, { width: 50 });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    expect(text.match(/Nothing to add\./g)).toHaveLength(5);
    expect(text).toContain('Ready:');
  });

  it('is Russian with a Russian translator, with Russian plurals', () => {
    const text = formatReportText('a.yaml', checkAnswers({}, ru), ru);
    expect(text).toContain('Направление 1.');
    expect(text).toContain('[не начато]');
    expect(text).toContain('Итог: 5 ошибок, 0 предупреждений, 0 советов.');
  });
});
