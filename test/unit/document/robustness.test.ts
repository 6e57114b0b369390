/**
 * `render --draft` accepts files that fail validation, so the model and the templates must
 * survive any value in any place: wrong types, nulls, lists of the wrong things.
 */
import { describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { documentExtras } from '../../../src/adapters/render-extras.js';
import { loadTemplates } from '../../../src/adapters/templates.js';
import type { DraftAnswers } from '../../../src/core/answers/types.js';
import { markdownBlocks } from '../../../src/core/document/blocks.js';
import { buildDocumentModel } from '../../../src/core/document/build-model.js';

const WRONG: unknown[] = [
  'text',
  42,
  true,
  null,
  [],
  [1, 'two', null],
  { a: { b: 'c' } },
  [{ name: 7, id: [] }],
];
const PATHS = [
  ['country'],
  ['language'],
  ['project'],
  ['project', 'institutions'],
  ['project', 'startDate'],
  ['project', 'durationMonths'],
  ['parties'],
  ['parties', 'prison'],
  ['parties', 'cso', 'signatory'],
  ['parties', 'others'],
  ['targetGroup', 'populations'],
  ['targetGroup', 'needs'],
  ['targetGroup', 'needs', 'medical'],
  ['services'],
  ['services', 0, 'referralsTo'],
  ['services', 0, 'authorisedBy'],
  ['services', 0, 'type'],
  ['civilSociety', 'organisations'],
  ['responsibilities', 'prison'],
  ['responsibilities', 'coordination'],
  ['responsibilities', 'termination', 'noticeDays'],
  ['monitoring', 'indicators'],
  ['monitoring', 'reporting', 'recipients'],
  ['signing'],
  ['signing', 'date'],
  ['conceptNote', 'risks'],
  ['conceptNote', 'timeline'],
  ['conceptNote', 'objectives'],
];

function base(): Record<string, unknown> {
  return {
    country: 'KG',
    project: { title: 'Pilot', institutions: [{ name: 'Colony 2', kind: 'colony' }] },
    parties: { prison: { name: 'SPS' }, cso: { name: 'CSO' } },
    services: [
      { id: 'a', type: 'peer-support', name: 'Peer groups', implementer: 'cso', referralsTo: ['a'] },
    ],
    monitoring: { indicators: [{ name: 'Reach', target: 10 }] },
  };
}

function setPath(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null)
      node[key] = typeof path[1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

describe('draft rendering of files with wrong types', () => {
  const t = translatorFor('en');
  const templates = loadTemplates({ lang: 'en', draft: true, docT: t, uiT: t });
  const cases = PATHS.flatMap((path) =>
    WRONG.map((value) => ({ path: path.join('.'), rawPath: path, value })),
  );

  it.each(cases)('$path = $value', ({ rawPath, value }) => {
    const answers = base();
    setPath(answers, rawPath, value);
    const draft = answers as DraftAnswers;
    const model = buildDocumentModel(draft, { lang: 'en', draft: true, t, ...documentExtras(draft, t) });
    for (const render of [templates.mou, templates['concept-note']]) {
      const markdown = render(model);
      expect(markdown).not.toContain('[object Object]');
      expect(markdown).not.toContain('undefined');
      expect(markdownBlocks(markdown).length).toBeGreaterThan(10);
    }
  });
});
