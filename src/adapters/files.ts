/**
 * Writing files safely. Every file is written to a temporary sibling and renamed into place,
 * so a crash or Ctrl-C never leaves half a document or half an answers file behind.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { aboutFile, replaceFile, replaceFileSync } from './replace-file.js';

function temporaryFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = temporaryFor(file);
  try {
    await writeFile(temporary, data);
    await replaceFile(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw aboutFile(error, file);
  }
}

/**
 * The documents of one answers file, each written atomically, blocking the thread. Render
 * workers have nothing else to do meanwhile, and three round trips through libuv's thread pool
 * per file (folder, write, rename) cost more than the writes themselves.
 */
export function writeFilesAtomicSync(files: readonly { path: string; data: string | Uint8Array }[]): void {
  for (const folder of new Set(files.map((file) => dirname(file.path))))
    mkdirSync(folder, { recursive: true });
  for (const { path, data } of files) {
    const temporary = temporaryFor(path);
    try {
      writeFileSync(temporary, data);
      replaceFileSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw aboutFile(error, path);
    }
  }
}

/** The files of `files` that already exist (to refuse overwriting them without --force). */
export function existingFiles(files: readonly string[]): string[] {
  return files.filter((file) => existsSync(file));
}
