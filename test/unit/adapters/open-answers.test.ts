/** The interview opens an existing answers file with every comment where it stood. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { openAnswers } from '../../../src/adapters/interview-session.js';
import { tEn } from '../../helpers/i18n.js';

describe('openAnswers', () => {
  it('keeps the commented-out keys after an empty key at their place and depth', async () => {
    const text = [
      'version: 1',
      'project:',
      '  title:  # Project title',
      '  # summary:  # Summary',
      '  institutions:',
      '    - name: Colony 2',
      '      kind: colony',
      '      # capacity:  # Capacity',
      'country: KG',
      '',
    ].join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'pp-open-')), 'answers.yaml');
    writeFileSync(file, text);
    const { document, isNew } = await openAnswers(file, 'answers.yaml', tEn);
    expect(isNew).toBe(false);
    // The only change: one space before an end-of-line comment, as the yaml library writes it.
    expect(String(document)).toBe(text.replace('title:  # Project title', 'title: # Project title'));
  });
});
