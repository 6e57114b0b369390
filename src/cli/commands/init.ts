/**
 * `init [file]`: a commented skeleton (or a bundled example) to fill in, and the schema beside
 * it as `answers.schema.json`, named by a relative `$schema` line: the line never points into
 * the install folder (an npx cache, a Windows path), so moving, sharing or zipping the folder
 * keeps completion and checking in the editor. `schema -o answers.schema.json` refreshes it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

import { paths } from '../../adapters/assets.js';
import { existingFiles, writeFileAtomic } from '../../adapters/files.js';
import { SCHEMA_FILE_NAME, writeSchemaFile } from '../../adapters/schema-file.js';
import { schemaFiles } from '../../adapters/schemas.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { bundleSchema } from '../../core/schema/bundle.js';
import { buildSkeleton } from '../../core/schema/skeleton.js';
import type { CommandRun } from '../context.js';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

async function exampleNames(): Promise<string[]> {
  return (await readdir(paths.examples))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -5));
}

async function exampleText(name: string, t: Parameters<CommandRun>[2]['t']): Promise<string> {
  const names = await exampleNames();
  if (!names.includes(name)) {
    throw new UserError(t('init.unknownExample', { name, names: names.join(', ') }), ExitCode.Usage);
  }
  const text = await readFile(join(paths.examples, `${name}.yaml`), 'utf8');
  return text.replace(SCHEMA_LINE, `# yaml-language-server: $schema=${SCHEMA_FILE_NAME}`);
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
      ? await exampleText(options.example, t)
      : buildSkeleton(bundleSchema(schemaFiles()), t, { schemaPath: SCHEMA_FILE_NAME, language });
  await writeFileAtomic(file, text);
  out.info(t('files.written', { file: shown }));
  const schemaFile = join(dirname(file), SCHEMA_FILE_NAME);
  const schemaShown = relative(ctx.cwd, schemaFile) || schemaFile;
  if ((await writeSchemaFile(schemaFile, false)) === 'kept')
    out.warn(t('files.schemaKept', { file: schemaShown }));
  else out.info(t('files.schemaWritten', { file: schemaShown }));
  out.info(t(typeof options.example === 'string' ? 'init.nextExample' : 'init.next', { file: shown }));
  return ExitCode.Success;
};
