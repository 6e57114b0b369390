/**
 * Which required fields (shared/spec/answers-format.md) each checklist area still lacks, and
 * the area's status. `project` and `country` count towards area 1 (where the project runs,
 * for whom) and `parties` towards area 4 (who commits to what), so that every required field
 * of the file shows up in exactly one area.
 */
import type { AreaId } from '../answers/types.js';
import type { Translate } from '../i18n/translate.js';
import { hasText, isFilled, record, records, texts, type AnswersView } from './read.js';
import type { AreaStatus } from './types.js';

/** A field title from the schema helper's catalogue (`fields.<pattern>`), else the pattern. */
export function fieldTitle(pattern: string, t: Translate): string {
  const key = `fields.${pattern}`;
  const title = t(key);
  return title === key ? pattern : title;
}

interface Requirement {
  /** `fields.json` pattern of the field, e.g. `services[].type`. */
  pattern: string;
  filled: boolean;
  /** For a field inside a list item: which item (1-based), to name it in the message. */
  item?: { list: string; number: number };
}

function top(pattern: string, filled: boolean): Requirement {
  return { pattern, filled };
}

/** Each item of a required list: its required fields; an empty list is one unmet requirement. */
function items(list: string, values: Record<string, unknown>[], keys: string[]): Requirement[] {
  if (values.length === 0) return [top(list, false)];
  return values.flatMap((value, index) =>
    keys.map((key) => ({
      pattern: `${list}[].${key}`,
      filled: hasText(value[key]),
      item: { list, number: index + 1 },
    })),
  );
}

function requirements(area: AreaId, view: AnswersView): Requirement[] {
  switch (area) {
    case 'target-group':
      return [
        top('country', view.country !== undefined),
        top('project.title', hasText(view.project.title)),
        ...items('project.institutions', records(view.project.institutions), ['name', 'kind']),
        top('targetGroup.description', hasText(view.targetGroup.description)),
        top('targetGroup.populations', view.populations.length > 0),
        top('targetGroup.needs', Object.keys(view.needs).length > 0),
      ];
    case 'services':
      return items('services', view.services, ['id', 'type', 'name', 'implementer']);
    case 'civil-society':
      return items('civilSociety.organisations', view.organisations, ['name']);
    case 'responsibilities':
      return [
        top('parties.prison.name', hasText(view.prison.name)),
        top('parties.cso.name', hasText(view.cso.name)),
        top('responsibilities.prison', texts(view.responsibilities.prison).length > 0),
        top('responsibilities.cso', texts(view.responsibilities.cso).length > 0),
      ];
    case 'monitoring':
      return [
        top('monitoring.qualityAssurance', hasText(view.monitoring.qualityAssurance)),
        ...items('monitoring.indicators', view.indicators, ['name']),
      ];
  }
}

function title(requirement: Requirement, t: Translate): string {
  const field = fieldTitle(requirement.pattern, t);
  if (!requirement.item) return field;
  const item = fieldTitle(`${requirement.item.list}[]`, t);
  return t('check.missingItem', { item, number: requirement.item.number, field });
}

export interface AreaCompleteness {
  status: AreaStatus;
  missing: string[];
}

export function areaCompleteness(area: AreaId, view: AnswersView, t: Translate): AreaCompleteness {
  const all = requirements(area, view);
  const missing = all.filter((requirement) => !requirement.filled);
  // An area counts as started as soon as anything under its key is answered, even optional fields.
  const anything = all.length > missing.length || isFilled(areaValue(area, view));
  const status: AreaStatus = missing.length === 0 ? 'complete' : anything ? 'partial' : 'missing';
  return { status, missing: missing.map((requirement) => title(requirement, t)) };
}

function areaValue(area: AreaId, view: AnswersView): unknown {
  switch (area) {
    case 'target-group':
      return view.targetGroup;
    case 'services':
      return view.services;
    case 'civil-society':
      return view.civilSociety;
    case 'responsibilities':
      return [view.responsibilities, record(view.prison), record(view.cso)];
    case 'monitoring':
      return view.monitoring;
  }
}
