/**
 * The interview engine: walks the session data section by section through a `Prompter`, saves
 * after every answer, reviews each area, and ends with the readiness of all five areas and the
 * offer to write the documents. It never touches the terminal or the disk itself.
 */
import { askCheckbox, askConfirm, askSelect, askText, askWithSuggestions, type Asking } from './ask.js';
import { askEach, askObjectList, askTextList, type AskFn } from './lists.js';
import {
  firstPendingSection,
  isStarted,
  isVisible,
  keysOf,
  pendingFilter,
  ROOT,
  sectionState,
  visibleQuestions,
  type Pending,
  type Scope,
} from './progress.js';
import { GoBack } from './prompter.js';
import { reviewQuestions, summaryRows } from './review.js';
import { Session, type InterviewDeps } from './session.js';
import type { QuestionSpec, SectionSpec } from './spec.js';
import { finalReview, sectionTitle, showOverview } from './final-review.js';

export interface InterviewResult {
  /** Files written by the render step, if the group chose it. */
  files: string[];
}

function askOne(
  session: Session,
  ask: AskFn,
  question: Parameters<AskFn>[0],
  scope: Scope,
  progress?: string,
) {
  const keys = keysOf(question, scope);
  const params: Record<string, string> = scope.itemName === undefined ? {} : { item: scope.itemName };
  const asking: Asking = {
    question,
    keys,
    scope,
    texts: session.texts(question, keys, params),
    progress,
    context: guideOf(session, question),
  };
  session.markAsked(keys);
  switch (question.type) {
    case 'select':
      return askSelect(session, asking);
    case 'checkbox':
      return askCheckbox(session, asking);
    case 'confirm':
      return askConfirm(session, asking);
    case 'textList':
      return askTextList(session, asking);
    case 'list':
      return askObjectList(session, asking, ask, (questions, itemScope, title) =>
        reviewQuestions(session, questions, itemScope, title, ask, progress),
      );
    case 'each':
      return askEach(session, asking, ask);
    default:
      return question.suggest ? askWithSuggestions(session, asking) : askText(session, asking);
  }
}

/** The checklist area each question (list items included) belongs to. */
const areas = new WeakMap<SectionSpec['questions'][number], number>();

function noteAreas(session: Session): void {
  const walk = (questions: readonly QuestionSpec[], area: number) => {
    for (const question of questions) {
      areas.set(question, area);
      if (question.item) walk(question.item, area);
    }
  };
  for (const section of session.spec.sections) if (section.area) walk(section.questions, section.area);
}

/** The guiding question of its area that a question answers (`guide`, else the area's first). */
function guideOf(session: Session, question: QuestionSpec): string | undefined {
  const area = areas.get(question);
  return area === undefined
    ? undefined
    : session.optional(`checklist.area${area}.question${question.guide ?? 1}`);
}

function guidingQuestions(session: Session, area: number): string[] {
  const bullets: string[] = [];
  for (let n = 1; n < 10; n++) {
    const text = session.optional(`checklist.area${area}.question${n}`);
    if (text === undefined) break;
    bullets.push(text);
  }
  return bullets;
}

function showSectionIntro(session: Session, section: SectionSpec): void {
  const { t } = session;
  if (section.area) {
    const why = session.optional(`checklist.area${section.area}.why`);
    session.prompter.showIntro({
      heading: t('interview.areaHeading', { area: section.area, total: 5 }),
      title: sectionTitle(session, section),
      bullets: guidingQuestions(session, section.area),
      paragraphs: why ? [why] : [],
    });
    return;
  }
  const intro = section.intro ? session.optional(section.intro) : undefined;
  session.prompter.showIntro({ title: sectionTitle(session, section), paragraphs: intro ? [intro] : [] });
}

export function progressLine(session: Session, section: SectionSpec, number: number, total: number): string {
  const title = sectionTitle(session, section);
  const params = { title, question: number, questions: total, area: section.area ?? 0, total: 5 };
  return session.t(section.area ? 'interview.progress.area' : 'interview.progress.section', params);
}

/**
 * Whether to go into an optional section: it is offered while nothing in it is answered and
 * something is left to ask; otherwise the usual flow decides.
 */
async function accepted(
  session: Session,
  section: SectionSpec,
  offer: string,
  pending: Pending,
): Promise<boolean> {
  const visible = visibleQuestions(session.spec, section.questions, session.data, ROOT);
  if (!visible.some((question) => pending(question, session.data))) return true;
  if (isStarted(session.spec, section, session.data)) return true;
  return session.prompter.askConfirm({
    message: session.t(offer),
    help: session.optional(`${offer}.help`),
    current: false,
  });
}

/** The section's answers as text, to tell whether walking it changed anything. */
function answersOf(session: Session, section: SectionSpec): string {
  const tops = new Set(section.questions.map((question) => question.path.split('.')[0]!));
  return JSON.stringify([...tops].map((top) => session.value([top])));
}

function reviewTitle(session: Session, section: SectionSpec): string {
  return session.t('interview.review.title', { title: sectionTitle(session, section) });
}

