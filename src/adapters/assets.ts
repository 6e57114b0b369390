/**
 * Where the package's data files live. Resolved from this module's own location so that it works
 * the same from `src/` (tests) and `dist/` (the built CLI), and never depends on the cwd.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Catalogue } from '../core/i18n/translate.js';

/** The package root: two levels above `src/adapters` or `dist/adapters`. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const paths = {
  root: PACKAGE_ROOT,
  schemas: join(PACKAGE_ROOT, 'schemas'),
  templates: join(PACKAGE_ROOT, 'templates'),
  locales: join(PACKAGE_ROOT, 'locales'),
  data: join(PACKAGE_ROOT, 'data'),
  examples: join(PACKAGE_ROOT, 'examples'),
  packageJson: join(PACKAGE_ROOT, 'package.json'),
};

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Languages that have a folder under `locales/`. */
export function availableLanguages(): string[] {
  return readdirSync(paths.locales, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Languages the interface (messages, prompts, help) is offered in: those whose folder has the
 * interface catalogues. Document-only packs (kk, ky, uz, tg, tk) have only the document ones.
 */
export function interfaceLanguages(): string[] {
  return availableLanguages().filter((lang) => existsSync(join(paths.locales, lang, 'cli.json')));
}

const catalogues = new Map<string, Catalogue>();

/**
 * All namespaces of one language, each file read and parsed the first time one of its messages
 * is asked for: a command that prints three messages should not parse the interview's four
 * hundred. Unknown language → empty catalogue.
 */
export function loadCatalogue(language: string): Catalogue {
  const cached = catalogues.get(language);
  if (cached) return cached;
  const catalogue: Catalogue = {};
  let files: string[] = [];
  try {
    files = readdirSync(join(paths.locales, language)).filter((name) => name.endsWith('.json'));
  } catch {
    // A language without a folder simply falls back to English.
  }
  for (const name of files) {
    const namespace = name.slice(0, -'.json'.length);
    Object.defineProperty(catalogue, namespace, {
      enumerable: true,
      configurable: true,
      get() {
        const table = readJson<Record<string, string>>(join(paths.locales, language, name));
        Object.defineProperty(catalogue, namespace, { value: table, enumerable: true });
        return table;
      },
    });
  }
  catalogues.set(language, catalogue);
  return catalogue;
}
