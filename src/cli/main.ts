/**
 * Entry point: builds commander from the command table, runs the chosen command and turns every
 * outcome into an exit code. This is the only place that decides how errors are shown: a
 * `UserError` prints its message, anything else prints a short "internal error" line, and a
 * stack trace appears only with --debug or DEBUG=prison-protocol.
 */
import { readFileSync } from 'node:fs';

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

import { interfaceLanguages, paths } from '../adapters/assets.js';
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

/** An option's help: the command's own wording where it differs (`checklist -f`), else the shared one. */
function buildOption(id: OptionId, t: Translate, command: string): Option {
  const spec = OPTIONS[id];
  const ownKey = `cli.${command}.option.${id}`;
  const own = t(ownKey);
  const option = new Option(spec.flags, own === ownKey ? t(`cli.option.${id}`) : own);
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
  for (const id of spec.options) command.addOption(buildOption(id, t, spec.name));
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

function argumentTerm(argument: { name(): string; required: boolean; variadic: boolean }): string {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
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
  // A command's line in the list ("validate [options] <file...>"), with the translated word.
  const subcommandTerm = (cmd: Command) =>
    [
      cmd.name(),
      cmd.options.length > 0 ? `[${t('cli.help.optionsWord')}]` : '',
      ...cmd.registeredArguments.map(argumentTerm),
    ]
      .filter(Boolean)
      .join(' ');
  return { styleTitle: (title: string) => titles[title] ?? title, showGlobalOptions: true, subcommandTerm };
}

/**
 * commander's errors in the user's language: the message from the catalogue, with the option or
 * value quoted from commander's English text, and its "Did you mean …?" kept.
 */
function commanderMessage(error: CommanderError, t: Translate): string {
  const english = error.message.replace(/^error: /, '');
  const quoted = [...english.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
  const suggestion = /\(Did you mean (.+)\?\)/.exec(english)?.[1];
  const key = error.code.replace(/^commander\./, '');
  let text: string;
  const counts = /Expected (\d+) arguments? but got (\d+)/.exec(english);
  if (key === 'excessArguments' && counts) {
    text = t('cli.error.tooManyArguments', { name: quoted[0] ?? '', expected: counts[1], got: counts[2] });
  } else if (key === 'invalidArgument') {
    // "option '-j, --jobs <n>' argument '0' is invalid. <our own translated reason>"
    const reason = english.replace(/^[^.]*\.\s*/, '');
    text = t('cli.error.invalidOptionValue', { name: quoted[0] ?? '', value: quoted[1] ?? '', reason });
  } else {
    text = t(`cli.error.${key}`, {
      name: quoted[0] ?? '',
      detail: english.replace(/\s*\(Did you mean .*$/s, ''),
    });
    if (text === `cli.error.${key}`) text = english;
  }
  return suggestion ? `${text} ${t('cli.error.didYouMean', { suggestion })}` : text;
}

/** `-v` is what people type for the version (eslint, prettier, npm): the same as `-V`. */
function withVersionAlias(argv: string[]): string[] {
  return argv[0] === '-v' ? ['-V', ...argv.slice(1)] : argv;
}

export async function main(rawArgv: string[], options: RunOptions = {}): Promise<number> {
  const argv = withVersionAlias(rawArgv);
  const env = options.env ?? process.env;
  // The version alone needs neither commander nor a catalogue: scripts call it often.
  if (argv.length === 1 && (argv[0] === '-V' || argv[0] === '--version')) {
    (options.output?.stdout ?? process.stdout).write(`${packageVersion()}\n`);
    return ExitCode.Success;
  }
  const scanned = preScan(argv);
  const uiLang = uiLanguage(scanned.uiLang, env);
  const t = translatorFor(uiLang);
  const debug = scanned.debug || /\bprison-protocol\b/.test(env.DEBUG ?? '');
  const out = options.output ?? (await Output.create({ quiet: scanned.quiet }, env));
  const languages = scanned.uiLang === undefined ? [] : interfaceLanguages();
  if (scanned.uiLang !== undefined && !languages.includes(scanned.uiLang)) {
    const allowed = languages.join(', ');
    out.error(t('options.unknownValue', { option: '--ui-lang', value: scanned.uiLang, allowed }));
    return ExitCode.Usage;
  }
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
