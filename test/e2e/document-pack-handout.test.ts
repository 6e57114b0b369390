/**
 * The five document-only languages through the built CLI: the checklist handout as PDF and
 * Markdown, read back in full, and the country profile in the document language. Their
 * interface stays English/Russian even when the environment asks for one of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

const LANGUAGES = ['kk', 'ky', 'uz', 'tg', 'tk'] as const;

function catalogue(lang: string, namespace: string): Record<string, string> {
  return JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${namespace}.json`), 'utf8')) as Record<
    string,
    string
  >;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.each(LANGUAGES)('document language %s (built CLI)', (lang) => {
  const texts = catalogue(lang, 'checklist');
  const english = catalogue('en', 'checklist');

  it('writes the handout as PDF and Markdown with every area and question in the language', async () => {
    const dir = tempDir();
    const result = runCli(['checklist', '-f', 'pdf,md', '--lang', lang, '-o', dir]);
    expect(result.code, result.stderr).toBe(0);
    const pdf = flat(await pdfText(join(dir, `checklist.${lang}.pdf`)));
    const md = flat(readFileSync(join(dir, `checklist.${lang}.md`), 'utf8'));
    for (const [key, text] of Object.entries(texts)) {
      if (!/^area\d\.(title|question\d)$/.test(key)) continue;
      expect(pdf, `${lang} PDF ${key}`).toContain(flat(text));
      expect(md, `${lang} Markdown ${key}`).toContain(flat(text));
    }
    for (const key of ['area1.title', 'area5.title', 'writeHere', 'whoFindsOut'])
      expect(pdf, `no English "${english[key]}" in the ${lang} PDF`).not.toContain(english[key]);
  });

  it('shows the country profile in the language, with its source references', () => {
    const result = runCli(['countries', 'KG', '--lang', lang]);
    expect(result.code, result.stderr).toBe(0);
    const countries = catalogue(lang, 'countries');
    expect(result.stdout).toContain(countries['KG.name']);
    expect(flat(result.stdout)).toContain(flat(countries['KG.prisonServices.range']!));
    const check = catalogue(lang, 'check');
    expect(result.stdout).toContain(check['section.protocol']!.replace('{section}', '5.3 (b)'));
  });
});

describe('interface language', () => {
  it('stays English when the environment asks for a document-only language', () => {
    const result = runCli(['check', 'examples/kg-women-colony.yaml'], { env: { LANG: 'ky_KG.UTF-8' } });
    expect(result.stdout).toMatch(/^Summary: /m);
    expect(result.stdout).not.toContain(catalogue('ky', 'check')['report.summary']!.split(':')[0]);
  });
});
