/** Reading rendered documents and template packs in tests, the same way in every language. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
