/** The bundled JSON Schemas, read and compiled once per process. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { LoadResult } from '../core/answers/load.js';
import type { Translate } from '../core/i18n/translate.js';
import type { Problem } from '../core/validation/problem.js';
import {
  createAnswersValidator,
  validateAnswers as validateWith,
  type AnswersValidator,
  type SchemaFiles,
} from '../core/validation/validate.js';
import { paths, readJson } from './assets.js';

let files: SchemaFiles | undefined;
let validator: AnswersValidator | undefined;

export function schemaFiles(): SchemaFiles {
  files ??= Object.fromEntries(
    readdirSync(paths.schemas)
      .filter((name) => name.endsWith('.schema.json'))
      .sort()
      .map((name) => [name, readJson<object>(join(paths.schemas, name))]),
  );
  return files;
}

export function answersValidator(): AnswersValidator {
  validator ??= createAnswersValidator(schemaFiles());
  return validator;
}

/** All problems of a loaded answers file against the bundled schemas and cross-field rules. */
export function validateAnswers(loaded: LoadResult, t: Translate): Problem[] {
  return validateWith(loaded, t, answersValidator());
}
