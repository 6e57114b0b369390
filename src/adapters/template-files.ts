/**
 * Where the document templates are: the bundled `templates/<lang>/` and, file by file, the
 * user's `--templates <dir>`. Kept apart from compiling them, so that checking `--lang` before
 * a batch does not load the template engine.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { DocKind } from '../core/document/types.js';
import { paths } from './assets.js';

export const TEMPLATE_FILE: Record<DocKind, string> = {
  mou: 'mou.md.hbs',
  'concept-note': 'concept-note.md.hbs',
};

/** Languages with both documents' templates, bundled or in the override folder. */
export function templateLanguages(overrideDir?: string): string[] {
  const found = new Set<string>();
  for (const root of [paths.templates, overrideDir].filter((d): d is string => Boolean(d))) {
    let entries: string[];
    try {
      entries = readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    } catch {
      continue; // a missing override folder is reported by the command
    }
    for (const lang of entries) if (resolveFile(lang, TEMPLATE_FILE.mou, overrideDir)) found.add(lang);
  }
  return [...found].filter((lang) => resolveFile(lang, TEMPLATE_FILE['concept-note'], overrideDir)).sort();
}

/** The override's file if it exists, else the bundled one, else undefined. */
export function resolveFile(lang: string, name: string, overrideDir?: string): string | undefined {
  const candidates = [overrideDir && join(overrideDir, lang, name), join(paths.templates, lang, name)];
  return candidates.find((file): file is string => Boolean(file) && existsSync(file as string));
}
