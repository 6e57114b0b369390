/** The bundled JSON Schemas and the answers validator, loaded once per process. */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { LoadResult } from '../core/answers/load.js';
import type { Translate } from '../core/i18n/translate.js';
import type { SchemaFiles } from '../core/validation/compile.js';
import { withLanguageMaps } from '../core/schema/multilingual.js';
import type { Problem } from '../core/validation/problem.js';
import { validateAnswers as validateWith, type AnswersValidator } from '../core/validation/validate.js';
import { paths, readJson } from './assets.js';

let files: SchemaFiles | undefined;

export function schemaFiles(): SchemaFiles {
  files ??= Object.fromEntries(
    readdirSync(paths.schemas)
      .filter((name) => name.endsWith('.schema.json'))
      .sort()
      .map((name) => [name, readJson<object>(join(paths.schemas, name))]),
  );
  return files;
}

/**
 * The schema files as the validator and editors see them: every free-text value also accepts a
 * map of language to text (core/schema/multilingual). `schemaFiles()` stays as written, for the
 * skeleton and the interview, which ask for plain text.
 */
export function validationSchemaFiles(): SchemaFiles {
  return withLanguageMaps(schemaFiles());
}

/** Written by `scripts/build-validator.mjs` next to the built code (`dist/generated/`). */
const PRECOMPILED = fileURLToPath(new URL('../generated/answers-validator.cjs', import.meta.url));

/**
 * The validator compiled at build time when it exists (the built CLI), else compiled by Ajv now
 * (tests running from src/). Ajv's compiler is imported only in that second case: it is the
 * largest part of a cold `validate`.
 */
const validator: AnswersValidator = existsSync(PRECOMPILED)
  ? { validate: createRequire(import.meta.url)(PRECOMPILED) as AnswersValidator['validate'] }
  : (await import('../core/validation/compile.js')).createAnswersValidator(validationSchemaFiles());

export function answersValidator(): AnswersValidator {
  return validator;
}

/** All problems of a loaded answers file against the bundled schemas and cross-field rules. */
export function validateAnswers(loaded: LoadResult, t: Translate): Problem[] {
  return validateWith(loaded, t, validator);
}
