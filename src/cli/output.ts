/**
 * The one place that writes to the terminal. Diagnostics go to stderr so that stdout stays free
 * for data (`--json`, `schema`); colour only on a terminal and never with NO_COLOR; `--quiet` keeps errors only.
 */
import type { Writable } from 'node:stream';

import type { ChalkInstance } from 'chalk';

import { coloursFor } from '../adapters/colour.js';

export interface OutputOptions {
  stdout?: Writable & { isTTY?: boolean; columns?: number };
  stderr?: Writable & { isTTY?: boolean; columns?: number };
  quiet?: boolean;
}

type Paint = (text: string) => string;
const plain: Paint = (text) => text;

export class Output {
  readonly stdout: NonNullable<OutputOptions['stdout']>;
  readonly stderr: NonNullable<OutputOptions['stderr']>;
  readonly quiet: boolean;
  private warnPaint: Paint = plain;
  private errorPaint: Paint = plain;

  constructor(options: OutputOptions = {}) {
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.quiet = options.quiet ?? false;
  }

  /**
   * An Output with colours when stderr is a terminal that wants them. chalk is imported only
   * then: in pipes, scripts and CI (most runs) it is never loaded.
   */
  static async create(options: OutputOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<Output> {
    const output = new Output(options);
    const chalk = await coloursFor(output.stderr, env);
    if (chalk) output.useColours(chalk);
    return output;
  }

  private useColours(chalk: ChalkInstance): void {
    this.warnPaint = chalk.yellow;
    this.errorPaint = chalk.red;
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
    if (!this.quiet) this.stderr.write(`${this.warnPaint(text)}\n`);
  }

  error(text: string): void {
    this.stderr.write(`${this.errorPaint(text)}\n`);
  }

  /** True when stdout is an interactive terminal (progress bars, prompts). */
  get interactive(): boolean {
    return Boolean(this.stderr.isTTY) && !this.quiet;
  }
}
