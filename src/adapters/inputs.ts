/**
 * Turns the paths a user typed (files and folders, mixed) into the list of answers files, each
 * with the folder it should be mirrored under in the output (so two `protocol.yaml` files in
 * different folders never overwrite each other's documents).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** How to show it: as the user typed it, or relative to the cwd for files found in folders. */
  display: string;
  /** Sub-folder under --out that mirrors where the file was found ('' for files named directly). */
  outputSubdir: string;
}

const ANSWERS_FILE = /\.ya?ml$/i;

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && ANSWERS_FILE.test(entry.name)) files.push(full);
  }
  return files;
}

export async function expandInputs(
  inputs: readonly string[],
  cwd: string,
  t: Translate,
): Promise<InputFile[]> {
  const result: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: InputFile) => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    result.push(file);
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UserError(t('files.missing', { file: input }), ExitCode.Usage);
    if (!info.isDirectory()) {
      add({ path, display: input, outputSubdir: '' });
      continue;
    }
    const found = await walk(path).catch(() => {
      throw new UserError(t('files.unreadable', { file: input }), ExitCode.Usage);
    });
    if (found.length === 0) throw new UserError(t('files.noInputs', { path: input }), ExitCode.Usage);
    for (const file of found) {
      const sub = relative(path, join(file, '..'));
      add({ path: file, display: relative(cwd, file) || file, outputSubdir: sub });
    }
  }
  return result;
}
