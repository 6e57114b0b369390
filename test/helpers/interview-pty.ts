/**
 * The built CLI in a real pseudo-terminal, through util-linux `script` (Debian, CI): what the
 * interview's end-to-end tests type and read.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

import { BIN } from './cli.js';

export const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', ctrlC: '\u0003' } as const;

/** Removes ANSI escape sequences (colours, cursor moves, clears) and carriage returns. */
function plainText(raw: string): string {
  return stripVTControlCharacters(raw).replace(/\r/g, '');
}

export class Pty {
  private raw = '';
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(
    args: string[],
    cwd: string,
    env: Record<string, string | undefined> = {},
    options: { size?: [number, number]; asNobody?: boolean } = {},
  ) {
    // As root, folder permissions do not stop a write: run as nobody to test them.
    const user = options.asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const [cols, rows] = options.size ?? [80, 24];
    const quoted = [...user, process.execPath, BIN, ...args]
      .map((part) => `'${part.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const fullEnv: Record<string, string> = {};
    for (const [key, value] of Object.entries({
      ...process.env,
      NO_COLOR: '1',
      LANG: 'C.UTF-8',
      LC_ALL: '',
      TERM: 'xterm',
      ...env,
    })) {
      if (value !== undefined && key !== 'CI' && key !== 'FORCE_COLOR') fullEnv[key] = value;
    }
    if (env.CI) fullEnv.CI = env.CI;
    this.child = spawn('script', ['-qfec', `stty cols ${cols} rows ${rows}; exec ${quoted}`, '/dev/null'], {
      cwd,
      env: fullEnv,
    });
    this.child.stdout!.on('data', (chunk) => (this.raw += String(chunk)));
    this.child.stderr!.on('data', (chunk) => (this.raw += String(chunk)));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Everything the terminal received, control sequences included. */
  get output(): string {
    return this.raw;
  }

  get text(): string {
    return plainText(this.raw);
  }

  /** Waits until the screen text contains `needle` (after `from` characters), or fails with the screen so far. */
  async waitFor(needle: string, timeout = 15_000, from = 0): Promise<number> {
    const started = Date.now();
    for (;;) {
      const index = this.text.indexOf(needle, from);
      if (index >= 0) return index + needle.length;
      if (Date.now() - started > timeout)
        throw new Error(`timed out waiting for “${needle}”; screen:\n${this.text.slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Types keys, then waits a moment so the prompt can redraw. */
  async send(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.child.stdin!.write(key);
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
  }

  /** Pastes `text` as a terminal in bracketed-paste mode does. */
  async paste(text: string): Promise<void> {
    await this.send(`\u001b[200~${text.replace(/\n/g, '\r')}\u001b[201~`);
  }

  /** Types a line of text and Enter. */
  async line(text: string): Promise<void> {
    await this.send(text, KEY.enter);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
