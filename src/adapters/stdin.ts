/** `validate -` and `check -`: the answers read from standard input, bounded like a file. */
import { MAX_FILE_BYTES, parseAnswers } from '../core/answers/load.js';
import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';
import type { AnswersFile } from './answers-file.js';
import { validateAnswers } from './schemas.js';

/** All of standard input, refusing more than an answers file may hold (a pipe has no size). */
export async function readStdinBytes(stream: NodeJS.ReadableStream, t: Translate): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.byteLength;
    if (size > MAX_FILE_BYTES) {
      throw new UserError(t('files.stdinTooLarge', { max: MAX_FILE_BYTES / 1024 }), ExitCode.Invalid);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The same result as `readAnswersFile`, for the bytes of standard input. */
export async function readAnswersStdin(stream: NodeJS.ReadableStream, t: Translate): Promise<AnswersFile> {
  const loaded = parseAnswers(await readStdinBytes(stream, t), t);
  const problems = validateAnswers(loaded, t);
  return { file: '-', loaded, problems, valid: problems.length === 0 };
}
