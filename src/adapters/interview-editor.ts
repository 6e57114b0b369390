/**
 * A long answer in the user's own text editor (Ctrl-O at a free-text question): `$VISUAL`, else
 * `$EDITOR`, else Notepad on Windows. The current text is written to a temporary file, the
 * editor runs on the terminal, and the saved text comes back. Nothing typed is lost: when the
 * editor fails, the text it saved stays in its file and the message names that file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type EditorOutcome =
  /** The saved text (line endings as `\n`, no byte-order mark, trailing blank lines dropped). */
  | { kind: 'saved'; text: string }
  /** No editor configured (no VISUAL or EDITOR, not Windows). */
  | { kind: 'none' }
  /**
   * The editor could not start or ended with an error (`code`: its exit code, 127 when the shell
   * found no such command; `signal`, or `error` when it could not be run at all); `kept` names
   * the file still holding its text.
   */
  | { kind: 'failed'; command: string; code?: number; signal?: string; error?: string; kept?: string };

/** The editor command as configured; Windows has Notepad everywhere. */
export function editorCommand(env: NodeJS.ProcessEnv, platform = process.platform): string | undefined {
  for (const name of ['VISUAL', 'EDITOR'] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return platform === 'win32' ? 'notepad' : undefined;
}

function quoted(path: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `"${path}"` : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** The file's text as an answer: Windows line endings and a BOM (Notepad writes both) removed. */
function readBack(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\s+$/, '');
}

/**
 * Runs the editor on `text` and waits for it. The command goes through the shell, as Git runs
 * `core.editor`, so that `EDITOR="code --wait"` or a path with arguments works.
 */
export function editInEditor(
  text: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): EditorOutcome {
  const command = editorCommand(env, platform);
  if (!command) return { kind: 'none' };
  const folder = mkdtempSync(join(tmpdir(), 'prison-protocol-answer-'));
  const file = join(folder, 'answer.txt');
  const written = text === '' ? '' : `${text}\n`;
  writeFileSync(file, platform === 'win32' ? written.replace(/\n/g, '\r\n') : written, 'utf8');
  const result = spawnSync(`${command} ${quoted(file, platform)}`, {
    shell: true,
    stdio: 'inherit',
    env,
  });
  let saved: string | undefined;
  try {
    saved = readBack(file);
  } catch {
    saved = undefined;
  }
  if (result.error || result.status !== 0) {
    // The editor's text may be all someone wrote: keep its file unless it holds nothing new.
    const changed = saved !== undefined && saved !== '' && saved !== text.replace(/\s+$/, '');
    if (!changed) rmSync(folder, { recursive: true, force: true });
    return {
      kind: 'failed',
      command,
      ...(result.error ? { error: result.error.message } : {}),
      ...(result.status !== null ? { code: result.status } : {}),
      ...(result.signal ? { signal: result.signal } : {}),
      ...(changed ? { kept: file } : {}),
    };
  }
  rmSync(folder, { recursive: true, force: true });
  return { kind: 'saved', text: saved ?? '' };
}