/** The answers of a section with the menu to change or mark any of them (from `<` or the final review). */
function reviewSection(session: Session, ask: AskFn, section: SectionSpec): Promise<void> {
  return reviewQuestions(session, section.questions, ROOT, reviewTitle(session, section), ask);
}

/**
 * Asks the section's open questions. Once through, the section's answers are shown when
 * anything changed, without a question to answer: `<` at the next question, or the final
 * review, opens them for changes. `force` (a section chosen from the final review) ends with
 * that review itself. `back` is what `<` does at the section's first question: the review of
 * the section before.
 */
async function runSection(
  session: Session,
  ask: AskFn,
  section: SectionSpec,
  pending: Pending,
  force: boolean,
  back?: () => Promise<void>,
): Promise<boolean> {
  // No await unless there is an offer: the first prompt of a session appears without delay.
  if (section.offer && !force && !(await accepted(session, section, section.offer, pending))) return false;
  const before = answersOf(session, section);
  let introduced = false;
  const introduce = () => {
    if (!introduced) showSectionIntro(session, section);
    introduced = true;
  };
  // "Back one question" (`<`): the question asked before comes again, then this one.
  const asked: number[] = [];
  const again: number[] = [];
  for (let index = 0; index < section.questions.length;) {
    const question = section.questions[index]!;
    const forced = again[0] === index;
    if (forced) again.shift();
    const open = isVisible(session.spec, question, session.data, ROOT) && pending(question, session.data);
    if (!forced && !open) {
      index++;
      continue;
    }
    introduce();
    const visible = visibleQuestions(session.spec, section.questions, session.data, ROOT);
    try {
      await ask(
        question,
        ROOT,
        progressLine(session, section, visible.indexOf(question) + 1, visible.length),
      );
      asked.push(index);
      index++;
    } catch (error) {
      if (!(error instanceof GoBack)) throw error;
      const previous = asked.pop();
      again.unshift(...(previous === undefined ? [index] : [previous, index]));
      if (previous !== undefined) index = previous;
      else if (back) await back();
      else session.prompter.showNotice(session.t('interview.back.first'), 'info');
    }
  }
  if (!introduced && !force) return false;
  introduce();
  if (force) {
    await reviewSection(session, ask, section);
    return true;
  }
  if (section.review !== false && answersOf(session, section) !== before) {
    const visible = visibleQuestions(session.spec, section.questions, session.data, ROOT);
    session.prompter.showSummary({
      title: reviewTitle(session, section),
      rows: summaryRows(session, visible, ROOT),
    });
    session.prompter.showNotice(session.t('interview.review.later'), 'info');
  }
  return true;
}

function hasAnyAnswer(session: Session): boolean {
  return session.spec.sections.some((section) => isStarted(session.spec, section, session.data));
}

function startIndex(session: Session): number | undefined {
  const { startArea } = session.deps;
  if (startArea !== undefined) {
    const index = session.spec.sections.findIndex((section) => section.area === startArea);
    if (index >= 0) return index;
  }
  return firstPendingSection(session.spec, session.data, session.known);
}

export async function runInterview(deps: InterviewDeps): Promise<InterviewResult> {
  const session = new Session(deps);
  noteAreas(session);
  const ask: AskFn = (question, scope, progress) => askOne(session, ask, question, scope, progress);
  const state = (section: SectionSpec) => sectionState(session.spec, section, session.data);
  const pending = pendingFilter(session.spec, session.data, session.known);
  const resumed = hasAnyAnswer(session);
  const start = startIndex(session);
  if (resumed)
    showOverview(session, start, (section) => sectionState(session.spec, section, session.data, pending));
  else session.prompter.showIntro({ title: deps.t('interview.welcome.title'), paragraphs: welcome(session) });

  if (start !== undefined) {
    // `<` at a section's first question opens the review of the section asked before it.
    let last: SectionSpec | undefined;
    const walk = async (section: SectionSpec, force: boolean) => {
      const previous = last;
      const back = previous ? () => reviewSection(session, ask, previous) : undefined;
      const ran = await runSection(session, ask, section, pending, force, back);
      if (ran && section.review !== false) last = section;
    };
    for (let index = start; index < session.spec.sections.length; index++) {
      await walk(session.spec.sections[index]!, index === start && deps.startArea !== undefined);
    }
    // Started at a later area (--area): what the earlier parts never asked comes after. Only
    // with the session's record: without it "never asked" is a guess, and the final review
    // lists the gaps anyway.
    if (deps.startArea !== undefined && session.known) {
      for (let index = 0; index < start; index++) await walk(session.spec.sections[index]!, false);
    }
  }
  const fill = (section: SectionSpec) =>
    runSection(session, ask, section, pendingFilter(session.spec, session.data, session.known), true).then(
      () => undefined,
    );
  return finalReview(session, ask, state, fill);
}

function welcome(session: Session): string[] {
  return session.t(session.spec.welcome).split('\n\n');
}
