/**
 * The concept note's background and relevance from the country profile: only the paragraphs
 * that concern this project (its populations, services, settings, probation), each followed by
 * its source and year, and the protocol's country recommendations stated in the third person.
 */
import type { DraftAnswers } from '../answers/types.js';
import type { TopicConcerns } from '../countries/types.js';
import type { Translate } from '../i18n/translate.js';
import { escapeValue, list } from './markdown-escape.js';

/** One profile paragraph as the renderer hands it over (see `adapters/render-extras`). */
export interface ProfileParagraphInput {
  text: string;
  /** Protocol sections as written in the data, e.g. `["5.3 (b)"]`. */
  refs: readonly string[];
  concerns?: TopicConcerns;
}

/** What the project is about, in the terms of `TopicConcerns`. */
export interface ProjectFacts {
  populations: Set<string>;
  services: Set<string>;
  settings: Set<'in-prison' | 'after-release'>;
  probation: boolean;
}

export function projectFacts(answers: DraftAnswers): ProjectFacts {
  const institutions = list(answers.project?.institutions);
  const populations = new Set(
    list(answers.targetGroup?.populations)
      .filter((p): p is string => typeof p === 'string')
      .map((p) => p.trim().toLowerCase()),
  );
  for (const institution of institutions) {
    const population = institution?.population;
    if (population === 'mixed') ['men', 'women'].forEach((p) => populations.add(p));
    else if (typeof population === 'string') populations.add(population);
  }
  const services = list(answers.services);
  const settings = new Set<'in-prison' | 'after-release'>();
  for (const service of services) {
    const setting = service?.setting ?? 'in-prison';
    if (setting === 'in-prison' || setting === 'both') settings.add('in-prison');
    if (setting === 'after-release' || setting === 'both') settings.add('after-release');
  }
  return {
    populations,
    services: new Set(services.map((s) => s?.type).filter((t): t is NonNullable<typeof t> => !!t)),
    settings,
    probation:
      populations.has('people-on-probation') || institutions.some((i) => i?.kind === 'probation-office'),
  };
}

/** A paragraph without `concerns` is about the whole country; otherwise any shared concern selects it. */
export function concernsProject(concerns: TopicConcerns | undefined, facts: ProjectFacts): boolean {
  if (!concerns) return true;
  return (
    (concerns.populations ?? []).some((p) => facts.populations.has(p)) ||
    (concerns.services ?? []).some((s) => facts.services.has(s)) ||
    (concerns.settings ?? []).some((s) => facts.settings.has(s)) ||
    (concerns.probation === true && facts.probation)
  );
}

/** "text (CADAP protocol, 2025, section 5.3 (b))", escaped. */
export function citedParagraphs(
  paragraphs: readonly ProfileParagraphInput[] | undefined,
  facts: ProjectFacts,
  t: Translate,
): string[] {
  return (paragraphs ?? [])
    .filter((paragraph) => concernsProject(paragraph.concerns, facts))
    .map((paragraph) => {
      // The source goes inside the sentence: "… in 2. (source)" reads as a stray note.
      const text = paragraph.text.trim();
      const stop = /[.!?…]$/.exec(text)?.[0] ?? '';
      const cited = t('render.cite', {
        text: stop ? text.slice(0, -1) : text,
        sections: paragraph.refs.join(', '),
        count: paragraph.refs.length,
      });
      return escapeValue(`${cited}${stop || '.'}`);
    })
    .filter((text): text is string => text !== null);
}
