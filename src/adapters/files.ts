/**
 * Writing files safely. Every file is written to a temporary sibling and renamed into place,
 * so a crash or Ctrl-C never leaves half a document or half an answers file behind.
 */
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** An output that appeared between the check and the write (another process wrote it). */
export class OutputExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = 'OutputExistsError';
  }
}

/** File systems without hard links (FAT, some network shares) say so with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EMLINK']);

/**
 * Puts a finished temporary file at its final name without ever replacing a file that is there:
 * `link` fails if the name exists, in one step, so two processes racing for the same name
 * cannot both win (a check followed by `rename` could). Where hard links are not supported,
 * `copyFile` with COPYFILE_EXCL keeps the same guarantee (the copy is not atomic, the refusal is).
 */
function placeExclusive(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new OutputExistsError(path);
    if (!NO_HARD_LINKS.has(code)) throw error;
    try {
      copyFileSync(temporary, path, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExistsError(path);
      throw copyError;
    }
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The error, naming the final output rather than the temporary file (or nothing, for ENOSPC). */
function naming(error: unknown, path: string): unknown {
  if (error instanceof OutputExistsError) return error;
  const fsError = error as NodeJS.ErrnoException;
  if (fsError && typeof fsError === 'object' && typeof fsError.code === 'string') fsError.path = path;
  return error;
}

/**
 * The documents of one answers file, each written atomically, blocking the thread. Render
 * workers have nothing else to do meanwhile, and three round trips through libuv's thread pool
 * per file (folder, write, rename) cost more than the writes themselves.
 *
 * All or nothing: when one cannot be written (a full disk, a file that appeared meanwhile),
 * those already placed by this call are removed again, so the disk holds every document of the
 * file or none. Without `overwrite`, an existing file is never replaced, even by a race.
 */
export function writeFilesAtomicSync(
  files: readonly { path: string; data: string | Uint8Array }[],
  options: { overwrite?: boolean } = {},
): void {
  const overwrite = options.overwrite ?? true;
  const placed: string[] = [];
  try {
    for (const folder of new Set(files.map((file) => dirname(file.path))))
      mkdirSync(folder, { recursive: true });
    for (const { path, data } of files) {
      const temporary = temporaryFor(path);
      try {
        writeFileSync(temporary, data);
        if (overwrite) replaceFileSync(temporary, path);
        else placeExclusive(temporary, path);
        placed.push(path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw naming(error, path);
      }
    }
  } catch (error) {
    for (const path of placed) rmSync(path, { force: true });
    throw error;
  }
}

/** The files of `files` that already exist (to refuse overwriting them without --force). */
export function existingFiles(files: readonly string[]): string[] {
  return files.filter((file) => existsSync(file));
}
