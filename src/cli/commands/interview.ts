/**
 * `interview [file]`: the guided roundtable session. Refuses at once without a terminal; saves
 * after every answer; Ctrl-C at any moment leaves every answer on disk and says how to resume.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';

import { createInquirerPrompter, type TerminalStreams } from '../../adapters/inquirer-prompter.js';
import { PlainPrompter } from '../../adapters/interview-plain-prompter.js';
import { interviewRenderer } from '../../adapters/interview-render.js';
import {
  countryCsoNames,
  loadSessionSpec,
  openAnswers,
  readiness,
  validateText,
} from '../../adapters/interview-session.js';
import {
  answersTarget,
  readRecord,
  saveAnswers,
  saveRecord,
  SaveError,
} from '../../adapters/interview-save.js';
import { DEFAULT_FORMATS, FORMATS, type Format } from '../../adapters/render-plan.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { runInterview } from '../../core/interview/engine.js';
import { emptyRecord, type SessionRecord } from '../../core/interview/record.js';
import { SessionInterrupted, type Prompter } from '../../core/interview/prompter.js';
import type { CliContext, CommandRun } from '../context.js';
import { checkedList } from '../document-options.js';

/** Standard input and output must both be a terminal, and not in CI: otherwise nobody can answer. */
function interactive(ctx: CliContext): boolean {
  return Boolean(ctx.stdin.isTTY) && Boolean(ctx.out.stdout.isTTY) && !ctx.env.CI;
}

/**
 * Ctrl-C between two prompts (while the file is being saved) arrives as a signal, not as a key:
 * let the save finish, then stop the session at the next step.
 */
function interruptGuard() {
  let requested = false;
  const onSignal = () => {
    requested = true;
  };
  process.on('SIGINT', onSignal);
  return {
    check: () => {
      if (requested) throw new SessionInterrupted();
    },
    release: () => process.off('SIGINT', onSignal),
  };
}

export const run: CommandRun = async (args, options, ctx) => {
  const { t, out } = ctx;
  const shown = args[0] ?? 'protocol.yaml';
  const file = resolve(ctx.cwd, shown);
  if (!interactive(ctx)) throw new UserError(t('interview.noTerminal', { file: shown }), ExitCode.Usage);
  const area = options.area === undefined ? undefined : Number(options.area);
  if (area !== undefined && !(Number.isInteger(area) && area >= 1 && area <= 5)) {
    throw new UserError(t('interview.badArea', { value: String(options.area) }), ExitCode.Usage);
  }
  const chosenFormats = checkedList<Format>(options.format, FORMATS, DEFAULT_FORMATS, '--format', ctx.t);
  const { document, isNew } = await openAnswers(file, shown, t);

  const streams: TerminalStreams = {
    input: ctx.stdin,
    output: out.stdout as NodeJS.WriteStream,
    env: ctx.env,
  };
  const plain = options.plain === true ? new PlainPrompter(streams, t) : undefined;
  const inquirer = plain
    ? undefined
    : await createInquirerPrompter(streams, t, {
        // --projector, --no-projector, or (neither) by the size of the terminal.
        projector: typeof options.projector === 'boolean' ? options.projector : undefined,
      });
  const prompter: Prompter = plain ?? inquirer!;
  const guard = interruptGuard();
  let saves = 0;
  const saving = new AnswersSaver(answersTarget(file), shown, prompter, ctx);
  if (isNew) prompter.showNotice(t('interview.started', { file: shown }), 'info');
  try {
    await runInterview({
      spec: loadSessionSpec(),
      prompter,
      t,
      document,
      save: async (text, record) => {
        await saving.save(text, record);
        saves++;
        guard.check();
      },
      record: isNew ? emptyRecord() : readRecord(answersTarget(file).file),
      validate: (text) => validateText(text, t),
      startArea: area,
      defaults: { language: typeof options.lang === 'string' ? options.lang : ctx.uiLang },
      countryCsos: (code) => countryCsoNames(code, t),
      readiness: (data) => readiness(data, t),
      render: interviewRenderer(
        {
          file,
          outDir: resolve(ctx.cwd, typeof options.out === 'string' ? options.out : '.'),
          formats: chosenFormats,
          lang: typeof options.lang === 'string' ? options.lang : undefined,
          force: options.force === true,
          cwd: ctx.cwd,
          env: ctx.env,
        },
        prompter,
        t,
      ),
    });
    guard.check(); // a Ctrl-C that came while the documents were being written
    prompter.showNotice(t('interview.finished', { file: saving.shown }), 'success');
    return ExitCode.Success;
  } catch (error) {
    if (!(error instanceof SessionInterrupted)) throw error;
    out.stdout.write('\n');
    if (saving.failing) {
      prompter.showNotice(t('interview.save.lost', { file: saving.shown }), 'warning');
      return ExitCode.Interrupted;
    }
    if (isNew && saves === 0) {
      prompter.showNotice(t('interview.interruptedNothing'), 'warning');
      return ExitCode.Interrupted;
    }
    prompter.showNotice(t('interview.interrupted', { file: saving.shown }), 'warning');
    prompter.showNotice(t('interview.resumeHint', { file: saving.shown }), 'info');
    return ExitCode.Interrupted;
  } finally {
    guard.release();
    plain?.close();
    inquirer?.close();
  }
};

/**
 * Saves after every answer. A save that fails keeps the session open: "NOT SAVED" with the
 * file's name and the reason, then retry or save under another name, until it is saved. The
 * answer stays in memory meanwhile, so nothing is lost by waiting.
 */
class AnswersSaver {
  /** True while the last answer is not on disk. */
  failing = false;

  constructor(
    private target: ReturnType<typeof answersTarget>,
    public shown: string,
    private readonly prompter: Prompter,
    private readonly ctx: CliContext,
  ) {}

  async save(text: string, record: SessionRecord): Promise<void> {
    const { t } = this.ctx;
    for (;;) {
      try {
        await saveAnswers(this.target, text, t);
        await saveRecord(this.target.file, record);
        if (this.failing)
          this.prompter.showNotice(t('interview.save.nowSaved', { file: this.shown }), 'success');
        this.failing = false;
        this.prompter.showSaved?.(true);
        return;
      } catch (error) {
        if (!(error instanceof SaveError)) throw error;
        this.failing = true;
        this.prompter.showSaved?.(false);
        const file = relative(this.ctx.cwd, error.file) || error.file;
        this.prompter.showNotice(t('interview.save.failed', { file, reason: error.reason }), 'warning');
        await this.recover();
      }
    }
  }

  private async recover(): Promise<void> {
    const { t } = this.ctx;
    const choice = await this.prompter.askSelect<'retry' | 'saveAs'>({
      message: t('interview.save.what'),
      choices: [
        { value: 'retry', label: t('interview.save.retry') },
        { value: 'saveAs', label: t('interview.save.saveAs') },
      ],
      current: 'retry',
    });
    if (choice === 'retry') return;
    const name = (
      await this.prompter.askText({ kind: 'line', message: t('interview.save.asPrompt') })
    ).trim();
    if (name === '') return;
    const file = resolve(this.ctx.cwd, name);
    if (existsSync(file)) {
      const replace = await this.prompter.askConfirm({
        message: t('interview.save.overwrite', { file: name }),
        current: false,
      });
      if (!replace) return;
    }
    this.target = { ...answersTarget(file), eol: this.target.eol, bom: this.target.bom };
    this.shown = name;
  }
}
