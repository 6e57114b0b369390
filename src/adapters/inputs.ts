/**
 * Turns what a user typed (files, folders, quoted patterns, `-`) into the list of answers files,
 * each with the folder it should be mirrored under in the output (so two `protocol.yaml` files in
 * different folders never overwrite each other's documents).
 *
 * - A file named explicitly is always read, whatever it holds.
 * - A folder is walked, and only files that look like answers files are taken (see
 *   `looksLikeAnswers`): a `docker-compose.yml` beside the projects is skipped and counted.
 * - A pattern (`projects/*.yaml`) is expanded here, since cmd and PowerShell pass it on as typed.
 * - `-` is standard input (validate, check).
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';

export interface InputFile {
  /** Absolute path ('-' for standard input). */
  path: string;
  /** How to show it: as the user typed it, or relative to the cwd for files found in folders. */
  display: string;
  /** Sub-folder under --out that mirrors where the file was found ('' for files named directly). */
  outputSubdir: string;
  /** The answers come from standard input. */
  stdin?: boolean;
}

export interface ExpandOptions {
  /** Accept `-` for standard input (validate, check). */
  allowStdin?: boolean;
  /** Told how many YAML files of a folder were not answers files. */
  onSkipped?: (folder: string, count: number) => void;
}

const YAML_FILE = /\.ya?ml$/i;
const PATTERN = /[*?[\]{}]/;
/** Enough of a file to see its schema line and its first top-level keys. */
const SNIFF_BYTES = 16 * 1024;
const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=\S*answers\.schema\.json\s*$/m;
const TOP_LEVEL_KEYS = /^(country|project|parties|targetGroup|services)\s*:/gm;

/**
 * An answers file names our schema on its `$schema` line, or has at least two of the top-level
 * keys every answers file has (`version` is optional, so it does not count).
 */
export function looksLikeAnswers(text: string): boolean {
  if (SCHEMA_LINE.test(text)) return true;
  const keys = new Set([...text.matchAll(TOP_LEVEL_KEYS)].map((match) => match[1]));
  return keys.size >= 2;
}

async function sniff(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    // UTF-16 files (Notepad's "Unicode") have a zero byte between ASCII letters.
    const text = buffer.subarray(0, bytesRead);
    const utf16 = text[0] === 0xff && text[1] === 0xfe;
    return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(text);
  } finally {
    await handle.close();
  }
}

async function walk(folder: string): Promise<{ files: string[]; skipped: number }> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  let skipped = 0;
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) {
      const below = await walk(full);
      files.push(...below.files);
      skipped += below.skipped;
    } else if (entry.isFile() && YAML_FILE.test(entry.name)) {
      const wanted = await sniff(full).then(looksLikeAnswers, () => true); // unreadable: report it
      if (wanted) files.push(full);
      else skipped++;
    }
  }
  return { files, skipped };
}

async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
  return found.map((file) => resolve(file)).sort((a, b) => a.localeCompare(b));
}

export async function expandInputs(
  inputs: readonly string[],
  cwd: string,
  t: Translate,
  options: ExpandOptions = {},
): Promise<InputFile[]> {
  const result: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: InputFile) => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    result.push(file);
  };
  for (const input of inputs) {
    if (input === '-') {
      if (!options.allowStdin) throw new UserError(t('files.noStdin'), ExitCode.Usage);
      add({ path: '-', display: '-', outputSubdir: '', stdin: true });
      continue;
    }
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info && PATTERN.test(input)) {
      const typed = process.platform === 'win32' ? input.replace(/\\/g, '/') : input;
      const matches = await expandPattern(typed, cwd);
      if (matches.length === 0) throw new UserError(t('files.noMatch', { pattern: input }), ExitCode.Usage);
      for (const file of matches) add({ path: file, display: relative(cwd, file) || file, outputSubdir: '' });
      continue;
    }
    if (!info) throw new UserError(t('files.missing', { file: input }), ExitCode.Usage);
    if (!info.isDirectory()) {
      add({ path, display: input, outputSubdir: '' });
      continue;
    }
    const found = await walk(path).catch(() => {
      throw new UserError(t('files.unreadable', { file: input }), ExitCode.Usage);
    });
    if (found.skipped > 0) options.onSkipped?.(input, found.skipped);
    if (found.files.length === 0) throw new UserError(t('files.noInputs', { path: input }), ExitCode.Usage);
    for (const file of found.files) {
      const sub = relative(path, join(file, '..'));
      add({ path: file, display: relative(cwd, file) || file, outputSubdir: sub });
    }
  }
  return result;
}
