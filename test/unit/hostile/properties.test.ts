/**
 * Property-based tests (issue 17) over the loader, the validator and the Markdown escaping, with
 * fast-check: random YAML-ish text never throws past the loader, every problem is located, and
 * any string a user writes reads back unchanged from the Markdown of the documents.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';

import { validateAnswers } from '../../../src/adapters/schemas.js';
import { renderFile } from '../../../src/adapters/render-files.js';
import { parseAnswers } from '../../../src/core/answers/load.js';
import { markdownBlocks, runsText, type Block } from '../../../src/core/document/blocks.js';
import { escapeMarkdown } from '../../../src/core/document/markdown-escape.js';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { tEn } from '../../helpers/i18n.js';
import { straightQuotes } from '../../helpers/quotes.js';

// CI runs a fixed seed, so a run that lands is repeatable; elsewhere each run explores anew
// (FC_SEED=<n> replays a failure that fast-check reports).
if (process.env.CI || process.env.FC_SEED)
  fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261201) });

const example = readFileSync(join(ROOT, 'examples/kg-women-colony.yaml'), 'utf8');

/** Pieces that YAML gives a meaning to, and some it refuses. */
const YAML_PIECES = [
  'key',
  'k2',
  ': ',
  ':',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '\\',
  '&a ',
  '*a',
  '*b',
  '&b ',
  '# c',
  '? ',
  '|',
  '>-',
  '!!str ',
  '!!map ',
  '!x ',
  '---',
  '...',
  '%YAML 1.2\n',
  '@',
  '`',
  '%',
  '<<: ',
  '.inf',
  '-.inf',
  '.nan',
  '1e999',
  '0x1F',
  '~',
  'null',
  'true',
  '2027-02-30',
  'é',
  'Ж',
  '\t',
  '\u000b',
  '\u2028',
  '\u0001',
  '\u001b',
  '\ufeff',
  '"\\0"',
  '"\\ud800"',
  '😀',
];
const yamlish = fc
  .array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((pieces) => pieces.join(''));

/** The example with random pieces spliced in at random places. */
const mutatedExample = fc
  .array(fc.tuple(fc.nat({ max: example.length }), fc.nat({ max: 20 }), yamlish), {
    minLength: 1,
    maxLength: 4,
  })
  .map((edits) =>
    edits.reduce(
      (text, [at, remove, insert]) => text.slice(0, at) + insert + text.slice(at + remove),
      example,
    ),
  );

function expectLoadedSafely(text: string) {
  const loaded = parseAnswers(text, tEn);
  const problems = validateAnswers(loaded, tEn);
  if (!loaded.data) expect(problems.length).toBeGreaterThan(0);
  const lines = text.split(/\r\n|\r|\n/).length + 1;
  for (const problem of problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message).not.toMatch(/^(load|validation)\.|call stack|undefined/);
  }
}

describe('the loader and the validator never throw, and locate every problem', () => {
  it('on random YAML-ish text', () => {
    fc.assert(fc.property(yamlish, expectLoadedSafely), { numRuns: 400 });
  });

  it('on the example with random pieces spliced in', () => {
    fc.assert(fc.property(mutatedExample, expectLoadedSafely), { numRuns: 150 });
  });
});

/** Text a user can write: anything but the control characters the loader refuses. */
// eslint-disable-next-line no-control-regex -- excluding control characters is the point
const WRITABLE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]*$/u;
const MARKDOWN_PIECES = [
  'https://',
  'http://x.org/',
  'www.',
  'ftp://',
  'a_b',
  '_',
  '*',
  '**',
  '~',
  '~~',
  '\\',
  '`',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '|',
  '#',
  '##',
  '&',
  'amp;',
  '&#35;',
  '&copy;',
  '-',
  '+',
  '=',
  '1.',
  '2)',
  '!',
  '.',
  ',',
  ':',
  ';',
  '"',
  "'",
  ' ',
  '  ',
  'a',
  'Ж',
  'x@y.org',
  '$',
  '^',
  '{',
  '}',
  '\n',
  '\t',
  '---',
  '===',
  '<br>',
  '<!--',
  '![i](j)',
  'оʻ',
];
const userText = fc
  .array(fc.oneof(fc.constantFrom(...MARKDOWN_PIECES), fc.string({ maxLength: 3, unit: 'grapheme' })), {
    minLength: 1,
    maxLength: 25,
  })
  .map((pieces) => pieces.join(''))
  .filter((text) => WRITABLE.test(text) && text.trim() !== '' && !/\p{Cs}/u.test(text));

/** As the documents show a single-line value: whitespace runs as one space, trimmed. */
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [runsText(block.runs)];
    case 'list':
      return block.items.flatMap((item) => [runsText(item.runs), ...item.children.flatMap(blockText)]);
    case 'table':
      return [...block.header, ...block.rows.flat()].map((cell) => runsText(cell));
    case 'quote':
      return block.blocks.flatMap(blockText);
    default:
      return [];
  }
}

describe('Markdown escaping: any string reads back as written', () => {
  it('in a paragraph, a table cell and a heading', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const escaped = escapeMarkdown(text);
        const expected = shown(text);
        const paragraph = markdownBlocks(`${escaped}\n`);
        expect(paragraph.map((block) => block.type)).toEqual(['paragraph']);
        expect(blockText(paragraph[0]!)).toEqual([expected]);
        const table = markdownBlocks(`| A | B |\n|---|---|\n| ${escaped} | x |\n`);
        expect(table[0]).toMatchObject({ type: 'table' });
        expect(blockText(table[0]!)).toEqual(['A', 'B', expected, 'x']);
        const heading = markdownBlocks(`## Responsibilities of ${escaped}\n`);
        expect(blockText(heading[0]!)).toEqual([`Responsibilities of ${expected}`]);
      }),
      { numRuns: 1000 },
    );
  });

  it('through the templates: a title and a short name holding s show s in the MoU', async () => {
    const dir = tempDir('pp-prop-');
    const file = join(dir, 'p.yaml');
    await fc.assert(
      fc.asyncProperty(userText, userText, async (title, shortName) => {
        const document = parseDocument(example);
        document.setIn(['project', 'title'], title);
        document.setIn(['parties', 'cso', 'shortName'], shortName);
        const { writeFileSync } = await import('node:fs');
        writeFileSync(file, document.toString());
        const out = join(dir, 'out');
        const options = {
          outDir: out,
          formats: ['md'] as const,
          docs: ['mou'] as const,
          force: true,
          draft: false,
        };
        const result = await renderFile(file, { ...options, formats: ['md'], docs: ['mou'] }, { t: tEn });
        expect(result.errors).toEqual([]);
        const markdown = readFileSync(join(out, 'p.mou.en.md'), 'utf8');
        const texts = markdownBlocks(markdown).flatMap(blockText);
        // Quotation marks are set in the language's style (typography/quotes): compared straight.
        const found = (s: string) =>
          texts.some((text) => straightQuotes(text).includes(straightQuotes(shown(s))));
        expect(found(title)).toBe(true);
        expect(found(shortName)).toBe(true);
        rmSync(out, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
