/**
 * pdfkit and fontkit are bundled into our PDF chunk (scripts/build.mjs), but a few of the
 * libraries they import at start-up serve features our documents never use: WOFF2 fonts,
 * pdfkit's own line breaking (only `doc.text()`, which the checklist handout calls) and
 * encryption. Those imports are replaced by the small stand-ins of this folder, which load the
 * real library the first time it is called, so a render pays for them only if it needs them.
 */
import { createRequire } from 'node:module';

/**
 * A loader for `specifier` resolved as the installed package `owner` resolves it (the library is
 * `owner`'s dependency, not ours, and may sit in its own node_modules), loaded once, on first use.
 */
export function requiredAs<T>(owner: string, specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(import.meta.resolve(owner))(specifier) as T);
}
