/** The interview engine: session data, the Prompter port and `runInterview`. */
export { runInterview, type InterviewResult } from './engine.js';
export { newAnswersDocument, newAnswersText } from './document.js';
export { parseSessionSpec, type SessionSpec, type QuestionSpec, type SectionSpec } from './spec.js';
export { SessionInterrupted } from './prompter.js';
export type {
  Prompter,
  TextPrompt,
  SelectPrompt,
  CheckboxPrompt,
  ConfirmPrompt,
  Intro,
  Summary,
  Choice,
} from './prompter.js';
export type { InterviewDeps, AreaReadiness, RenderOutcome } from './session.js';
