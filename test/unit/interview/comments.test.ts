/**
 * Comments stay where they stand when the interview writes a file back: above all, a
 * commented-out optional key of `init`'s skeleton, uncommented after the interview saved the
 * file, lands in the same group as it would have before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';

import { schemaFiles } from '../../../src/adapters/schemas.js';
import { rehomeComments } from '../../../src/core/interview/comments.js';
import { setAnswer } from '../../../src/core/interview/document.js';
import { bundleSchema } from '../../../src/core/schema/bundle.js';
import { buildSkeleton } from '../../../src/core/schema/skeleton.js';
import { ROOT } from '../../helpers/cli.js';
import { tEn, tRu } from '../../helpers/i18n.js';

function rewritten(text: string, edit?: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(text);
  rehomeComments(doc, text);
  edit?.(doc);
  return doc.toString();
}

/** Every commented-out key and list entry with "# " removed, as a user would uncomment them. */
function uncommentAll(text: string): string {
  return text.replace(/^(\s*)# (\s*)(- |-$|[A-Za-z]\w*:)/gm, '$1$2$3');
}

/** Every key path of a YAML text, list entries numbered. */
function keyPaths(text: string): string[] {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const here = `${path}/${String(pair.key.value)}`;
        paths.push(here);
        walk(pair.value, here);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, `${path}/${index}`));
  };
  walk(doc.contents, '');
  return paths;
}

describe('comments kept in place', () => {
  it.each([
    ['en', tEn],
    ['ru', tRu],
  ] as const)("a %s skeleton's optional keys land in the same groups after a save", (language, t) => {
    const skeleton = buildSkeleton(bundleSchema(schemaFiles()), t, { schemaPath: 's.json', language });
    const saved = rewritten(skeleton, (doc) => {
      setAnswer(doc, ['country'], 'KG');
      setAnswer(doc, ['project', 'title'], 'Pilot');
      setAnswer(doc, ['project', 'institutions', 0, 'name'], 'Colony 2');
      setAnswer(doc, ['parties', 'cso', 'name'], 'Public Foundation');
    });
    const all = keyPaths(uncommentAll(skeleton));
    expect(all.length).toBeGreaterThan(keyPaths(skeleton).length + 40);
    expect(keyPaths(uncommentAll(saved))).toEqual(all);
  });

  it('leaves a file the library already writes faithfully as it is', () => {
    const text = [
      '# header',
      '',
      'version: 1 # the format',
      '# about the country',
      'country: KG',
      'project:',
      '  title: Pilot # working title',
      '  summary: |',
      '    # not a comment: text of the summary',
      '    second line',
      '  tags: [ a, b ] # flow, with a comment',
      '  # trailing in project',
      '# at the end',
      '',
    ].join('\n');
    expect(rewritten(text)).toBe(text);
  });

  it('keeps comments after empty keys, at their depth, and blank lines between blocks', () => {
    const text = [
      'parties:',
      '  prison:',
      '    name: # Organisation name',
      '    # shortName: # Short name',
      '',
      '    # signatory: # Signatory',
      '    #   name: # Name',
      'targetGroup:',
      '  description:',
      '',
    ].join('\n');
    expect(rewritten(text)).toBe(text);
  });

  it("drops a skeleton's hint once its key is answered, with the hints of the group under it", () => {
    const skeleton = buildSkeleton(bundleSchema(schemaFiles()), tEn, {
      schemaPath: 's.json',
      language: 'en',
    });
    const saved = rewritten(skeleton, (doc) => {
      setAnswer(doc, ['project', 'summary'], 'Support before and after release');
      setAnswer(doc, ['parties', 'prison', 'signatory', 'name'], 'A. Asanov');
    });
    expect(saved).toContain('  summary: Support before and after release');
    expect(saved).not.toMatch(/^ {2}# summary:/m);
    const prison = saved.slice(saved.indexOf('  prison:'), saved.indexOf('  cso:'));
    expect(prison).not.toMatch(/# signatory:/);
    expect(prison.match(/# {3}name:/g)).toHaveLength(1); // the focal point's, still commented out
    expect(prison).toMatch(/^ {4}# focalPoint:/m);
    // Everything uncommented is still one valid file: no key twice.
    expect(keyPaths(uncommentAll(saved))).toContain('/parties/prison/signatory/name');
  });

  it.each([
    [
      'a header, a blank line, then a comment on the first key',
      '# header\n# more\n\n# on version\nversion: 1\na: 2\n',
    ],
    ['a header right above the first key', '# header\nversion: 1\na: 2\n'],
    ['a comment at the very end', 'version: 1\na:\n  b: 2\n# the end\n'],
    [
      'a comment right after a block of text',
      'notes: |\n  # part of the text\n  more\n# a comment\nnext: 1\n',
    ],
    ['the comment on a block header', 'notes: | # header\n  text\nnext: 1\n'],
  ])('keeps %s', (_name, text) => {
    expect(rewritten(text)).toBe(text);
  });

  it('handles a large file, each hint under its own key', () => {
    const entries = Array.from(
      { length: 3000 },
      (_, i) => `  key${i}: # label ${i}\n  # hint${i}:  # hint\n`,
    );
    const text = `version: 1\ngroup:\n${entries.join('')}`;
    const out = rewritten(text);
    expect(out).toContain('  key2999: # label 2999\n  # hint2999:  # hint\n');
  });

  it('leaves the comments inside a [ … ] over several lines as the library writes them', () => {
    const text = 'tags: [\n  # first\n  a,\n  b\n]\n# after\nnext: 1\n';
    expect(rewritten(text)).toBe(parseDocument(text).toString());
  });

  it('never changes the data of any example or fixture, and keeps every comment line', () => {
    const files = ['examples', 'test/fixtures'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => join(ROOT, dir, name)),
    );
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const parsed = parseDocument(text);
      if (parsed.errors.length > 0 || file.includes('alias-bomb')) continue;
      const out = rewritten(text);
      expect(parseDocument(out).toJS(), file).toEqual(parsed.toJS());
      const comments = (yaml: string) =>
        yaml
          .match(/#[^\n]*/g)
          ?.map((c) => c.replace(/\s+/g, ' ').trim())
          .sort();
      expect(comments(out), file).toEqual(comments(text));
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });
});
