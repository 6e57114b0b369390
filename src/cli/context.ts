import type { Translate } from '../core/i18n/translate.js';
import type { Output } from './output.js';

/** What every command receives from `main`: injected so commands run in-process in tests. */
export interface CliContext {
  /** Translator for the interface language. */
  t: Translate;
  /** Interface language code (`en`, `ru`). */
  uiLang: string;
  out: Output;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  /** Show stack traces (`--debug` or DEBUG=prison-protocol). */
  debug: boolean;
}

/**
 * A command module exports `run`. `args` are the positional arguments; `options` are commander's
 * parsed options (camelCase). It resolves to the exit code; user errors may also be thrown as
 * `UserError`, which `main` prints without a stack trace.
 */
export type CommandRun = (
  args: string[],
  options: Record<string, unknown>,
  ctx: CliContext,
) => Promise<number>;
