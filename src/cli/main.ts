/**
 * Entry point: builds commander from the command table, runs the chosen command and turns every
 * outcome into an exit code. This is the only place that decides how errors are shown: a
 * `UserError` prints its message, anything else prints a short "internal error" line, and a
 * stack trace appears only with --debug or DEBUG=prison-protocol.
 */
import { readFileSync } from 'node:fs';

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

import { paths } from '../adapters/assets.js';
import { describeFileError } from '../adapters/file-errors.js';
import { translatorFor, uiLanguage } from '../adapters/i18n.js';
import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';
import { COMMANDS, OPTIONS, type CommandSpec, type OptionId } from './commands.js';
import type { CliContext } from './context.js';
import { Output } from './output.js';

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  output?: Output;
}

/** Reads `--ui-lang`, `--debug` and `--quiet` before commander runs: help text depends on them. */
function preScan(argv: string[]): { uiLang?: string; debug: boolean; quiet: boolean } {
  let uiLang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--ui-lang') uiLang = argv[i + 1];
    else if (arg.startsWith('--ui-lang=')) uiLang = arg.slice('--ui-lang='.length);
  }
  return {
    uiLang,
    debug: argv.includes('--debug'),
    quiet: argv.includes('--quiet') || argv.includes('-q'),
  };
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(paths.packageJson, 'utf8')) as { version: string }).version;
}

function positiveInteger(t: Translate) {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1) {
      throw new InvalidArgumentError(t('cli.error.positiveInteger', { value }));
    }
    return Number(value);
  };
}

function listValue(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function buildOption(id: OptionId, t: Translate): Option {
  const spec = OPTIONS[id];
  const option = new Option(spec.flags, t(`cli.option.${id}`));
  if (spec.value === 'positive-integer') option.argParser(positiveInteger(t));
  if (spec.value === 'list') option.argParser(listValue);
  return option;
}

function buildCommand(program: Command, spec: CommandSpec, t: Translate, run: RunState): void {
  const command = program
    .command(spec.name)
    .description(t(`cli.${spec.name}.description`))
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t(`cli.${spec.name}.examples`)}`);
  if (spec.args) command.arguments(spec.args);
  command.usage(`[${t('cli.help.optionsWord')}]${spec.args ? ` ${spec.args}` : ''}`);
  for (const id of spec.options) command.addOption(buildOption(id, t));
  command.helpOption('-h, --help', t('cli.option.help'));
  command.action(async (...actionArgs: unknown[]) => {
    // commander passes the positional arguments, then the options object, then the command.
    const cmd = actionArgs[actionArgs.length - 1] as Command;
    const positional = cmd.processedArgs.flatMap((value: unknown) =>
      Array.isArray(value) ? (value as string[]) : value === undefined ? [] : [String(value)],
    );
    const module = await spec.load();
    run.exitCode = await module.run(positional, { ...program.opts(), ...cmd.opts() }, run.context);
  });
}

interface RunState {
  context: CliContext;
  exitCode: number;
}

/** Localised headings of commander's help ("Usage:", "Options:"…) through its styleTitle hook. */
function localisedHelp(t: Translate) {
  const titles: Record<string, string> = {
    'Usage:': t('cli.help.usage'),
    'Options:': t('cli.help.options'),
    'Commands:': t('cli.help.commands'),
    'Arguments:': t('cli.help.arguments'),
    'Global Options:': t('cli.help.globalOptions'),
  };
  return { styleTitle: (title: string) => titles[title] ?? title, showGlobalOptions: true };
}

function commanderMessage(error: CommanderError, t: Translate): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const key = error.code.replace(/^commander\./, '');
  const text = t(`cli.error.${key}`, { name: quoted, detail: error.message.replace(/^error: /, '') });
  return text === `cli.error.${key}` ? error.message : text;
}

export async function main(argv: string[], options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const scanned = preScan(argv);
  const uiLang = uiLanguage(scanned.uiLang, env);
  const t = translatorFor(uiLang);
  const debug = scanned.debug || /\bprison-protocol\b/.test(env.DEBUG ?? '');
  const out = options.output ?? (await Output.create({ quiet: scanned.quiet }, env));
  const state: RunState = {
    exitCode: ExitCode.Success,
    context: { t, uiLang, out, cwd: options.cwd ?? process.cwd(), env, stdin: process.stdin, debug },
  };

  const program = new Command('prison-protocol')
    .description(t('cli.program.description'))
    .usage(`[${t('cli.help.optionsWord')}] [${t('cli.help.commandWord')}]`)
    .version(packageVersion(), '-V, --version', t('cli.option.version'))
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand('help [command]', t('cli.option.helpCommand'))
    .option('--ui-lang <code>', t('cli.option.uiLang'))
    .option('--debug', t('cli.option.debug'))
    .addHelpText('after', `\n${t('cli.help.examples')}\n${t('cli.program.examples')}`)
    .configureHelp(localisedHelp(t))
    .configureOutput({
      writeOut: (text) => out.stdout.write(text),
      writeErr: (text) => out.stderr.write(text),
      outputError: () => undefined, // printed below, translated
    })
    .showSuggestionAfterError(true)
    .exitOverride();
  for (const spec of COMMANDS) buildCommand(program, spec, t, state);
  for (const command of program.commands) command.exitOverride().configureHelp(localisedHelp(t));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (error) {
    return handleError(error, state.context);
  }
}

function handleError(error: unknown, ctx: CliContext): number {
  const { out, t } = ctx;
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.Success; // --help, --version
    out.error(commanderMessage(error, ctx.t));
    out.error(t('cli.error.seeHelp'));
    return ExitCode.Usage;
  }
  if (error instanceof UserError) {
    out.error(error.message);
    if (ctx.debug && error.stack) out.error(error.stack);
    return error.exitCode;
  }
  const fileMessage = describeFileError(error, t);
  if (fileMessage) {
    out.error(fileMessage);
    if (ctx.debug && error instanceof Error && error.stack) out.error(error.stack);
    return ExitCode.Invalid;
  }
  if (isPromptExit(error)) {
    out.error(t('cli.error.interrupted'));
    return ExitCode.Interrupted;
  }
  out.error(t('cli.error.internal', { message: error instanceof Error ? error.message : String(error) }));
  if (ctx.debug && error instanceof Error && error.stack) out.error(error.stack);
  else out.error(t('cli.error.debugHint'));
  return ExitCode.Invalid;
}

/** Ctrl-C inside an @inquirer prompt rejects with ExitPromptError (not re-exported by prompts 7). */
function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
