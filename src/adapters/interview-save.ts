/**
 * Saving the answers file during an interview: into the file people opened, as they keep it.
 *
 * - a symbolic link is followed: the answer reaches the link's target, the link stays a link;
 * - the file keeps its permissions (the temporary file gets the same mode before the rename);
 * - a read-only file is refused, never replaced by a writable copy;
 * - Windows line endings (CRLF) and a byte-order mark are kept.
 *
 * Beside the file, `<name>.interview.json` holds the session's record (what was asked, and
 * text typed when the session stopped): see `core/interview/record.ts`.
 */
import { randomBytes } from 'node:crypto';
import { constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { access, chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

import type { Translate } from '../core/i18n/translate.js';
import { parseRecord, type SessionRecord } from '../core/interview/record.js';

export interface AnswersTarget {
  /** The path written: a link's target, resolved once when the file is opened. */
  file: string;
  eol: '\n' | '\r\n';
  bom: boolean;
}

/** How the file on disk is kept (a file not yet written: LF, no BOM). */
export function answersTarget(file: string): AnswersTarget {
  if (!existsSync(file)) return { file, eol: '\n', bom: false };
  const real = realpathSync(file);
  const bytes = readFileSync(real);
  const text = bytes.toString('utf8');
  const firstBreak = text.indexOf('\n');
  return {
    file: real,
    eol: firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n',
    bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
  };
}

/** A refusal to save, with the reason in the user's language. */
export class SaveError extends Error {
  override readonly name = 'SaveError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const REASONS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EISDIR', 'ENOENT']);

function reasonOf(error: unknown, t: Translate): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS.has(code)) return t(`interview.save.reason.${code}`);
  return error instanceof Error ? error.message : String(error);
}

/** Writes `text` into the answers file as described above; throws `SaveError` when it cannot. */
export async function saveAnswers(target: AnswersTarget, text: string, t: Translate): Promise<void> {
  const { file } = target;
  let mode: number | undefined;
  try {
    mode = (await stat(file)).mode & 0o7777;
  } catch {
    mode = undefined; // a new file
  }
  // Root may write anything: the mode bits still say what the owner wants.
  if (mode !== undefined && (mode & 0o222) === 0) throw new SaveError(file, t('interview.save.readOnly'));
  if (mode !== undefined) {
    try {
      await access(file, constants.W_OK);
    } catch {
      throw new SaveError(file, t('interview.save.readOnly'));
    }
  }
  const data = (target.bom ? '\uFEFF' : '') + (target.eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n'));
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, mode === undefined ? {} : { mode });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new SaveError(file, reasonOf(error, t));
  }
}

/** `protocol.yaml` → `protocol.interview.json`, beside it (beside a link's target). */
export function recordPath(file: string): string {
  const extension = extname(file);
  const stem = extension === '.yaml' || extension === '.yml' ? file.slice(0, -extension.length) : file;
  return `${stem}.interview.json`;
}

/** The record of earlier sessions, or undefined (none, or unreadable: resume then guesses). */
export function readRecord(file: string): SessionRecord | undefined {
  try {
    return parseRecord(JSON.parse(readFileSync(recordPath(file), 'utf8')));
  } catch {
    return undefined;
  }
}

/** Writes the record beside the answers file; losing it costs only resume precision, so errors pass. */
export async function saveRecord(file: string, record: SessionRecord): Promise<void> {
  const path = recordPath(file);
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`);
    await rename(temporary, path);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** Whether a path can be used for "save as": its folder exists. */
export function folderExists(file: string): boolean {
  try {
    return statSync(dirname(file)).isDirectory();
  } catch {
    return false;
  }
}
