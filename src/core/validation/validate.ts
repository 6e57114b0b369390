/**
 * Validation of an answers file: the JSON Schemas (Ajv, compiled once), then the cross-field
 * rules a schema cannot express. Returns every problem at once, located and sorted by line.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';

import type { LoadResult } from '../answers/load.js';
import type { Translate } from '../i18n/translate.js';
import { blankAsEmpty } from './blank-text.js';
import { crossFieldProblems } from './cross-field.js';
import { describeError, fieldTitle, suggest } from './describe.js';
import { fieldPattern, locate, locateKey, pointerSegments } from './locate.js';
import { byPosition, type Problem } from './problem.js';

export interface AnswersValidator {
  validate: ValidateFunction;
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let value = data;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/**
 * With `allErrors`, an `enum` or `type` failure inside an object also yields errors for the
 * branches Ajv explored; keeping one error per path and keyword avoids saying the same thing twice.
 */
function dedupe(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const extra = JSON.stringify(error.params);
    const key = `${error.instancePath}|${error.keyword}|${extra}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function schemaProblem(error: ErrorObject, loaded: Required<LoadResult>, t: Translate): Problem {
  const { document, lineCounter, data } = loaded;
  const segments = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const keySegments = [...segments, key];
    const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
    const hint = suggest(key, allowed);
    const message = hint
      ? t('validation.unknownKey.suggest', { key, suggestion: hint })
      : t('validation.unknownKey.list', { key, allowed: allowed.join(', ') });
    return {
      ...locateKey(document, lineCounter, keySegments),
      path: toPointer(keySegments),
      code: 'unknown-key',
      message,
    };
  }
  if (error.keyword === 'required') {
    const missing = String(params.missingProperty);
    const fieldSegments = [...segments, missing];
    const title = (error.parentSchema as { properties?: Record<string, { title?: string }> })?.properties?.[
      missing
    ]?.title;
    const message = describeRequired(fieldSegments, missing, t, title);
    return {
      ...locateKey(document, lineCounter, segments),
      path: toPointer(fieldSegments),
      code: 'required',
      message,
    };
  }
  const value = valueAt(data, segments);
  const message = describeError(error, segments, value, t);
  const code = error.keyword === 'format' ? String(params.format) : error.keyword;
  return { ...locate(document, lineCounter, segments), path: error.instancePath, code, message };
}

function describeRequired(segments: string[], key: string, t: Translate, schemaTitle?: string): string {
  const pattern = fieldPattern(segments);
  const translated = t(`fields.${pattern}`);
  const title = translated === `fields.${pattern}` ? (schemaTitle ?? key) : translated;
  const parent = segments.slice(0, -1);
  if (parent.length === 0) return t('validation.requiredTop', { title, key });
  return t('validation.required', { title, key });
}

export function toPointer(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * A key written with no value (as `init` leaves them) fails several keywords at once (type,
 * enum, minLength); one "not filled in yet" per key says it better, with the allowed values.
 */
function emptyValueProblems(errors: ErrorObject[], loaded: Required<LoadResult>, t: Translate) {
  const problems: Problem[] = [];
  const rest: ErrorObject[] = [];
  const handled = new Set<string>();
  for (const error of errors) {
    const segments = pointerSegments(error.instancePath);
    const isEmpty =
      segments.length > 0 && valueAt(loaded.data, segments) === null && error.keyword !== 'required';
    if (!isEmpty) {
      rest.push(error);
      continue;
    }
    if (handled.has(error.instancePath)) continue;
    handled.add(error.instancePath);
    const enumError = errors.find((e) => e.instancePath === error.instancePath && e.keyword === 'enum');
    const allowed = (enumError?.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
    const title = fieldTitle(segments, t, (error.parentSchema as { title?: string } | undefined)?.title);
    const message = allowed
      ? t('validation.emptyChoice', { title, allowed: allowed.map(String).join(', ') })
      : t('validation.empty', { title });
    problems.push({
      ...locate(loaded.document, loaded.lineCounter, segments),
      path: error.instancePath,
      code: 'empty',
      message,
    });
  }
  return { problems, rest };
}

/**
 * All problems of a loaded file: read refusals if it could not be read, otherwise schema and
 * cross-field problems, sorted by position.
 */
export function validateAnswers(loaded: LoadResult, t: Translate, validator: AnswersValidator): Problem[] {
  if (!loaded.data || !loaded.document || !loaded.lineCounter) return loaded.problems;
  const complete = loaded as Required<LoadResult>;
  const problems: Problem[] = [];
  if (!validator.validate(blankAsEmpty(loaded.data))) {
    const { problems: empty, rest } = emptyValueProblems(
      dedupe(validator.validate.errors ?? []),
      complete,
      t,
    );
    problems.push(...empty);
    for (const error of rest) problems.push(schemaProblem(error, complete, t));
  }
  problems.push(...crossFieldProblems(complete, t));
  return problems.sort(byPosition);
}
