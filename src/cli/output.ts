/**
 * The one place that writes to the terminal. Diagnostics go to stderr so that stdout stays free
 * for data (`--json`, `schema`); colour only on a terminal and never with NO_COLOR (chalk checks
 * both); `--quiet` keeps errors only.
 */
import type { Writable } from 'node:stream';

import chalk, { Chalk, type ChalkInstance } from 'chalk';

export interface OutputOptions {
  stdout?: Writable & { isTTY?: boolean; columns?: number };
  stderr?: Writable & { isTTY?: boolean; columns?: number };
  quiet?: boolean;
  color?: boolean;
}

export class Output {
  readonly stdout: NonNullable<OutputOptions['stdout']>;
  readonly stderr: NonNullable<OutputOptions['stderr']>;
  readonly quiet: boolean;
  /** Colour for stderr messages; level 0 when stderr is not a terminal. */
  readonly colour: ChalkInstance;

  constructor(options: OutputOptions = {}) {
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.quiet = options.quiet ?? false;
    const useColour = options.color ?? (Boolean(this.stderr.isTTY) && chalk.level > 0);
    this.colour = new Chalk({ level: useColour ? chalk.level || 1 : 0 });
  }

  /** Data for scripts: stdout, never silenced. */
  data(text: string): void {
    this.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Normal progress and results: stderr, silenced by --quiet. */
  info(text: string): void {
    if (!this.quiet) this.stderr.write(`${text}\n`);
  }

  warn(text: string): void {
    if (!this.quiet) this.stderr.write(`${this.colour.yellow(text)}\n`);
  }

  error(text: string): void {
    this.stderr.write(`${this.colour.red(text)}\n`);
  }

  /** True when stdout is an interactive terminal (progress bars, prompts). */
  get interactive(): boolean {
    return Boolean(this.stderr.isTTY) && !this.quiet;
  }
}
