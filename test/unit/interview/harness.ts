/**
 * Runs the interview engine in memory: the real session data, catalogues and validation, a
 * scripted prompter, and a "disk" that records every save.
 */
import { parseDocument } from 'yaml';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { countryCsoNames, loadSessionSpec, validateText } from '../../../src/adapters/interview-session.js';
import { rehomeComments } from '../../../src/core/interview/comments.js';
import { newAnswersDocument } from '../../../src/core/interview/document.js';
import { runInterview, type InterviewResult } from '../../../src/core/interview/engine.js';
import { SessionInterrupted } from '../../../src/core/interview/prompter.js';
import type { SessionRecord } from '../../../src/core/interview/record.js';
import type { InterviewDeps } from '../../../src/core/interview/session.js';
import type { SessionSpec } from '../../../src/core/interview/spec.js';
import { FakePrompter, type Answer, type Step } from './fake-prompter.js';

/** An existing file as the CLI opens it (openAnswers): parsed, comments put back in place. */
function opened(text: string) {
  const document = parseDocument(text);
  rehomeComments(document, text);
  return document;
}

export const t = translatorFor('en');

export interface Run {
  prompter: FakePrompter;
  saves: string[];
  /** The session record as saved with each answer. */
  records: SessionRecord[];
  /** The file as last saved (or as given, if nothing was saved). */
  text: string;
  interrupted: boolean;
  result?: InterviewResult;
}

export async function interview(
  script: (Step | Answer)[],
  options: { text?: string; spec?: SessionSpec; deps?: Partial<InterviewDeps> } = {},
): Promise<Run> {
  const prompter = new FakePrompter(script);
  const saves: string[] = [];
  const records: SessionRecord[] = [];
  const document = options.text === undefined ? newAnswersDocument('schema.json') : opened(options.text);
  let result: InterviewResult | undefined;
  let interrupted = false;
  try {
    result = await runInterview({
      spec: options.spec ?? loadSessionSpec(),
      prompter,
      t,
      document,
      save: async (text, record) => {
        saves.push(text);
        records.push(structuredClone(record));
      },
      validate: (text) => validateText(text, t),
      countryCsos: (code) => countryCsoNames(code, t),
      ...options.deps,
    });
  } catch (error) {
    if (!(error instanceof SessionInterrupted)) {
      // A drifting script is easier to fix with the conversation so far in front of you.
      if (error instanceof Error) error.message += `\n--- transcript ---\n${transcript(prompter)}`;
      throw error;
    }
    interrupted = true;
  }
  return { prompter, saves, records, text: saves.at(-1) ?? options.text ?? '', interrupted, result };
}

function transcript(prompter: FakePrompter): string {
  return prompter.events
    .slice(-12)
    .map(
      (event) => `${event.kind}: ${event.progress ? `[${event.progress}] ` : ''}${event.text.split('\n')[0]}`,
    )
    .join('\n');
}
