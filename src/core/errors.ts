/** Exit codes of the command line (see shared/spec/cli.md). */
export const ExitCode = {
  Success: 0,
  Invalid: 1,
  Usage: 2,
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A problem the user can cause and fix. Its message is already translated; the CLI prints it
 * without a stack trace and exits with `exitCode`.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.Invalid,
  ) {
    super(message);
  }
}
