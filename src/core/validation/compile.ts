/**
 * Compiling the answers schemas with Ajv. The built CLI does this once at build time
 * (`scripts/build-validator.mjs`, same options); this module is the fallback when running from
 * source, and keeps Ajv's compiler out of the CLI's start-up otherwise.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsCjs from 'ajv-formats';

import type { AnswersValidator } from './validate.js';

const addFormats = addFormatsCjs.default;

/** The schema files by file name, e.g. `{ 'answers.schema.json': {...}, ... }`. */
export type SchemaFiles = Record<string, object>;
export const ROOT_SCHEMA = 'answers.schema.json';

export function createAnswersValidator(files: SchemaFiles): AnswersValidator {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, verbose: true, strict: false });
  addFormats(ajv, ['date', 'email']);
  for (const [name, schema] of Object.entries(files)) {
    if (name !== ROOT_SCHEMA) ajv.addSchema(schema, name);
  }
  const root = files[ROOT_SCHEMA];
  if (!root) throw new Error(`missing ${ROOT_SCHEMA}`);
  return { validate: ajv.compile({ ...root, $id: ROOT_SCHEMA }) };
}
