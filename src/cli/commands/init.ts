import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

import { paths } from '../../adapters/assets.js';
import { existingFiles, writeFileAtomic } from '../../adapters/files.js';
import { schemaFiles } from '../../adapters/schemas.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { bundleSchema } from '../../core/schema/bundle.js';
import { buildSkeleton } from '../../core/schema/skeleton.js';
import type { CommandRun } from '../context.js';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

/** The schema's location as editors need it: relative to the new file, with forward slashes. */
function schemaReference(file: string): string {
  const target = join(paths.schemas, 'answers.schema.json');
  const path = relative(dirname(file), target);
  return path.startsWith('..') || !path.includes(':') ? path.split(sep).join('/') : target;
}

async function exampleNames(): Promise<string[]> {
  return (await readdir(paths.examples))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -5));
}

async function exampleText(name: string, file: string, t: Parameters<CommandRun>[2]['t']): Promise<string> {
  const names = await exampleNames();
  if (!names.includes(name)) {
    throw new UserError(t('init.unknownExample', { name, names: names.join(', ') }), ExitCode.Usage);
  }
  const text = await readFile(join(paths.examples, `${name}.yaml`), 'utf8');
  return text.replace(SCHEMA_LINE, `# yaml-language-server: $schema=${schemaReference(file)}`);
}

export const run: CommandRun = async (args, options, ctx) => {
  const { t, out } = ctx;
  const file = resolve(ctx.cwd, args[0] ?? 'protocol.yaml');
  const shown = args[0] ?? 'protocol.yaml';
  if (!options.force && existingFiles([file]).length > 0) {
    throw new UserError(t('files.exists', { file: shown }), ExitCode.Invalid);
  }
  const language = typeof options.lang === 'string' ? options.lang : ctx.uiLang;
  const text =
    typeof options.example === 'string'
      ? await exampleText(options.example, file, t)
      : buildSkeleton(bundleSchema(schemaFiles()), t, { schemaPath: schemaReference(file), language });
  await writeFileAtomic(file, text);
  out.info(t('files.written', { file: shown }));
  out.info(t(typeof options.example === 'string' ? 'init.nextExample' : 'init.next', { file: shown }));
  return ExitCode.Success;
};
