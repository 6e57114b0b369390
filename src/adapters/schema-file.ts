/**
 * The schema as a file beside the answers files (`init`, `schema -o FILE`). Editors read it
 * through the answers file's relative `$schema` line, so the pair keeps working when the folder
 * is moved, shared or zipped; the file itself is ours (it carries our `$id`) and is refreshed
 * freely, while a file of the same name that is not ours is never overwritten without --force.
 */
import { readFile } from 'node:fs/promises';

import { ANSWERS_SCHEMA_ID, bundleSchema } from '../core/schema/bundle.js';
import { writeFileAtomic } from './files.js';
import { validationSchemaFiles } from './schemas.js';

/** The name `init` gives it, next to the answers file. */
export const SCHEMA_FILE_NAME = 'answers.schema.json';

export function schemaText(): string {
  return `${JSON.stringify(bundleSchema(validationSchemaFiles()), null, 2)}\n`;
}

async function isOurs(file: string): Promise<boolean | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined; // absent
  }
  try {
    return (JSON.parse(text) as { $id?: unknown }).$id === ANSWERS_SCHEMA_ID;
  } catch {
    return false;
  }
}

/** Writes (or refreshes) the schema; 'kept' when a foreign file is in the way and not forced. */
export async function writeSchemaFile(file: string, force: boolean): Promise<'written' | 'kept'> {
  const ours = await isOurs(file);
  if (ours === false && !force) return 'kept';
  await writeFileAtomic(file, schemaText());
  return 'written';
}
