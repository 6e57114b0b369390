/**
 * `check <file...>`: the readiness report (`-` reads standard input). With --json, always an
 * array `[{file, valid, errors, areas, summary}]`, one entry per file. Works on half-done files: format (schema) problems
 * are counted and pointed to `validate`, never a reason to stop. Exit 1 when any file has an
 * `error` advice, format problems or cannot be read (or, with --strict, a warning).
 */
import type { AnswersFile } from '../../adapters/answers-file.js';
import { coloursFor } from '../../adapters/colour.js';
import { countryProfile } from '../../adapters/countries.js';
import { checkAnswers, type CheckReport } from '../../core/check/index.js';
import { formatReportText, type Styler } from '../../core/check/format-text.js';
import { ExitCode } from '../../core/errors.js';
import { locate } from '../../core/validation/locate.js';
import { formatProblem, type Problem } from '../../core/validation/problem.js';
import type { CliContext, CommandRun } from '../context.js';
import { readInputs } from '../read-inputs.js';

type Checked = { file: string; report: CheckReport; problems: Problem[]; notes: string[] };
type Failed = { file: string; problems: Problem[]; exitCode: ExitCode };

/** Colours for a terminal; chalk is imported only then, never in pipes and scripts. */
async function styler(ctx: CliContext): Promise<Styler | undefined> {
  const c = await coloursFor(ctx.out.stdout, ctx.env);
  if (!c) return undefined;
  const bySeverity = { error: c.red.bold, warning: c.yellow.bold, advice: c.cyan };
  return { heading: c.bold, severity: (severity, text) => bySeverity[severity](text), dim: c.dim };
}

function checkRead(display: string, result: AnswersFile, ctx: CliContext): Checked | Failed {
  const { t } = ctx;
  const data = result.loaded.data;
  if (data === undefined) return { file: display, problems: result.problems, exitCode: ExitCode.Invalid };
  const code = typeof data.country === 'string' ? data.country.trim().toUpperCase() : undefined;
  const profile = countryProfile(code, t);
  const notes = profile
    ? [t('check.report.country', { country: profile.name })]
    : code
      ? [t('check.report.noProfile', { code })]
      : [];
  const { document, lineCounter } = result.loaded;
  const locateValue =
    document && lineCounter
      ? (segments: readonly string[]) => locate(document, lineCounter, segments)
      : undefined;
  const report = checkAnswers(data, t, profile, locateValue ? { locate: locateValue } : {});
  // A file with format problems cannot be rendered yet, whatever the protocol advice says.
  if (result.problems.length > 0) report.summary.ready = false;
  return { file: display, report, problems: result.problems, notes };
}

/** Checks every input; an unreadable file in a batch is reported and the others still checked. */
async function checkAll(args: string[], ctx: CliContext): Promise<(Checked | Failed)[]> {
  const entries = await readInputs(args, ctx);
  return entries.map((entry) =>
    'read' in entry
      ? checkRead(entry.file, entry.read, ctx)
      : { file: entry.file, problems: [entry.failure], exitCode: entry.exitCode },
  );
}

/** One documented shape whatever the number of files: `[{file, valid, errors, areas, summary}]`. */
function jsonReport(results: readonly (Checked | Failed)[]) {
  return results.map((result) =>
    'report' in result
      ? {
          file: result.file,
          valid: result.problems.length === 0,
          errors: result.problems,
          areas: result.report.areas,
          summary: result.report.summary,
        }
      : { file: result.file, valid: false, errors: result.problems, areas: [], summary: null },
  );
}

async function printText(result: Checked, ctx: CliContext): Promise<void> {
  const { out, t } = ctx;
  const width = Math.max(40, Math.min(80, out.stdout.columns ?? 80));
  const style = await styler(ctx);
  const text = formatReportText(result.file, result.report, t, {
    width,
    notes: result.notes,
    valid: result.problems.length === 0,
    ...(style ? { style } : {}),
  });
  out.data(`${text}\n`);
  if (result.problems.length > 0)
    out.warn(t('check.schemaProblems', { count: result.problems.length, file: result.file }));
}

export const run: CommandRun = async (args, options, ctx) => {
  const { out, t } = ctx;
  const results = await checkAll(args, ctx);
  const checked = results.filter((result): result is Checked => 'report' in result);
  const failed = results.filter((result): result is Failed => !('report' in result));
  for (const result of failed) {
    const [first] = result.problems;
    if (first && first.line === 0) {
      out.error(first.message); // missing or unreadable: no place in a file to point to
      continue;
    }
    out.error(t('check.unreadable', { file: result.file }));
    for (const problem of result.problems) out.error(formatProblem(result.file, problem));
  }
  if (options.json) {
    out.data(JSON.stringify(jsonReport(results), null, 2));
    for (const result of checked) {
      if (result.problems.length > 0)
        out.warn(t('check.schemaProblems', { count: result.problems.length, file: result.file }));
    }
  } else {
    for (const result of checked) await printText(result, ctx);
  }
  if (failed.some((result) => result.exitCode === ExitCode.Usage)) return ExitCode.Usage;
  const blocked = checked.some(
    ({ report, problems }) =>
      report.summary.errors > 0 ||
      problems.length > 0 ||
      (options.strict === true && report.summary.warnings > 0),
  );
  return failed.length > 0 || blocked ? ExitCode.Invalid : ExitCode.Success;
};
