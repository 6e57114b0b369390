/** Turning the file system's refusals into messages a user can act on. */
import type { Translate } from '../core/i18n/translate.js';

/** File-system refusals a user can cause and fix (permissions, a full disk, a file in the way). */
const USER_FILE_ERRORS = new Set([
  'EACCES',
  'EPERM',
  'EBUSY',
  'EROFS',
  'ENOSPC',
  'EEXIST',
  'ENOTDIR',
  'EISDIR',
]);

/** A plain message for a file the user's system refused to write; undefined for anything else. */
export function describeFileError(error: unknown, t: Translate): string | undefined {
  const fsError = error as NodeJS.ErrnoException | undefined;
  if (typeof fsError?.code !== 'string' || typeof fsError.path !== 'string') return undefined;
  if (!USER_FILE_ERRORS.has(fsError.code)) return undefined;
  return t('files.cannotWrite', { file: fsError.path, reason: t(`files.reason.${fsError.code}`) });
}
