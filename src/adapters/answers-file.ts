/** Reading an answers file from disk: the file-system edge of `core/answers/load`. */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

import { MAX_FILE_BYTES, parseAnswers, type LoadResult } from '../core/answers/load.js';
import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';
import type { Problem } from '../core/validation/problem.js';
import { validateAnswers } from './schemas.js';

export interface AnswersFile {
  file: string;
  loaded: LoadResult;
  /** Read refusals or, if the file could be read, every schema and cross-field problem. */
  problems: Problem[];
  valid: boolean;
}

export interface AnswersBytes {
  /** The file's bytes, or only its first MAX_FILE_BYTES + 1 when it is larger. */
  bytes: Uint8Array;
  /** The file's real size in bytes. */
  size: number;
}

/**
 * Opens without blocking (a FIFO would wait for a writer for ever) and checks the opened file,
 * not the path, so nothing can be swapped in between: only regular files are answers files
 * (`/dev/zero` reports size 0 and never ends).
 */
async function openRegular(file: string, t: Translate): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UserError(t('files.missing', { file }), ExitCode.Usage);
    if (code === 'EISDIR') throw new UserError(t('files.isFolder', { file }), ExitCode.Usage);
    throw new UserError(t('files.unreadable', { file }), ExitCode.Usage);
  }
  const info = await handle.stat();
  if (info.isFile()) return handle;
  await handle.close();
  throw new UserError(
    t(info.isDirectory() ? 'files.isFolder' : 'files.notRegular', { file }),
    ExitCode.Usage,
  );
}

/**
 * Reads at most MAX_FILE_BYTES + 1 bytes, however large the file says it is or turns out to be
 * (a file growing while it is read), so memory stays bounded.
 */
export async function readAnswersInput(file: string, t: Translate): Promise<AnswersBytes> {
  const handle = await openRegular(file, t);
  try {
    const { size } = await handle.stat();
    // The reported size is only a hint (0 for /proc files, stale for a growing file): read in
    // chunks until the end of the file or one byte past the limit.
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= MAX_FILE_BYTES) {
      const chunk = Buffer.alloc(Math.min(Math.max(size - length, 64 * 1024), MAX_FILE_BYTES + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
    }
    return { bytes: Buffer.concat(chunks, length), size: Math.max(size, length) };
  } catch {
    throw new UserError(t('files.unreadable', { file }), ExitCode.Usage);
  } finally {
    await handle.close();
  }
}

/** The bytes of an answers file (see `readAnswersInput`), refusing what is not a regular file. */
export async function readAnswersBytes(file: string, t: Translate): Promise<Uint8Array> {
  return (await readAnswersInput(file, t)).bytes;
}

export async function readAnswersFile(file: string, t: Translate): Promise<AnswersFile> {
  const { bytes, size } = await readAnswersInput(file, t);
  const loaded = parseAnswers(bytes, t, size);
  const problems = validateAnswers(loaded, t);
  return { file, loaded, problems, valid: problems.length === 0 };
}
