/**
 * `validate <file...>`: every problem of every answers file, `file:line:col  message`. With
 * --json, always an array `[{file, valid, errors: [{line, column, path, code, message}]}]`, one
 * entry per file in input order, a missing or unreadable file included (line and column 0).
 */
import { ExitCode } from '../../core/errors.js';
import { formatProblem, type Problem } from '../../core/validation/problem.js';
import type { CommandRun } from '../context.js';
import { failureExit, failureText, readInputs } from '../read-inputs.js';

interface FileReport {
  file: string;
  valid: boolean;
  errors: Problem[];
}

export const run: CommandRun = async (args, options, ctx) => {
  const { t, out } = ctx;
  const entries = await readInputs(args, ctx);
  const reports: FileReport[] = entries.map((entry) =>
    'read' in entry
      ? { file: entry.file, valid: entry.read.valid, errors: entry.read.problems }
      : { file: entry.file, valid: false, errors: [entry.failure] },
  );

  const total = reports.reduce((sum, report) => sum + report.errors.length, 0);
  if (options.json) {
    out.data(JSON.stringify(reports, null, 2));
  } else {
    for (const [index, report] of reports.entries()) {
      const entry = entries[index]!;
      if ('failure' in entry) {
        out.error(failureText(entry, ctx));
        continue;
      }
      for (const problem of report.errors) out.error(formatProblem(report.file, problem));
      if (report.errors.length > 0 && reports.length > 1) {
        out.info(t('validation.summary.problems', { count: report.errors.length, file: report.file }));
      }
    }
    if (total === 0) out.info(t('validation.summary.allValid', { count: reports.length }));
    else if (reports.length === 1) {
      if ('read' in entries[0]!)
        out.info(t('validation.summary.problems', { count: total, file: reports[0]!.file }));
    } else out.info(t('validation.summary.total', { files: reports.length, count: total }));
  }
  const failed = failureExit(entries);
  if (failed !== ExitCode.Success) return failed;
  return total === 0 ? ExitCode.Success : ExitCode.Invalid;
};
