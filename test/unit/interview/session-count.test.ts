/**
 * The length of a whole roundtable session: the bundled Kyrgyz example's content typed into an
 * empty file through the real engine and session data. The numbers are printed for the issue's
 * note and held below a ceiling, so that a change that lengthens the session is seen.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { loadSessionSpec, validateText, countryCsoNames } from '../../../src/adapters/interview-session.js';
import { newAnswersDocument } from '../../../src/core/interview/document.js';
import { runInterview } from '../../../src/core/interview/engine.js';
import { t } from './harness.js';
import { exampleData, OraclePrompter } from './session-count.js';

describe('a whole session of the Kyrgyz example', () => {
  it('is counted: prompts, keystrokes, mechanical screens', async () => {
    const example = exampleData(readFileSync('examples/kg-women-colony.yaml', 'utf8'));
    const prompter = new OraclePrompter(example, {
      review: t('interview.review.prompt'),
      final: t('interview.final.prompt'),
      offer: t('interview.section.conceptNote.offer'),
    });
    const document = newAnswersDocument('schema.json');
    let saved = '';
    prompter.current = () => parse(saved || 'version: 1');
    await runInterview({
      spec: loadSessionSpec(),
      prompter,
      t,
      document,
      save: async (text) => {
        saved = text;
      },
      validate: (text) => validateText(text, t),
      countryCsos: (code) => countryCsoNames(code, t),
    });
    const { counts } = prompter;
    console.log(JSON.stringify(counts, null, 1));
    expect(validateText(saved, t)).toEqual([]);
    const data = parse(saved);
    expect(data.services.length).toBe(example.services instanceof Array ? example.services.length : 0);
    expect(data.targetGroup.description).toBe(
      String((example.targetGroup as { description: string }).description),
    );
    // Before #14 (list menus after every entry): 323 prompts, 13,963 keystrokes, 77 mechanical.
    // After its first part: 289 prompts, 14,233 keystrokes, 36 mechanical (10 of them "Is
    // everything right?" at the end of each part). Now a part ends by showing its answers, with
    // no question: 279 prompts, 14,223 keystrokes, 26 mechanical; with issue 11's keys asked
    // (the signatories' basis, a service's follow-up months): 285 prompts, 14,229 keystrokes.
    // The example then gained an access list of six CSO staff (issue 11's annex): 19 prompts
    // more for its content (three per person, and the empty line that ends the list, which is
    // the one mechanical screen more): 304 prompts, 14,437 keystrokes, 27 mechanical.
    expect(counts.mechanical).toBeLessThanOrEqual(27);
    expect(counts.menus['Is everything right?']).toBeUndefined();
    expect(counts.prompts).toBeLessThanOrEqual(304);
  });
});
