/**
 * What the concept note draws from outside the answers: the readiness report of `check` and
 * the built-in country profile.
 */
import type { DraftAnswers } from '../core/answers/types.js';
import type { BuildOptions } from '../core/document/build-model.js';
import type { Translate } from '../core/i18n/translate.js';

export async function documentExtras(
  _answers: DraftAnswers,
  _docT: Translate,
): Promise<Pick<BuildOptions, 'readiness' | 'profile'>> {
  return {};
}
