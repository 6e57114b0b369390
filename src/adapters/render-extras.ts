/**
 * What the concept note draws from outside the answers: the readiness report of `check`
 * (the annex, and the open advice listed in drafts) and the built-in country profile (the
 * background and relevance sections), both in the document language.
 */
import type { DraftAnswers } from '../core/answers/types.js';
import { checkAnswers } from '../core/check/index.js';
import type { BuildOptions } from '../core/document/build-model.js';
import type { ProfileInput } from '../core/document/concept-note-view.js';
import type { ProfileParagraph } from '../core/countries/types.js';
import type { Translate } from '../core/i18n/translate.js';
import { countryProfile, loadCountryData } from './countries.js';

export function documentExtras(
  answers: DraftAnswers,
  docT: Translate,
): Pick<BuildOptions, 'readiness' | 'profile'> {
  const code = typeof answers.country === 'string' ? answers.country : undefined;
  const country = countryProfile(code, docT);
  const readiness = checkAnswers(answers, docT, country);
  if (!country) return { readiness };
  const paragraph = (p: ProfileParagraph, text = p.text) => ({
    text,
    refs: p.refs,
    ...(p.concerns ? { concerns: p.concerns } : {}),
  });
  const profile: ProfileInput = {
    name: country.name,
    background: [...country.prisonServices.paragraphs, ...country.civilSociety.paragraphs].map((p) =>
      paragraph(p),
    ),
    // Recommendations speak to the reader; the document states them in the third person.
    relevance: country.recommendations.paragraphs.map((p) => paragraph(p, p.statement ?? p.text)),
    ...(code ? { personalDataLaw: loadCountryData(code)?.personalDataLaw } : {}),
  };
  return { readiness, profile };
}
