import { countryProfile } from '../../../src/adapters/countries.js';
import { translatorFor } from '../../../src/adapters/i18n.js';
import type { DraftAnswers } from '../../../src/core/answers/types.js';
import { checkAnswers, type Advice } from '../../../src/core/check/index.js';

export const en = translatorFor('en');
export const ru = translatorFor('ru');

/** Checks answers the way the CLI does: with the country's profile when there is one. */
export function check(answers: DraftAnswers, t = en) {
  const country = (answers as { country?: unknown } | null)?.country;
  const code = typeof country === 'string' ? country : undefined;
  return checkAnswers(answers, t, countryProfile(code, t));
}

export function adviceOf(answers: DraftAnswers, t = en): (Advice & { area: string })[] {
  return check(answers, t).areas.flatMap((area) =>
    area.advice.map((advice) => ({ ...advice, area: area.id })),
  );
}

export function ids(answers: DraftAnswers): string[] {
  return adviceOf(answers).map((advice) => advice.id);
}
