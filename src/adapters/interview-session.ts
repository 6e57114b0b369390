/**
 * The interview's edges: the session data from the package, the answers file on disk (opened,
 * refused when unreadable, saved atomically after every answer), validation with the bundled
 * schemas, the country profiles, the check's readiness, and rendering through `renderFile`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parse as parseYaml, parseDocument, type Document } from 'yaml';

import { decodeText, parseAnswers } from '../core/answers/load.js';
import type { DraftAnswers } from '../core/answers/types.js';
import { checkAnswers } from '../core/check/index.js';
import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';
import { rehomeComments } from '../core/interview/comments.js';
import { newAnswersDocument, newAnswersText } from '../core/interview/document.js';
import type { AreaReadiness } from '../core/interview/session.js';
import { parseSessionSpec, type SessionSpec } from '../core/interview/spec.js';
import { formatProblem, type Problem } from '../core/validation/problem.js';
import { readAnswersBytes } from './answers-file.js';
import { paths } from './assets.js';
import { countryProfile } from './countries.js';
import { SCHEMA_FILE_NAME, writeSchemaFile } from './schema-file.js';
import { validateAnswers } from './schemas.js';

let spec: SessionSpec | undefined;

/** `data/interview.yaml`, read and checked once per process. */
export function loadSessionSpec(): SessionSpec {
  spec ??= parseSessionSpec(parseYaml(readFileSync(join(paths.data, 'interview.yaml'), 'utf8')));
  return spec;
}

/**
 * The schema line's target: a copy beside the answers file (written as `init` does), so the line
 * never points into the install folder and survives moving the folder (issue 15).
 */
async function schemaReference(file: string): Promise<string> {
  await writeSchemaFile(join(dirname(file), SCHEMA_FILE_NAME), false);
  return SCHEMA_FILE_NAME;
}

export interface OpenedAnswers {
  document: Document;
  isNew: boolean;
}

function located(shown: string, problems: Problem[]): string {
  return problems.map((problem) => formatProblem(shown, problem)).join('\n');
}

/**
 * The answers file as an editable YAML document. A missing file starts a new one; a file that
 * cannot be read (syntax, version, binary…) is refused with its located problems and never
 * overwritten; an empty or comments-only file keeps its comments, and every file its comments'
 * places (see `rehomeComments`).
 */
export async function openAnswers(file: string, shown: string, t: Translate): Promise<OpenedAnswers> {
  if (!existsSync(file)) return { document: newAnswersDocument(await schemaReference(file)), isNew: true };
  const bytes = await readAnswersBytes(file, t);
  const loaded = parseAnswers(bytes, t);
  if (loaded.problems.some((problem) => problem.code === 'empty')) {
    const comments = Buffer.from(bytes)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd();
    const text = newAnswersText(await schemaReference(file)).replace(
      'version: 1\n',
      `${comments}\nversion: 1\n`,
    );
    return { document: parseDocument(text), isNew: true };
  }
  if (!loaded.document || loaded.problems.length > 0) {
    throw new UserError(
      `${t('interview.unreadable', { file: shown })}\n${located(shown, loaded.problems)}`,
      ExitCode.Invalid,
    );
  }
  // Written back after every answer: comments must come out where they stood.
  rehomeComments(loaded.document, decodeText(bytes) ?? '');
  return { document: loaded.document, isNew: false };
}

/** All problems of an answers text, with the same messages as `validate`. */
export function validateText(text: string, t: Translate): Problem[] {
  return validateAnswers(parseAnswers(text, t), t);
}

/** Names of the CSOs the country's profile knows (protocol annex 12), for the organisation questions. */
export function countryCsoNames(code: string, t: Translate): string[] {
  return countryProfile(code, t)?.csos.map((cso) => cso.name) ?? [];
}

/** The check's verdict per area, for the final review. */
export function readiness(data: unknown, t: Translate): AreaReadiness[] {
  const answers = (data ?? {}) as DraftAnswers;
  const country = typeof answers.country === 'string' ? answers.country : undefined;
  const report = checkAnswers(answers, t, countryProfile(country, t));
  return report.areas.map((area, index) => {
    const advice = area.advice.filter((item) => item.severity !== 'error');
    return {
      area: index + 1,
      status: area.status,
      missing: area.missing,
      advice: advice.length,
      adviceTexts: advice.map((item) => `${item.message} (${item.section})`),
    };
  });
}
