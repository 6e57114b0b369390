/** The library API (`import … from 'prison-protocol'`), from the source: in memory, nothing printed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { answersSchema, check, InvalidAnswersError, parse, render, validate } from '../../src/index.js';
import { ROOT } from '../helpers/cli.js';

const example = readFileSync(join(ROOT, 'examples', 'kg-women-colony.yaml'));

describe('library API', () => {
  it('parse, validate and check an answers file given as bytes or text', () => {
    expect(parse(example).data?.country).toBe('KG');
    expect(validate(example)).toEqual({ valid: true, errors: [] });
    const report = check(example.toString('utf8'));
    expect(report.valid).toBe(true);
    expect(report.areas).toHaveLength(5);
    expect(report.summary?.ready).toBe(true);
  });

  it('speaks the language asked for, English otherwise', () => {
    const text = 'version: 1\nproject:\n\ttitle: x\n';
    expect(validate(text).errors[0]).toMatchObject({
      line: 3,
      column: 1,
      message: expect.stringMatching(/^A tab/),
    });
    expect(validate(text, { uiLang: 'ru' }).errors[0]!.message).toMatch(/табуляц/i);
  });

  it('renders to buffers, and refuses an invalid file with its problems', async () => {
    const documents = await render(example, { formats: ['md'], name: 'kg' });
    expect(documents.map((d) => [d.doc, d.format, d.lang, d.fileName])).toEqual([
      ['mou', 'md', 'en', 'kg.mou.en.md'],
      ['concept-note', 'md', 'en', 'kg.concept-note.en.md'],
    ]);
    expect(documents[0]!.data).toContain('Memorandum of Understanding');
    const blank = example.toString('utf8').replace(/^( {2}title: )(.*)$/m, '$1"  "');
    const error = await render(blank, { formats: ['md'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidAnswersError);
    expect((error as InvalidAnswersError).problems[0]).toMatchObject({ path: '/project/title' });
  });

  it('gives the bundled schema with its $id', () => {
    expect(answersSchema()).toMatchObject({ $id: 'urn:prison-protocol:answers:v1' });
  });
});
