/** Checklist areas 1, 3, 4 and 5 as the documents use them (area 2 is in services-view). */
import { accessListView } from './annexes-view.js';
import { KNOWN_POPULATIONS, NEED_KINDS, type DraftAnswers } from '../answers/types.js';
import type { Translate } from '../i18n/translate.js';
import { listItem, withoutFinalStop, type Formatters } from './format.js';
import type { GapCollector } from './gaps.js';
import { labelOf, optionalLabel } from './labels.js';
import { escapeList, escapeValue, list } from './markdown-escape.js';
import type { DocumentModel, NeedView } from './types.js';

interface Ctx {
  t: Translate;
  fmt: Formatters;
  gaps: GapCollector;
  /** Document language: Russian lists of people put the surname first. */
  lang: string;
}

const KNOWN = new Set<string>(KNOWN_POPULATIONS);

export function targetGroupView(answers: DraftAnswers, ctx: Ctx): DocumentModel['targetGroup'] {
  const { t, fmt, gaps } = ctx;
  const group = answers.targetGroup;
  const populations = list(group?.populations)
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => (KNOWN.has(p) ? labelOf(t, 'population', p) : (escapeValue(p) ?? '')));
  if (populations.length === 0) gaps.addMissing('populations');
  const needs: NeedView[] = NEED_KINDS.map((kind) => {
    const answered = escapeList(group?.needs?.[kind]);
    // As list items they start with a capital; joined into a sentence they stay as written.
    return { kind, label: labelOf(t, 'need', kind), items: answered.map(listItem), text: fmt.list(answered) };
  }).filter((need) => need.items.length > 0);
  if (needs.length === 0) gaps.addMissing('needs', 'concept-note');
  return {
    description: gaps.required(group?.description, 'targetGroupDescription'),
    populations,
    populationsText: populations.length > 0 ? fmt.list(populations) : gaps.placeholder('populations'),
    estimatedSize: typeof group?.estimatedSize === 'number' ? fmt.number(group.estimatedSize) : null,
    needs,
    prisonContext: gaps.optional(group?.prisonContext, 'prisonContext', 'concept-note'),
    participation: gaps.optional(group?.participation, 'participation', 'concept-note'),
  };
}

export function civilSocietyView(answers: DraftAnswers, ctx: Ctx): DocumentModel['civilSociety'] {
  const society = answers.civilSociety;
  const organisations = list(society?.organisations).map((organisation) => ({
    name: ctx.gaps.required(organisation?.name, 'organisationName'),
    role: escapeValue(organisation?.role),
    strengths: escapeList(organisation?.strengths),
    weaknesses: escapeList(organisation?.weaknesses),
    experience: escapeValue(organisation?.experience),
  }));
  if (organisations.length === 0) ctx.gaps.addMissing('organisations', 'concept-note');
  // The lead CSO is the organisation that signs; else the first one listed.
  const csoName = answers.parties?.cso?.name;
  const lead = organisations.find((o) => o.name === escapeValue(csoName)) ?? organisations[0];
  return {
    leadExperience: lead?.experience ?? null,
    organisations,
    access: escapeValue(society?.access),
    accessList: accessListView(answers, ctx.lang),
    informingTheAdministration: escapeValue(society?.informingTheAdministration),
  };
}

export function responsibilitiesView(answers: DraftAnswers, ctx: Ctx): DocumentModel['responsibilities'] {
  const { t, fmt, gaps } = ctx;
  const r = answers.responsibilities;
  const prison = escapeList(r?.prison).map(listItem);
  const cso = escapeList(r?.cso).map(listItem);
  if (prison.length === 0) gaps.addMissing('prisonResponsibilities');
  if (cso.length === 0) gaps.addMissing('csoResponsibilities');
  const noticeDays = r?.termination?.noticeDays;
  return {
    prison,
    cso,
    joint: escapeList(r?.joint).map(listItem),
    meetings: optionalLabel(t, 'frequency', r?.coordination?.meetings),
    // Without its full stop: the templates end the sentence ("…: members.").
    workingGroup: withoutFinalStop(escapeValue(r?.coordination?.workingGroup)),
    funding: escapeValue(r?.funding),
    dataProtection: escapeValue(r?.dataProtection),
    noticeDays: typeof noticeDays === 'number' ? fmt.number(noticeDays) : null,
  };
}

function measure(value: unknown, fmt: Formatters): string | null {
  return typeof value === 'number' ? fmt.number(value) : escapeValue(value);
}

export function monitoringView(answers: DraftAnswers, ctx: Ctx): DocumentModel['monitoring'] {
  const { t, fmt, gaps } = ctx;
  const m = answers.monitoring;
  const indicators = list(m?.indicators).map((indicator, index) => ({
    number: index + 1,
    name: gaps.required(indicator?.name, 'indicatorName'),
    definition: escapeValue(indicator?.definition),
    baseline: measure(indicator?.baseline, fmt),
    target: measure(indicator?.target, fmt),
    frequency: optionalLabel(t, 'frequency', indicator?.frequency),
    source: escapeValue(indicator?.source),
    responsible: optionalLabel(t, 'responsible', indicator?.responsible),
  }));
  if (indicators.length === 0) gaps.addMissing('indicators');
  const recipients = escapeList(m?.reporting?.recipients).map(listItem);
  return {
    qualityAssurance: gaps.required(m?.qualityAssurance, 'qualityAssurance'),
    indicators,
    reportingFrequency: optionalLabel(t, 'frequency', m?.reporting?.frequency),
    recipients,
    recipientsText: recipients.length > 0 ? fmt.list(recipients) : null,
    clientInvolvement: gaps.optional(m?.clientInvolvement, 'clientInvolvement', 'concept-note'),
    evaluation: gaps.optional(m?.evaluation, 'evaluation', 'concept-note'),
  };
}
