/**
 * Text in several languages, seen by `check`: a warning for each value that has no text in a
 * language the documents are rendered in (the file's `originals`, else its `language`), since
 * that document would quietly take the text of another language.
 */
import { missingTexts } from '../answers/multilingual.js';
import type { AreaId, DraftAnswers } from '../answers/types.js';
import { originalLanguages } from '../document/originals-view.js';
import type { Translate } from '../i18n/translate.js';
import { fieldTitle } from '../validation/describe.js';
import { formatSection } from './section.js';
import type { Advice } from './types.js';

/** Where a value is written, when the caller has the file's positions. */
export type Locate = (segments: readonly string[]) => { line: number; column: number };

const AREA_OF_KEY: Record<string, AreaId> = {
  targetGroup: 'target-group',
  services: 'services',
  civilSociety: 'civil-society',
  monitoring: 'monitoring',
};

/** The documents' languages: `originals`, else `language`, else English. */
export function renderedLanguages(answers: DraftAnswers): string[] {
  const language = typeof answers?.language === 'string' && answers.language ? answers.language : 'en';
  return originalLanguages(answers, language);
}

/** One warning per value and language without text, in the area of the value (else area 4, the MoU). */
export function missingTextAdvice(
  answers: DraftAnswers,
  t: Translate,
  locate?: Locate,
): { area: AreaId; advice: Advice }[] {
  return missingTexts(answers, renderedLanguages(answers)).map(({ segments, lang }) => {
    const field = fieldTitle(segments, t);
    const language = t(`render.languageName.${lang}`);
    const params = { field, lang, language };
    const message = locate
      ? t('check.rule.languages.missing-text.at', { ...params, line: locate(segments).line })
      : t('check.rule.languages.missing-text', params);
    return {
      area: AREA_OF_KEY[segments[0] ?? ''] ?? 'responsibilities',
      advice: {
        id: 'languages.missing-text',
        severity: 'warning',
        message,
        section: formatSection(['6.4/4'], t),
      },
    };
  });
}
