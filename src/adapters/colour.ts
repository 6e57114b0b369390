/**
 * When to colour, decided in one place for every command: on a terminal or with FORCE_COLOR, never with
 * NO_COLOR (https://no-color.org: set and not empty) and never on TERM=dumb. chalk is imported
 * only when colour is wanted, so pipes, scripts and CI never load it.
 */
import type { ChalkInstance } from 'chalk';

export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  // FORCE_COLOR (as chalk, Node and most CLIs read it) asks for colour in a pipe too, e.g. in CI
  // logs; FORCE_COLOR=0 or false turns it off. NO_COLOR has the last word.
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
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
