/**
 * The inputs of `validate` and `check`, each read on its own: a missing file, a pattern that
 * matches nothing or an unreadable file becomes an entry of the report (with `--json` too), and
 * the other files are still read. The exit code keeps the worst: 2 for usage, 1 for invalid.
 */
import type { AnswersFile } from '../adapters/answers-file.js';
import { readAnswersFile } from '../adapters/answers-file.js';
import { expandInputs, type InputFile } from '../adapters/inputs.js';
import { readAnswersStdin } from '../adapters/stdin.js';
import { ExitCode, UserError } from '../core/errors.js';
import type { Problem } from '../core/validation/problem.js';
import type { CliContext } from './context.js';

export type ReadEntry =
  | { file: string; read: AnswersFile }
  | { file: string; failure: Problem; exitCode: ExitCode; error: UserError };

/** A problem that is not at a place in a file (missing, unreadable): line and column 0. */
function failureOf(file: string, error: UserError, code: string): ReadEntry {
  return {
    file,
    failure: { line: 0, column: 0, path: '', code, message: error.message },
    exitCode: error.exitCode,
    error,
  };
}

async function readOne(input: InputFile, ctx: CliContext): Promise<ReadEntry> {
  try {
    const read = input.stdin
      ? await readAnswersStdin(ctx.stdin, ctx.t)
      : await readAnswersFile(input.path, ctx.t);
    return { file: input.display, read };
  } catch (error) {
    if (error instanceof UserError) return failureOf(input.display, error, 'unreadable');
    throw error;
  }
}

export async function readInputs(args: readonly string[], ctx: CliContext): Promise<ReadEntry[]> {
  const entries: ReadEntry[] = [];
  const seen = new Set<string>();
  const onSkipped = (folder: string, count: number) =>
    ctx.out.info(ctx.t('files.skipped', { folder, count }));
  for (const arg of args) {
    let inputs: InputFile[];
    try {
      inputs = await expandInputs([arg], ctx.cwd, ctx.t, { allowStdin: true, onSkipped });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      entries.push(failureOf(arg, error, 'missing'));
      continue;
    }
    for (const input of inputs) {
      if (seen.has(input.path)) continue;
      seen.add(input.path);
      entries.push(await readOne(input, ctx));
    }
  }
  return entries;
}

/** A failure's message, and with --debug its stack trace (for maintainers). */
export function failureText(entry: Extract<ReadEntry, { failure: Problem }>, ctx: CliContext): string {
  return ctx.debug && entry.error.stack
    ? `${entry.failure.message}\n${entry.error.stack}`
    : entry.failure.message;
}

/** The exit code the failures alone ask for (0 when every input could be read). */
export function failureExit(entries: readonly ReadEntry[]): ExitCode {
  const codes = entries.map((entry) => ('failure' in entry ? entry.exitCode : ExitCode.Success));
  return codes.includes(ExitCode.Usage)
    ? ExitCode.Usage
    : codes.some((code) => code !== ExitCode.Success)
      ? ExitCode.Invalid
      : ExitCode.Success;
}
