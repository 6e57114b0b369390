/**
 * The bundled templates filled with the examples (Markdown snapshots), with hostile answers
 * (nothing breaks the Markdown structure), and with broken override templates (the error names
 * the file and the line).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { marked, type Tokens } from 'marked';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { readAnswersFile } from '../../../src/adapters/answers-file.js';
import { translatorFor } from '../../../src/adapters/i18n.js';
import { documentExtras } from '../../../src/adapters/render-extras.js';
import { templateLanguages } from '../../../src/adapters/template-files.js';
import { loadTemplates } from '../../../src/adapters/templates.js';
import type { DraftAnswers } from '../../../src/core/answers/types.js';
import { buildDocumentModel } from '../../../src/core/document/build-model.js';
import { tidyMarkdown } from '../../../src/core/document/markdown-escape.js';
import { DOC_KINDS, type DocKind } from '../../../src/core/document/types.js';
import { UserError } from '../../../src/core/errors.js';
import { ROOT, tempDir } from '../../helpers/cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));
const ui = translatorFor('en');

function render(
  answers: DraftAnswers,
  lang: string,
  draft = false,
  overrideDir?: string,
): Record<DocKind, string> {
  const t = translatorFor(lang);
  const model = buildDocumentModel(answers, { lang, draft, t, ...documentExtras(answers, t) });
  const templates = loadTemplates({ lang, draft, docT: t, uiT: ui, overrideDir });
  return {
    mou: tidyMarkdown(templates.mou(model)),
    'concept-note': tidyMarkdown(templates['concept-note'](model)),
  };
}

describe.each(templateLanguages())('bundled %s templates on the examples', (lang) => {
  it.each(EXAMPLES)('%s renders the expected Markdown', async (example) => {
    const read = await readAnswersFile(join(ROOT, 'examples', example), ui);
    expect(read.problems).toEqual([]);
    const documents = render(read.loaded.data!, lang);
    for (const doc of DOC_KINDS) {
      await expect(documents[doc]).toMatchFileSnapshot(
        `__snapshots__/${basename(example, '.yaml')}.${doc}.${lang}.md`,
      );
    }
  });
});

const HOSTILE = '# | *bold* _it_ [link](http://x) <b>html</b> `code` ~~del~~ \\ &amp; 1. ';

/** The spec example with the same answers in every field a table or heading shows, hostile or not. */
function withValues(prefix: string): DraftAnswers {
  const answers = parse(
    readFileSync(join(ROOT, 'test/fixtures/render/spec-example.yaml'), 'utf8'),
  ) as DraftAnswers;
  const value = (label: string) => `${prefix}${label}`;
  answers.parties!.prison!.name = value('prison');
  answers.parties!.prison!.shortName = value('P');
  answers.parties!.cso!.shortName = value('C');
  answers.parties!.cso!.signatory = { name: value('signatory'), title: value('title') };
  answers.services![0]!.name = value('service');
  answers.services![0]!.authorisedBy = [value('authority')];
  answers.monitoring!.indicators![0]!.name = value('indicator');
  answers.monitoring!.indicators![0]!.target = value('target');
  answers.targetGroup!.needs = { medical: [value('need')] };
  answers.conceptNote = {
    risks: [{ risk: value('risk'), mitigation: value('mitigation') }],
    budgetSummary: value('budget'),
  };
  return answers;
}

describe('user text cannot change the structure of the documents', () => {
  const clean = render(withValues('plain '), 'en');
  const attacked = render(withValues(HOSTILE), 'en');

  it.each(DOC_KINDS)(
    '%s: same headings, same tables with the same columns, no HTML, links or code',
    (doc) => {
      const shape = (markdown: string) =>
        marked
          .lexer(markdown)
          .map((token) =>
            token.type === 'table'
              ? `table:${(token as Tokens.Table).header.length}x${(token as Tokens.Table).rows.map((r) => r.length).join(',')}`
              : token.type === 'heading'
                ? `h${(token as Tokens.Heading).depth}`
                : token.type,
          );
      expect(shape(attacked[doc])).toEqual(shape(clean[doc]));
      // The layout's page-break marker (before each annex) is the templates' own HTML comment.
      const inline = JSON.stringify(marked.lexer(attacked[doc].replace(/<!-- page-break -->/g, '')));
      for (const type of ['"type":"html"', '"type":"codespan"', '"type":"del"', '"type":"image"']) {
        expect(inline.includes(type), type).toBe(false);
      }
      // Bare URLs may become autolinks (same text); a link with other text than its address may not.
      const links = [...inline.matchAll(/"type":"link","raw":"([^"]*)"/g)].map((m) => m[1]);
      expect(links.filter((raw) => raw!.startsWith('['))).toEqual([]);
    },
  );

  it('keeps the hostile text itself, as text', () => {
    const tokens = marked.lexer(attacked.mou);
    const heading = tokens.find(
      (t) => t.type === 'heading' && t.raw.includes('Responsibilities of'),
    ) as Tokens.Heading;
    expect(heading.tokens.map((t) => (t as { text: string }).text).join('')).toContain(
      '# | *bold* _it_ [link](http://x) <b>html</b>',
    );
  });
});

describe('template errors', () => {
  function override(files: Record<string, string>): string {
    const dir = tempDir('pp-templates-');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const answers = parse(
    readFileSync(join(ROOT, 'test/fixtures/render/spec-example.yaml'), 'utf8'),
  ) as DraftAnswers;
  const failure = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error;
    }
    throw new Error('expected a template error');
  };

  it('names the file and line of a syntax error', () => {
    const dir = override({ 'en/mou.md.hbs': '# Title\n\n{{#if draft}}\nunclosed\n{{/each}}\n' });
    const error = failure(() => render(answers, 'en', false, dir)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(new RegExp(`^Template ${join(dir, 'en/mou.md.hbs')}, line 3: `));
  });

  it('names the file and line of a field that does not exist (strict mode)', () => {
    const dir = override({
      'en/concept-note.md.hbs': '# Note\n\nFor {{parties.cso.name}}\nand {{parties.cso.nmae}}\n',
    });
    const error = failure(() => render(answers, 'en', false, dir)) as UserError;
    expect(error.message).toBe(`Template ${join(dir, 'en/concept-note.md.hbs')}, line 4: "nmae" not defined`);
  });

  it('names the partial, not the document, when the error is in a partial', () => {
    const dir = override({ 'en/partials/signature-block.hbs': '| a |\n|---|\n| {{nobody}} |\n' });
    const error = failure(() => render(answers, 'en', false, dir)) as UserError;
    expect(error.message).toBe(
      `Template ${join(dir, 'en/partials/signature-block.hbs')}, line 3: "nobody" not defined`,
    );
  });

  it('uses an override file by file and the bundled templates for the rest', () => {
    const dir = override({ 'en/partials/signature-block.hbs': 'SIGNED BY {{parties.prison.label}}\n' });
    const documents = render(answers, 'en', false, dir);
    expect(documents.mou).toContain('SIGNED BY SPS');
    expect(documents.mou).toContain('## 1. Parties');
  });
});
