import { validationSchemaFiles } from '../../adapters/schemas.js';
import { ExitCode } from '../../core/errors.js';
import { bundleSchema } from '../../core/schema/bundle.js';
import type { CommandRun } from '../context.js';

export const run: CommandRun = async (_args, _options, ctx) => {
  ctx.out.data(JSON.stringify(bundleSchema(validationSchemaFiles()), null, 2));
  return ExitCode.Success;
};
