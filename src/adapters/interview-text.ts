/**
 * Layout of the interview's reading screens (welcome, area introductions, summaries, help,
 * notices) as plain lines, shared by the inquirer and the plain prompters. Everything reads
 * without colour: emphasis is structure (rules, indentation, markers), colour only adds to it.
 */
import { Chalk, type ChalkInstance } from 'chalk';

import type { Intro, NoticeKind, Summary } from '../core/interview/prompter.js';
import { wantsColour } from './colour.js';

export interface TextStyle {
  bold: (text: string) => string;
  dim: (text: string) => string;
  warn: (text: string) => string;
  good: (text: string) => string;
}

/** Colour only where `wantsColour` allows it (a terminal, no NO_COLOR, not TERM=dumb). */
export function textStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): TextStyle {
  const colour = wantsColour(stream, env);
  const chalk: ChalkInstance = new Chalk({ level: colour ? 1 : 0 });
  // Nothing is dimmed: on a projector dim grey is lost from the back of the room. Secondary text
  // (hints, key help) keeps the normal weight; its place says it is secondary.
  return { bold: chalk.bold, dim: (text: string) => text, warn: chalk.yellow, good: chalk.green };
}

/** Readable line length: the terminal's width, but never wider than 100 columns. */
export function lineWidth(stream: { columns?: number }): number {
  return Math.max(40, Math.min(stream.columns ?? 80, 100) - 1);
}

/** Word-wraps `text` to `width`, the first line after `first`, the others after `rest`. */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // A paragraph's own indentation (a list of files, say) is kept on all its lines.
    const indent = /^[ ]*/.exec(paragraph)![0];
    const following = rest + indent;
    let line = (lines.length === 0 ? first : rest) + indent;
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (!empty && line.length + 1 + word.length > width) {
        lines.push(line);
        line = following + word;
      } else {
        line += empty ? word : ` ${word}`;
      }
      empty = false;
    }
    lines.push(line);
  }
  return lines;
}

export function renderIntro(intro: Intro, width: number, style: TextStyle): string[] {
  const lines = ['', '─'.repeat(Math.min(width, 72))];
  if (intro.heading) lines.push(style.bold(intro.heading));
  lines.push(style.bold(intro.title), '');
  const bullets = intro.bullets ?? [];
  for (const bullet of bullets) lines.push(...wrap(bullet, width, '  • ', '    '));
  if (bullets.length > 0) lines.push('');
  for (const paragraph of intro.paragraphs) lines.push(...wrap(paragraph, width), '');
  return lines.slice(0, -1);
}

/** Several entries on one line ("a; b; c") when they fit, else one bullet per line. */
function summaryValue(values: string[], width: number): string[] {
  if (values.length === 1) return wrap(values[0]!, width, '      ', '      ');
  const joined = values.join('; ');
  if (joined.length + 6 <= width) return [`      ${joined}`];
  return values.flatMap((value) => wrap(value, width, '      • ', '        '));
}

export function renderSummary(
  summary: Summary,
  width: number,
  style: TextStyle,
  texts: { empty: string; needed: string },
) {
  const lines = ['', style.bold(summary.title)];
  for (const row of summary.rows) {
    const marker = row.missing ? '! ' : '  ';
    const paint = (line: string) => (row.missing ? style.warn(line) : line);
    const values =
      row.value.length > 0 ? row.value : [row.missing ? `${texts.empty} — ${texts.needed}` : texts.empty];
    const oneLine = values.join('; ');
    // An answer of several lines (pasted, or from the editor) is shown as an indented block.
    if (!oneLine.includes('\n') && `${marker}${row.label}: ${oneLine}`.length <= width) {
      lines.push(paint(`${marker}${row.label}: ${oneLine}`));
      continue;
    }
    lines.push(paint(`${marker}${row.label}:`), ...summaryValue(values, width));
  }
  return lines;
}

export function renderHelp(title: string, help: string, width: number, style: TextStyle): string[] {
  return ['', style.bold(`${title}:`), ...wrap(help, width, '  ', '  ')];
}

const NOTICE_MARK: Record<NoticeKind, string> = { info: '', success: '✔ ', warning: '! ' };

export function renderNotice(text: string, kind: NoticeKind, width: number, style: TextStyle): string[] {
  const paint = kind === 'warning' ? style.warn : kind === 'success' ? style.good : (line: string) => line;
  const mark = NOTICE_MARK[kind];
  return wrap(text, width, mark, ' '.repeat(mark.length)).map((line) => paint(line));
}
