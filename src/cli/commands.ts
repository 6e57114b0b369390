/**
 * The command table: every command, its arguments and options, as data. `main` turns it into
 * commander commands; the module behind each command is imported only when that command runs,
 * so `--help` and `validate` never load PDF, DOCX or prompt libraries. Help texts are catalogue
 * keys (`cli.<command>.description`, `cli.<command>.examples`, `cli.option.<option>`).
 */

import type { CommandRun } from './context.js';

export type OptionId =
  | 'out'
  | 'format'
  | 'doc'
  | 'lang'
  | 'templates'
  | 'force'
  | 'draft'
  | 'jobs'
  | 'json'
  | 'quiet'
  | 'strict'
  | 'example'
  | 'area'
  | 'plain';

export interface OptionSpec {
  flags: string;
  /** Kind of value, used to parse and check it. */
  value?: 'string' | 'list' | 'positive-integer';
  defaultValue?: string | string[] | boolean;
}

export const OPTIONS: Record<OptionId, OptionSpec> = {
  out: { flags: '-o, --out <path>', value: 'string' },
  format: { flags: '-f, --format <list>', value: 'list' },
  doc: { flags: '-d, --doc <list>', value: 'list' },
  lang: { flags: '--lang <code>', value: 'string' },
  templates: { flags: '--templates <dir>', value: 'string' },
  force: { flags: '--force' },
  draft: { flags: '--draft' },
  jobs: { flags: '-j, --jobs <n>', value: 'positive-integer' },
  json: { flags: '--json' },
  quiet: { flags: '-q, --quiet' },
  strict: { flags: '--strict' },
  example: { flags: '--example <name>', value: 'string' },
  area: { flags: '--area <n>', value: 'positive-integer' },
  plain: { flags: '--plain' },
};

export interface CommandSpec {
  name: string;
  /** commander argument syntax, e.g. `<file...>` or `[file]`. */
  args?: string;
  options: OptionId[];
}

/**
 * The module behind a command, imported only when it runs: `src/cli/commands/<name>.ts`
 * exporting `run` (see `CommandRun`).
 */
export async function loadCommand(name: string): Promise<{ run: CommandRun }> {
  return (await import(`./commands/${name}.js`)) as { run: CommandRun };
}

export const COMMANDS: CommandSpec[] = [
  {
    name: 'interview',
    args: '[file]',
    options: ['area', 'plain', 'lang', 'out', 'format', 'force'],
  },
  {
    name: 'validate',
    args: '<file...>',
    options: ['json', 'quiet'],
  },
  {
    name: 'check',
    args: '<file...>',
    options: ['json', 'strict', 'quiet'],
  },
  {
    name: 'render',
    args: '<input...>',
    options: ['out', 'format', 'doc', 'lang', 'templates', 'force', 'draft', 'jobs', 'json', 'quiet'],
  },
  {
    name: 'init',
    args: '[file]',
    options: ['example', 'lang', 'force', 'quiet'],
  },
  {
    name: 'checklist',
    options: ['format', 'lang', 'out', 'force', 'quiet'],
  },
  {
    name: 'schema',
    options: [],
  },
  {
    name: 'countries',
    args: '[code]',
    options: ['json', 'lang'],
  },
];
