/**
 * When to colour, decided in one place for every command: only on a terminal, never with
 * NO_COLOR (https://no-color.org: set and not empty) and never on TERM=dumb. chalk is imported
 * only when colour is wanted, so pipes, scripts and CI never load it.
 */
import type { ChalkInstance } from 'chalk';

export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

/** A chalk instance for `stream`, or undefined when it should stay plain. */
export async function coloursFor(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
): Promise<ChalkInstance | undefined> {
  if (!wantsColour(stream, env)) return undefined;
  const { default: chalk, Chalk } = await import('chalk');
  // chalk's own detection has the last word (FORCE_COLOR=0, terminals without colour).
  return chalk.level > 0 ? new Chalk({ level: chalk.level }) : undefined;
}
