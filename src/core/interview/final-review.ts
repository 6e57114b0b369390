/**
 * The beginning and the end of a session: where a resumed file stands, and the closing review —
 * the readiness of the five areas, the chance to go back to any section, and the offer to write
 * the documents.
 */
import type { AskFn } from './lists.js';
import { needsAnswers, ROOT, type SectionState } from './progress.js';
import type { Choice, SummaryRow } from './prompter.js';
import { reviewQuestions } from './review.js';
import type { Session } from './session.js';
import type { SectionSpec } from './spec.js';

export function sectionTitle(session: Session, section: SectionSpec): string {
  if (section.area) return session.t(`checklist.area${section.area}.title`);
  return section.title ? session.t(section.title) : section.id;
}

function label(session: Session, section: SectionSpec): string {
  const title = sectionTitle(session, section);
  return section.area ? session.t('interview.areaLabel', { area: section.area, title }) : title;
}

/** On resume: each section's state, and where the session continues. */
export function showOverview(
  session: Session,
  start: number | undefined,
  stateOf: (section: SectionSpec) => SectionState,
): void {
  const { t, spec } = session;
  const rows: SummaryRow[] = spec.sections.map((section) => {
    const state = stateOf(section);
    return { label: label(session, section), value: [t(`interview.state.${state}`)], missing: needsAnswers(spec, section, session.data) };
  });
  session.prompter.showSummary({ title: t('interview.resume.title'), rows });
  const next = start === undefined ? undefined : spec.sections[start];
  session.prompter.showNotice(
    next ? t('interview.resume.continue', { section: label(session, next) }) : t('interview.resume.allAnswered'),
    'info',
  );
}

/** Readiness rows: the check's verdict per area when available, else the session's own count. */
function readinessRows(session: Session, state: (section: SectionSpec) => SectionState): SummaryRow[] {
  const { t } = session;
  const external = session.deps.readiness?.(session.data);
  return session.spec.sections.map((section) => {
    const verdict = section.area ? external?.find((entry) => entry.area === section.area) : undefined;
    if (verdict) {
      const status = verdict.status === 'missing' ? 'not-started' : verdict.status;
      const missing = verdict.missing.length ? [t('interview.final.missing', { list: verdict.missing.join(', ') })] : [];
      return { label: label(session, section), value: [t(`interview.state.${status}`), ...missing], missing: status !== 'complete' };
    }
    const own = state(section);
    return { label: label(session, section), value: [t(`interview.state.${own}`)], missing: needsAnswers(session.spec, section, session.data) };
  });
}

const MAX_PROBLEMS_SHOWN = 5;
const RENDER = -1;
const FINISH = -2;

async function offerRender(session: Session, ready: boolean): Promise<string[]> {
  const { t, prompter } = session;
  try {
    const outcome = await session.deps.render!({ draft: !ready });
    prompter.showNotice(t('interview.final.written', { count: outcome.files.length }), 'success');
    for (const file of outcome.files) prompter.showNotice(`  ${file}`, 'info');
    return outcome.files;
  } catch (error) {
    if (error instanceof Error && error.name === 'SessionInterrupted') throw error;
    prompter.showNotice(t('interview.final.renderFailed', { message: error instanceof Error ? error.message : String(error) }), 'warning');
    return [];
  }
}

export async function finalReview(
  session: Session,
  ask: AskFn,
  state: (section: SectionSpec) => SectionState,
): Promise<{ files: string[] }> {
  const { t, prompter, spec } = session;
  for (;;) {
    const rows = readinessRows(session, state);
    const problems = session.deps.validate(String(session.deps.document));
    const ready = problems.length === 0 && rows.every((row) => !row.missing);
    prompter.showSummary({ title: t('interview.final.title'), rows });
    if (problems.length > 0) {
      prompter.showNotice(t('interview.final.problems', { count: problems.length }), 'warning');
      for (const problem of problems.slice(0, MAX_PROBLEMS_SHOWN)) {
        prompter.showNotice(t('interview.final.problem', { line: problem.line, message: problem.message }), 'info');
      }
    }
    const choices: Choice<number>[] = [
      ...(session.deps.render
        ? [{ value: RENDER, label: t(ready ? 'interview.final.render' : 'interview.final.renderDraft') }]
        : []),
      ...spec.sections.map((section, index) => ({
        value: index,
        label: t('interview.final.change', { section: label(session, section) }),
      })),
      { value: FINISH, label: t('interview.final.finish') },
    ];
    const picked = await prompter.askSelect<number>({ message: t('interview.final.prompt'), choices, current: choices[0]!.value });
    if (picked === FINISH) return { files: [] };
    if (picked === RENDER) return { files: await offerRender(session, ready) };
    const section = spec.sections[picked]!;
    await reviewQuestions(session, section.questions, ROOT, t('interview.review.title', { title: sectionTitle(session, section) }), ask);
  }
}
