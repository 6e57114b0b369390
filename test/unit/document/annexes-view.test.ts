/**
 * The memorandum's annexes from the view model: an annex exists only when the answers hold its
 * content; a needed one without it is a placeholder in drafts (and listed to complete) and
 * absent from a final document; numbering follows the body's order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import type { DraftAnswers } from '../../../src/core/answers/types.js';
import { buildDocumentModel } from '../../../src/core/document/build-model.js';
import { ROOT } from '../../helpers/cli.js';

const load = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as DraftAnswers;
const en = translatorFor('en');
const model = (answers: DraftAnswers, draft = false) =>
  buildDocumentModel(answers, { lang: 'en', draft, t: en });
const keys = (answers: DraftAnswers, draft = false) => model(answers, draft).annexes.map((a) => a.key);

describe('annexes of the memorandum', () => {
  const kg = load('examples/kg-women-colony.yaml');

  it('numbers the annexes in the order the body cites them', () => {
    const view = model(kg);
    expect(view.annexes.map((a) => [a.number, a.key])).toEqual([
      [1, 'accessList'],
      [2, 'consentForm'],
      [3, 'workplan'],
      [4, 'indicators'],
    ]);
    expect(view.annex.workplan?.number).toBe(3);
    expect(view.annexes.every((a) => a.placeholder === null)).toBe(true);
  });

  it('attaches the access list and the workplan only when answered; drops a nameless entry', () => {
    const without = structuredClone(kg);
    delete without.civilSociety!.accessList;
    delete without.conceptNote!.timeline;
    expect(keys(without)).toEqual(['consentForm', 'indicators']);
    const nameless = structuredClone(kg);
    nameless.civilSociety!.accessList = [{ name: '' }, { name: 'A. Asanova', title: 'Psychologist' }];
    expect(model(nameless).civilSociety.accessList).toEqual([
      { number: 1, name: 'A. Asanova', title: 'Psychologist', organisation: null },
    ]);
  });

  it('a consent form without the data-protection answer: a gap in a draft, absent when final', () => {
    const without = structuredClone(kg);
    delete without.responsibilities!.dataProtection;
    expect(keys(without)).not.toContain('consentForm');
    expect(model(without).annex.consentForm).toBeNull();
    const draft = model(without, true);
    expect(draft.annex.consentForm?.placeholder).toBe(
      '\\[to complete: Client consent form (annex): how clients’ data are kept and shared\\]',
    );
    expect(draft.toComplete.mou.missing.map((g) => g.text)).toContain(
      'Client consent form (annex): how clients’ data are kept and shared',
    );
  });

  it('a training-only project has no consent form, and its services are not consented to', () => {
    const training = load('test/fixtures/training-visit.yaml');
    expect(keys(training, true)).not.toContain('consentForm');
    expect(model(training).consentServices).toEqual([]);
  });
});
