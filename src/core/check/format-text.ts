/**
 * The readiness report as terminal text: one block per area with its status, the missing fields
 * and each piece of advice with its severity and source, wrapped to the width given (80 columns
 * by default). Severity is spelled out, so the report reads the same without colour.
 */
import { AREAS } from '../answers/types.js';
import type { Translate } from '../i18n/translate.js';
import type { AreaReport, CheckReport, Severity } from './types.js';
import { SEVERITIES } from './types.js';
import { hang, wrap } from './wrap.js';

/** Optional colouring, applied after wrapping so escape codes never count as width. */
export interface Styler {
  heading: (text: string) => string;
  severity: (severity: Severity, text: string) => string;
  dim: (text: string) => string;
}

export const PLAIN: Styler = { heading: (s) => s, severity: (_severity, s) => s, dim: (s) => s };

export interface TextOptions {
  width?: number;
  style?: Styler;
  /** Lines printed under the file name (country profile). */
  notes?: string[];
  /** False when the file also has format (schema) problems: the verdict says so. */
  valid?: boolean;
}

function areaHeading(area: AreaReport, number: number, width: number, t: Translate, style: Styler): string[] {
  const title = t('check.report.area', { number, title: area.title });
  const status = t('check.report.status', { status: t(`check.status.${area.status}`) });
  const lines = wrap(title, width);
  const last = lines.length - 1;
  const gap = width - [...lines[last]!].length - [...status].length;
  if (gap >= 2) lines[last] = `${lines[last]}${' '.repeat(gap)}${status}`;
  else lines.push(' '.repeat(Math.max(0, width - [...status].length)) + status);
  return lines.map((line) => style.heading(line));
}

function areaBlock(area: AreaReport, number: number, width: number, t: Translate, style: Styler): string[] {
  const lines = areaHeading(area, number, width, t, style);
  if (area.missing.length > 0) {
    lines.push(`  ${t('check.report.missing')}`);
    for (const field of area.missing) lines.push(...hang('- ', field, width, 4));
  }
  const labels = SEVERITIES.map((severity) => t(`check.severity.${severity}`));
  const labelWidth = Math.max(...labels.map((label) => [...label].length)) + 2;
  for (const advice of area.advice) {
    const label = t(`check.severity.${advice.severity}`).padEnd(labelWidth);
    const body = hang(label, advice.message, width, 2);
    body[0] = body[0]!.replace(label, style.severity(advice.severity, label));
    lines.push(...body);
    const source = hang(
      ' '.repeat(labelWidth),
      t('check.report.source', { section: advice.section }),
      width,
      2,
    );
    lines.push(...source.map((line) => style.dim(line)));
  }
  if (area.missing.length === 0 && area.advice.length === 0) lines.push(`  ${t('check.report.nothing')}`);
  return lines;
}

export function summaryLines(report: CheckReport, t: Translate, valid = true): string[] {
  const { errors, warnings, advice, ready } = report.summary;
  const counts = {
    errors: t('check.report.errors', { count: errors }),
    warnings: t('check.report.warnings', { count: warnings }),
    advice: t('check.report.advice', { count: advice }),
  };
  const verdict = !valid ? 'check.report.invalid' : ready ? 'check.report.ready' : 'check.report.notReady';
  return [t('check.report.summary', counts), t(verdict)];
}

/** The whole report of one file, as lines of at most `width` characters (long words aside). */
export function formatReportText(
  file: string,
  report: CheckReport,
  t: Translate,
  options: TextOptions = {},
): string {
  const width = options.width ?? 80;
  const style = options.style ?? PLAIN;
  const lines = [style.heading(file)];
  for (const note of options.notes ?? []) lines.push(...hang('', note, width));
  report.areas.forEach((area, index) => {
    lines.push('', ...areaBlock(area, AREAS[index]?.number ?? index + 1, width, t, style));
  });
  lines.push('');
  for (const line of summaryLines(report, t, options.valid ?? true)) {
    lines.push(...hang('', line, width));
  }
  return lines.join('\n');
}
