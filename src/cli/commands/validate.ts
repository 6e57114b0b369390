import { readAnswersFile } from '../../adapters/answers-file.js';
import { expandInputs } from '../../adapters/inputs.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { formatProblem } from '../../core/validation/problem.js';
import type { CommandRun } from '../context.js';

interface FileReport {
  file: string;
  valid: boolean;
  errors: { line: number; column: number; path: string; code: string; message: string }[];
}

export const run: CommandRun = async (args, options, ctx) => {
  const { t, out } = ctx;
  const inputs = await expandInputs(args, ctx.cwd, t);
  const reports: FileReport[] = [];
  for (const input of inputs) {
    try {
      const result = await readAnswersFile(input.path, t);
      reports.push({ file: input.display, valid: result.valid, errors: result.problems });
    } catch (error) {
      // In a batch one unreadable file is reported, and the others are still checked.
      if (!(error instanceof UserError) || inputs.length === 1) throw error;
      const problem = { line: 1, column: 1, path: '', code: 'unreadable', message: error.message };
      reports.push({ file: input.display, valid: false, errors: [problem] });
    }
  }

  const total = reports.reduce((sum, report) => sum + report.errors.length, 0);
  if (options.json) {
    out.data(JSON.stringify(reports, null, 2));
  } else {
    for (const report of reports) {
      for (const problem of report.errors) out.error(formatProblem(report.file, problem));
      if (report.errors.length > 0 && reports.length > 1) {
        out.info(t('validation.summary.problems', { count: report.errors.length, file: report.file }));
      }
    }
    if (total === 0) out.info(t('validation.summary.allValid', { count: reports.length }));
    else if (reports.length === 1) {
      out.info(t('validation.summary.problems', { count: total, file: reports[0]!.file }));
    } else out.info(t('validation.summary.total', { files: reports.length, count: total }));
  }
  return total === 0 ? ExitCode.Success : ExitCode.Invalid;
};
