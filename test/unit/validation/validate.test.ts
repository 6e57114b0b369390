import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { validateAnswers } from '../../../src/adapters/schemas.js';
import { parseAnswers } from '../../../src/core/answers/load.js';
import type { Translate } from '../../../src/core/i18n/translate.js';
import { ROOT } from '../../helpers/cli.js';
import { tEn, tRu } from '../../helpers/i18n.js';

const base = readFileSync(join(ROOT, 'test/fixtures/validate/valid-minimal.yaml'), 'utf8');
const problemsOf = (text: string, t: Translate = tEn) => validateAnswers(parseAnswers(text, t), t);

describe('validateAnswers', () => {
  it('accepts a valid file', () => {
    expect(problemsOf(base)).toEqual([]);
  });

  it('reports unknown keys at the key, with a suggestion', () => {
    const problems = problemsOf(base.replace('  needs:', '  neeeds:'));
    const problem = problems.find((p) => p.code === 'unknown-key');
    expect(problem).toMatchObject({ line: 20, column: 3 });
    expect(problems.find((p) => p.code === 'required')?.path).toBe('/targetGroup/needs');
    expect(problem!.message).toContain('Did you mean “needs”?');
  });

  it('keeps x- keys without complaint', () => {
    expect(problemsOf(`${base}x-notes: anything at all\n`)).toEqual([]);
  });

  it('names allowed values and the closest one for a misspelt enum', () => {
    const problems = problemsOf(base.replace('kind: colony', 'kind: colonny'));
    expect(problems[0]!.message).toMatch(/allowed values: pretrial-detention.*Did you mean “colony”\?/);
  });

  it.each([
    ['2027-02-29', true],
    ['2028-02-29', false],
    ['2027-13-01', true],
    ['1 March 2027', true],
  ])('date %s is refused: %s', (date, refused) => {
    const problems = problemsOf(base.replace('date: 2027-02-15', `date: "${date}"`));
    expect(problems.some((p) => p.code === 'date')).toBe(refused);
  });

  it('checks e-mail form', () => {
    const problems = problemsOf(base.replace('b.bekova@example.kg', 'b.bekova at example'));
    expect(problems).toMatchObject([{ code: 'email', line: 14 }]);
  });

  it('finds duplicate service ids', () => {
    const problems = problemsOf(base.replace('id: after-care', 'id: release-prep'));
    const duplicate = problems.find((p) => p.code === 'duplicate-id');
    expect(duplicate?.message).toContain('line 23');
  });

  it('finds referrals to services that do not exist', () => {
    const problems = problemsOf(base.replace('referralsTo: [after-care]', 'referralsTo: [aftercare]'));
    expect(problems).toMatchObject([{ code: 'referral', line: 27 }]);
    expect(problems[0]!.message).toContain('Did you mean “after-care”?');
  });

  it('reports every missing area of a half-done file, in the schema order', () => {
    const problems = problemsOf('version: 1\ncountry: KG\n');
    const missing = problems.filter((p) => p.code === 'required').map((p) => p.path);
    expect(missing).toEqual([
      '/project',
      '/parties',
      '/targetGroup',
      '/services',
      '/civilSociety',
      '/responsibilities',
      '/monitoring',
    ]);
  });

  it('says "not filled in" once for an empty key', () => {
    const problems = problemsOf(base.replace('kind: colony', 'kind:'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/not filled in yet\. Choose one of: pretrial-detention/);
  });

  it('writes messages in Russian with Russian field titles', () => {
    const [problem] = problemsOf(base.replace('implementer: cso', 'implementer: ngo'), tRu);
    expect(problem!.message).toMatch(/недопустимое значение/);
    expect(problem!.message).toMatch(/^Исполнитель/);
  });
});
