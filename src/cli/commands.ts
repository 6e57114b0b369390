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
  | 'plain'
  | 'allowOpen'
  | 'projector'
  | 'noProjector';

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
  allowOpen: { flags: '--allow-open' },
  projector: { flags: '--projector' },
  noProjector: { flags: '--no-projector' },
};

export interface CommandSpec {
  name: string;
  /** commander argument syntax, e.g. `<file...>` or `[file]`. */
  args?: string;
  options: OptionId[];
  /**
   * The module behind the command, imported only when it runs. Written out in full (not built
   * from the name) so that the bundler can see each import and give each command its own chunk.
   */
  load: () => Promise<{ run: CommandRun }>;
}

export const COMMANDS: CommandSpec[] = [
  {
    name: 'interview',
    args: '[file]',
    options: ['area', 'plain', 'projector', 'noProjector', 'lang', 'out', 'format', 'force', 'quiet'],
    load: () => import('./commands/interview.js'),
  },
  {
    name: 'validate',
    args: '<file...>',
    options: ['json', 'quiet'],
    load: () => import('./commands/validate.js'),
  },
  {
    name: 'check',
    args: '<file...>',
    options: ['json', 'strict', 'quiet'],
    load: () => import('./commands/check.js'),
  },
  {
    name: 'render',
    args: '<input...>',
    options: [
      'out',
      'format',
      'doc',
      'lang',
      'templates',
      'force',
      'draft',
      'allowOpen',
      'jobs',
      'json',
      'quiet',
    ],
    load: () => import('./commands/render.js'),
  },
  {
    name: 'init',
    args: '[file]',
    options: ['example', 'lang', 'force', 'quiet'],
    load: () => import('./commands/init.js'),
  },
  {
    name: 'checklist',
    options: ['format', 'lang', 'out', 'force', 'quiet'],
    load: () => import('./commands/checklist.js'),
  },
  {
    name: 'schema',
    options: ['out', 'force', 'quiet'],
    load: () => import('./commands/schema.js'),
  },
  {
    name: 'countries',
    args: '[code]',
    options: ['json', 'lang', 'quiet'],
    load: () => import('./commands/countries.js'),
  },
];
