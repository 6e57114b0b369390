/**
 * The memorandum's annexes (the standard clause set's access list, consent form, workplan and
 * indicator framework): an annex exists only when the answers hold its content, numbered in the
 * order the memorandum's body first refers to it. An annex the project needs but whose content
 * is missing (the consent form of a project with client services, the indicator framework) is,
 * in a draft, a visible placeholder listed in "to complete"; in a final document it is left out,
 * and the body does not refer to it.
 */
import type { DraftAnswers } from '../answers/types.js';
import { escapeValue, list } from './markdown-escape.js';
import type { GapCollector } from './gaps.js';
import { hasClientServices, isStaffService } from './project-shape.js';
import { namesSurnameFirst } from './russian/index.js';
import type { AccessEntryView, AnnexKey, AnnexView, DocumentModel, ServiceView } from './types.js';
import type { Translate } from '../i18n/translate.js';

/** In the order the memorandum's body refers to them. */
export const ANNEX_KEYS = ['accessList', 'consentForm', 'workplan', 'indicators'] as const;

interface AnnexInput {
  answers: DraftAnswers;
  draft: boolean;
  t: Translate;
  gaps: GapCollector;
  accessList: AccessEntryView[];
  timelineSteps: number;
  indicators: number;
  dataProtection: string | null;
  services: ServiceView[];
}

/**
 * The access list's entries, escaped; an entry without a name is dropped. In Russian the names
 * stand surname first, as the column "Фамилия, имя, отчество" reads, when every one can.
 */
export function accessListView(answers: DraftAnswers, lang: string): AccessEntryView[] {
  const entries = list(answers.civilSociety?.accessList).filter(
    (entry) => typeof entry?.name === 'string' && entry.name.trim() !== '',
  );
  const written = entries.map((entry) => (entry!.name as string).trim());
  const names = lang === 'ru' ? namesSurnameFirst(written) : written;
  return entries.map((entry, index) => ({
    number: index + 1,
    name: escapeValue(names[index])!,
    title: escapeValue(entry?.title),
    organisation: escapeValue(entry?.organisation),
  }));
}

type Content = 'given' | 'missing' | 'none';

function contentOf(key: AnnexKey, input: AnnexInput): Content {
  switch (key) {
    case 'accessList':
      return input.accessList.length > 0 ? 'given' : 'none';
    case 'consentForm':
      // The form states how the client's data are kept and shared: that is the answer it needs.
      if (!hasClientServices(input.answers) || consentServices(input.answers, input.services).length === 0)
        return 'none';
      return input.dataProtection !== null ? 'given' : 'missing';
    case 'workplan':
      return input.timelineSteps > 0 ? 'given' : 'none';
    case 'indicators':
      return input.indicators > 0 ? 'given' : 'missing';
  }
}

/** The services a client consents to: every service but staff training (same order as the view). */
function consentServices(answers: DraftAnswers, services: ServiceView[]): ServiceView[] {
  const raw = list(answers.services).filter(
    (s): s is NonNullable<typeof s> => s !== null && typeof s === 'object',
  );
  return services.filter((_, index) => !isStaffService((raw[index] ?? {}) as Record<string, unknown>));
}

export function annexesView(input: AnnexInput): Pick<DocumentModel, 'annexes' | 'annex' | 'consentServices'> {
  const annexes: AnnexView[] = [];
  const annex = Object.fromEntries(ANNEX_KEYS.map((key) => [key, null])) as Record<
    AnnexKey,
    AnnexView | null
  >;
  for (const key of ANNEX_KEYS) {
    const content = contentOf(key, input);
    if (content === 'none' || (content === 'missing' && !input.draft)) continue;
    // The indicators' own gap is recorded where their table would be (the `gap` helper).
    const field = key === 'indicators' ? 'indicators' : `${key}Annex`;
    if (content === 'missing' && key !== 'indicators') input.gaps.addMissing(field, 'mou');
    const view: AnnexView = {
      key,
      number: annexes.length + 1,
      title: input.t(`render.annex.${key}`),
      placeholder: content === 'missing' ? input.gaps.placeholder(field) : null,
    };
    annexes.push(view);
    annex[key] = view;
  }
  return { annexes, annex, consentServices: consentServices(input.answers, input.services) };
}
