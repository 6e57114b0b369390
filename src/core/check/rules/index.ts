/** Every rule of `check`, in the order they are reported inside an area. */
import type { Rule } from '../types.js';
import { civilSocietyRules } from './civil-society.js';
import { conceptNoteRules } from './concept-note.js';
import { countryRules } from './country.js';
import { memorandumRules } from './memorandum.js';
import { monitoringRules } from './monitoring.js';
import { responsibilitiesRules } from './responsibilities.js';
import { servicesRules } from './services.js';
import { targetGroupRules } from './target-group.js';

export const RULES: readonly Rule[] = [
  ...targetGroupRules,
  ...servicesRules,
  ...civilSocietyRules,
  ...responsibilitiesRules,
  ...memorandumRules,
  ...monitoringRules,
  ...conceptNoteRules,
  ...countryRules,
];

export { countryAdvice, conditionHolds } from './country.js';
