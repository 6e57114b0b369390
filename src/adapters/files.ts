/**
 * Writing files safely. Every file is written to a temporary sibling and renamed into place,
 * so a crash or Ctrl-C never leaves half a document or half an answers file behind.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The files of `files` that already exist (to refuse overwriting them without --force). */
export function existingFiles(files: readonly string[]): string[] {
  return files.filter((file) => existsSync(file));
}
