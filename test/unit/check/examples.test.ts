/** Every bundled example is a complete project: `check` finds no error in it, in either language. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseAnswers } from '../../../src/core/answers/load.js';
import { check, en, ru } from './helpers.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples');
const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.yaml'));

describe('bundled examples', () => {
  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(1));

  it.each(files)('%s is complete and triggers no error', (name) => {
    const loaded = parseAnswers(readFileSync(join(EXAMPLES, name)), en);
    expect(loaded.data).toBeDefined();
    for (const t of [en, ru]) {
      const report = check(loaded.data!, t);
      const errors = report.areas.flatMap((area) =>
        area.advice.filter((advice) => advice.severity === 'error'),
      );
      expect(errors).toEqual([]);
      expect(report.areas.map((area) => area.status)).toEqual(Array(5).fill('complete'));
      expect(report.summary.ready).toBe(true);
    }
  });
});
