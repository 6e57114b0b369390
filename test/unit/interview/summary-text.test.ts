/** The review screen's layout: every line of an answer stays inside its indented block. */
import { describe, expect, it } from 'vitest';

import { renderSummary } from '../../../src/adapters/interview-text.js';

const plain = {
  bold: (s: string) => s,
  dim: (s: string) => s,
  warn: (s: string) => s,
  good: (s: string) => s,
};
const texts = { empty: '(no answer)', needed: 'needed' };

describe('renderSummary', () => {
  it('puts a short answer on the label line', () => {
    const lines = renderSummary(
      { title: 'Your answers', rows: [{ label: 'Access', value: ['Two visits a week'], missing: false }] },
      80,
      plain,
      texts,
    );
    expect(lines).toContain('  Access: Two visits a week');
  });

  it('shows an answer of several lines as an indented block, never from column 0', () => {
    const lines = renderSummary(
      {
        title: 'Your answers',
        rows: [{ label: 'Access', value: ['Written in the editor.\nSecond line.'], missing: false }],
      },
      80,
      plain,
      texts,
    );
    expect(lines).toEqual([
      '',
      'Your answers',
      '  Access:',
      '      Written in the editor.',
      '      Second line.',
    ]);
  });
});
