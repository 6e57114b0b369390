/** `schema`: the bundled JSON Schema on standard output, or `-o FILE` into a file (refreshed). */
import { resolve } from 'node:path';

import { schemaText, writeSchemaFile } from '../../adapters/schema-file.js';
import { ExitCode, UserError } from '../../core/errors.js';
import type { CommandRun } from '../context.js';

export const run: CommandRun = async (_args, options, ctx) => {
  if (typeof options.out !== 'string' || options.out === '-') {
    ctx.out.data(schemaText());
    return ExitCode.Success;
  }
  const file = resolve(ctx.cwd, options.out);
  if ((await writeSchemaFile(file, options.force === true)) === 'kept')
    throw new UserError(ctx.t('files.exists', { file: options.out }), ExitCode.Invalid);
  ctx.out.info(ctx.t('files.schemaWritten', { file: options.out }));
  return ExitCode.Success;
};
