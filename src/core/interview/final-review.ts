/**
 * The beginning and the end of a session: where a resumed file stands, and the closing review —
 * the readiness of the five areas, the chance to go back to any section, and the offer to write
 * the documents.
 */
import type { AskFn } from './lists.js';
import { isStarted, needsAnswers, ROOT, type SectionState } from './progress.js';
import type { Choice, SummaryRow } from './prompter.js';
import { reviewQuestions } from './review.js';
import type { Session } from './session.js';
import type { SectionSpec } from './spec.js';

/** Advice shown per area: enough to discuss at the table; `check` lists all. */
const MAX_ADVICE_SHOWN = 3;

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
  const verdicts = session.deps.readiness?.(session.data);
  const rows: SummaryRow[] = spec.sections.map((section) => {
    const own = stateOf(section);
    // Never "complete" where `check` still finds a required gap.
    const verdict = section.area ? verdicts?.find((entry) => entry.area === section.area) : undefined;
    const state = own === 'complete' && verdict && verdict.status !== 'complete' ? 'partial' : own;
    return {
      label: label(session, section),
      value: [t(`interview.state.${state}`)],
      missing: needsAnswers(spec, section, session.data),
    };
  });
  session.prompter.showSummary({ title: t('interview.resume.title'), rows });
  const next = start === undefined ? undefined : spec.sections[start];
  session.prompter.showNotice(
    next
      ? t('interview.resume.continue', { section: label(session, next) })
      : t('interview.resume.allAnswered'),
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
      // The check's verdict, except that a section with anything in it is "started".
      const own = state(section);
      const status =
        verdict.status === 'missing' ? (own === 'not-started' ? 'not-started' : 'partial') : verdict.status;
      const missing = verdict.missing.length
        ? [t('interview.final.missing', { list: verdict.missing.join(', ') })]
        : [];
      const advice = verdict.advice ? [t('interview.final.advice', { count: verdict.advice })] : [];
      const texts = (verdict.adviceTexts ?? []).slice(0, MAX_ADVICE_SHOWN).map((text) => `• ${text}`);
      const more = (verdict.adviceTexts?.length ?? 0) - texts.length;
      if (more > 0) texts.push(t('interview.final.moreAdvice', { count: more }));
      advice.push(...texts);
      return {
        label: label(session, section),
        value: [t(`interview.state.${status}`), ...missing, ...advice],
        missing: status !== 'complete',
      };
    }
    const own = state(section);
    return {
      label: label(session, section),
      value: [t(`interview.state.${own}`)],
      missing: needsAnswers(session.spec, section, session.data),
    };
  });
}

const MAX_PROBLEMS_SHOWN = 5;
const RENDER = -1;
const CHANGE = -2;
const FINISH = -3;
const BACK = -4;

async function offerRender(session: Session, ready: boolean): Promise<string[]> {
  const { t, prompter } = session;
  try {
    const outcome = await session.deps.render!({ draft: !ready });
    if (outcome.files.length === 0) return [];
    const list = outcome.files.map((file) => `  ${file}`).join('\n');
    prompter.showNotice(
      `${t('interview.final.written', { count: outcome.files.length })}\n${list}`,
      'success',
    );
    return outcome.files;
  } catch (error) {
    if (error instanceof Error && error.name === 'SessionInterrupted') throw error;
    prompter.showNotice(
      t('interview.final.renderFailed', { message: error instanceof Error ? error.message : String(error) }),
      'warning',
    );
    return [];
  }
}

function showProblems(session: Session): number {
  const problems = session.deps.validate(String(session.deps.document));
  if (problems.length === 0) return 0;
  session.prompter.showNotice(session.t('interview.final.problems', { count: problems.length }), 'warning');
  const lines = problems
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map((problem) => session.t('interview.final.problem', { line: problem.line, message: problem.message }));
  session.prompter.showNotice(lines.join('\n'), 'info');
  return problems.length;
}

/** Which section to go back to: a second menu, so the readiness table stays on screen. */
async function pickSection(session: Session): Promise<number> {
  const choices: Choice<number>[] = session.spec.sections.map((section, index) => ({
    value: index,
    label: label(session, section),
  }));
  return session.prompter.askSelect<number>({
    message: session.t('interview.final.which'),
    choices: [...choices, { value: BACK, label: session.t('interview.list.back') }],
  });
}

/**
 * The end of a session: readiness, problems, and the choice to draft the documents, finish, or
 * go back to a section. `fill` runs a section nobody has started (an optional one passed over)
 * as in the session itself, question by question; a started one is shown for review.
 */
export async function finalReview(
  session: Session,
  ask: AskFn,
  state: (section: SectionSpec) => SectionState,
  fill: (section: SectionSpec) => Promise<void>,
): Promise<{ files: string[] }> {
  const { t, prompter, spec } = session;
  for (;;) {
    const rows = readinessRows(session, state);
    prompter.showSummary({ title: t('interview.final.title'), rows });
    const ready = showProblems(session) === 0 && rows.every((row) => !row.missing);
    const choices: Choice<number>[] = [
      ...(session.deps.render
        ? [{ value: RENDER, label: t(ready ? 'interview.final.render' : 'interview.final.renderDraft') }]
        : []),
      { value: CHANGE, label: t('interview.final.change') },
      { value: FINISH, label: t('interview.final.finish') },
    ];
    const picked = await prompter.askSelect<number>({
      message: t('interview.final.prompt'),
      choices,
      current: choices[0]!.value,
    });
    if (picked === FINISH) return { files: [] };
    if (picked === RENDER) return { files: await offerRender(session, ready) };
    const index = await pickSection(session);
    if (index === BACK) continue;
    const section = spec.sections[index]!;
    if (!isStarted(spec, section, session.data)) {
      await fill(section);
      continue;
    }
    await reviewQuestions(
      session,
      section.questions,
      ROOT,
      t('interview.review.title', { title: sectionTitle(session, section) }),
      ask,
    );
  }
}
