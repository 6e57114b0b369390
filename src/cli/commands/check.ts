/**
 * `check <file...>`: the readiness report. Works on half-done files: format (schema) problems
 * are counted and pointed to `validate`, never a reason to stop. Exit 1 when any file has an
 * `error` advice, format problems or cannot be read (or, with --strict, a warning).
 */
import { readAnswersFile } from '../../adapters/answers-file.js';
import { coloursFor } from '../../adapters/colour.js';
import { countryProfile } from '../../adapters/countries.js';
import { expandInputs } from '../../adapters/inputs.js';
import { checkAnswers, type CheckReport } from '../../core/check/index.js';
import { formatReportText, type Styler } from '../../core/check/format-text.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { locate } from '../../core/validation/locate.js';
import { formatProblem, type Problem } from '../../core/validation/problem.js';
import type { CliContext, CommandRun } from '../context.js';

type Checked = { file: string; report: CheckReport; problems: number; notes: string[] };
type Failed = { file: string; problems: Problem[] };

/** Colours for a terminal; chalk is imported only then, never in pipes and scripts. */
async function styler(ctx: CliContext): Promise<Styler | undefined> {
  const c = await coloursFor(ctx.out.stdout, ctx.env);
  if (!c) return undefined;
  const bySeverity = { error: c.red.bold, warning: c.yellow.bold, advice: c.cyan };
  return { heading: c.bold, severity: (severity, text) => bySeverity[severity](text), dim: c.dim };
}

async function checkFile(path: string, display: string, ctx: CliContext): Promise<Checked | Failed> {
  const { t } = ctx;
  const result = await readAnswersFile(path, t);
  const data = result.loaded.data;
  if (data === undefined) return { file: display, problems: result.problems };
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
  return { file: display, report, problems: result.problems.length, notes };
}

/** Checks every input; an unreadable file in a batch is reported and the others still checked. */
async function checkAll(args: string[], ctx: CliContext): Promise<(Checked | Failed)[]> {
  const inputs = await expandInputs(args, ctx.cwd, ctx.t);
  const results: (Checked | Failed)[] = [];
  for (const input of inputs) {
    try {
      results.push(await checkFile(input.path, input.display, ctx));
    } catch (error) {
      if (!(error instanceof UserError) || inputs.length === 1) throw error;
      results.push({
        file: input.display,
        problems: [{ line: 1, column: 1, path: '', code: 'unreadable', message: error.message }],
      });
    }
  }
  return results;
}

async function printText(result: Checked, ctx: CliContext): Promise<void> {
  const { out, t } = ctx;
  const width = Math.max(40, Math.min(80, out.stdout.columns ?? 80));
  const style = await styler(ctx);
  const text = formatReportText(result.file, result.report, t, {
    width,
    notes: result.notes,
    valid: result.problems === 0,
    ...(style ? { style } : {}),
  });
  out.data(`${text}\n`);
  if (result.problems > 0) out.warn(t('check.schemaProblems', { count: result.problems, file: result.file }));
}

export const run: CommandRun = async (args, options, ctx) => {
  const { out, t } = ctx;
  const results = await checkAll(args, ctx);
  const checked = results.filter((result): result is Checked => 'report' in result);
  for (const result of results) {
    if ('report' in result) continue;
    out.error(t('check.unreadable', { file: result.file }));
    for (const problem of result.problems) out.error(formatProblem(result.file, problem));
  }
  if (options.json) {
    const items = checked.map(({ file, report }) => ({ file, areas: report.areas, summary: report.summary }));
    if (items.length > 0) out.data(JSON.stringify(results.length === 1 ? items[0] : items, null, 2));
    for (const result of checked) {
      if (result.problems > 0)
        out.warn(t('check.schemaProblems', { count: result.problems, file: result.file }));
    }
  } else {
    for (const result of checked) await printText(result, ctx);
  }
  const failed = results.length > checked.length;
  const blocked = checked.some(
    ({ report, problems }) =>
      report.summary.errors > 0 || problems > 0 || (options.strict === true && report.summary.warnings > 0),
  );
  return failed || blocked ? ExitCode.Invalid : ExitCode.Success;
};
