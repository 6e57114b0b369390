/**
 * The last step of an atomic write, renaming the temporary file onto the real one, made to
 * survive Windows: a PDF open in a viewer (or a file being scanned by an antivirus) refuses
 * the rename with EBUSY or EPERM for a moment or for as long as it stays open. The rename is
 * retried briefly; if it still fails, the error names the real file, never the temporary one,
 * so the message can say which file is open elsewhere.
 */
import { renameSync } from 'node:fs';
import { rename } from 'node:fs/promises';

/**
 * Codes of a file held open elsewhere that may clear up within a moment. On Windows a rename
 * onto an open file says EPERM or EACCES; elsewhere those are lasting refusals, not retried.
 */
const TRANSIENT = new Set(process.platform === 'win32' ? ['EBUSY', 'EPERM', 'EACCES'] : ['EBUSY']);
const DELAYS_MS = [50, 100, 200, 400];

function isTransient(error: unknown): boolean {
  return TRANSIENT.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/** The same error, about `file` (the user's name for it) instead of the temporary file. */
export function aboutFile(error: unknown, file: string): unknown {
  const fsError = error as NodeJS.ErrnoException | undefined;
  if (fsError && typeof fsError === 'object' && typeof fsError.code === 'string') {
    fsError.path = file;
    delete (fsError as { dest?: string }).dest;
  }
  return error;
}

export async function replaceFile(
  temporary: string,
  file: string,
  renameFile: (from: string, to: string) => Promise<void> = rename,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await renameFile(temporary, file);
      return;
    } catch (error) {
      if (!isTransient(error) || attempt >= DELAYS_MS.length) throw aboutFile(error, file);
      await new Promise((resolve) => setTimeout(resolve, DELAYS_MS[attempt]));
    }
  }
}

/** The same, blocking (render workers write synchronously). */
export function replaceFileSync(
  temporary: string,
  file: string,
  renameFile: (from: string, to: string) => void = renameSync,
): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      renameFile(temporary, file);
      return;
    } catch (error) {
      if (!isTransient(error) || attempt >= DELAYS_MS.length) throw aboutFile(error, file);
      Atomics.wait(pause, 0, 0, DELAYS_MS[attempt]);
    }
  }
}
