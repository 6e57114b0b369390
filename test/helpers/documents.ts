/** Reading rendered documents and template packs in tests, the same way in every language. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect } from 'vitest';

import { ROOT } from './cli.js';

/** The second-level headings (articles, sections) of a Markdown document, in order. */
export function headings(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3).trim());
}

/** The fixed text of a language's MoU and concept-note templates and partials, without Handlebars. */
export function templateText(lang: string): string {
  const dir = join(ROOT, 'templates', lang);
  const files = [
    ...['mou.md.hbs', 'concept-note.md.hbs'].map((name) => join(dir, name)),
    ...readdirSync(join(dir, 'partials')).map((name) => join(dir, 'partials', name)),
  ];
  return (
    files
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
      .replace(/\{\{!--[\s\S]*?--\}\}/g, ' ')
      .replace(/\{\{[\s\S]*?\}\}/g, ' ')
      // The layout's page-break marker is markup, not text of the language.
      .replace(/<!--\s*page-break\s*-->/g, ' ')
  );
}

/**
 * Checks that a side-by-side PDF puts each pair of headings (one per language) on one page. A
 * heading counts on the last page that holds it, since an annex's title also stands in the
 * final provisions' list of annexes. `pages` are compacted with `compact`.
 */
export function expectPairsOnOnePage(
  pairs: readonly (readonly [string, string])[],
  pages: readonly string[],
  compact: (text: string) => string,
): void {
  const pageOf = (heading: string) =>
    pages.reduce((last, page, index) => (page.includes(compact(heading)) ? index : last), -1);
  for (const [x, y] of pairs) {
    expect(pageOf(x), x).toBeGreaterThanOrEqual(0);
    expect(pageOf(x), `${x} / ${y}`).toBe(pageOf(y));
  }
}

/**
 * The article headings of two texts paired from the end, as the side-by-side machinery pairs
 * them when one text has an article more (the English "Parties"), without the merged
 * signature article (the last) and the first heading of the shorter text.
 */
export function pairedFromEnd(left: readonly string[], right: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let k = 2; k < Math.min(left.length, right.length); k++)
    pairs.push([left[left.length - k]!, right[right.length - k]!]);
  return pairs;
}
