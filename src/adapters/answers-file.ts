/** Reading an answers file from disk: the file-system edge of `core/answers/load`. */
import { readFile, stat } from 'node:fs/promises';

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

/** Reads the bytes, refusing folders and missing files as usage errors (exit 2). */
export async function readAnswersBytes(file: string, t: Translate): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError(t('files.isFolder', { file }), ExitCode.Usage);
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(t('files.missing', { file }), ExitCode.Usage);
  }
  // Over the limit: parseAnswers refuses by size; reading one byte more is enough to tell it so.
  if (size > MAX_FILE_BYTES) return new Uint8Array(MAX_FILE_BYTES + 1);
  try {
    return await readFile(file);
  } catch {
    throw new UserError(t('files.unreadable', { file }), ExitCode.Usage);
  }
}

export async function readAnswersFile(file: string, t: Translate): Promise<AnswersFile> {
  const loaded = parseAnswers(await readAnswersBytes(file, t), t);
  const problems = validateAnswers(loaded, t);
  return { file, loaded, problems, valid: problems.length === 0 };
}
