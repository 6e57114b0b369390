/**
 * Ctrl-O at a free-text question opens the answer in the user's editor (`$VISUAL`/`$EDITOR`),
 * through the built CLI in a pseudo-terminal with a fake editor script: the saved text becomes
 * the answer, line breaks kept; an editor that fails or a file emptied loses nothing.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { tempDir } from '../helpers/cli.js';
import { hasScript, KEY, Pty } from '../helpers/interview-pty.js';
import { ASKED_THROUGH_PARTIES } from '../helpers/interview-record.js';

const ANSWERS = `version: 1
language: en
country: KG
parties:
  prison:
    name: State Penitentiary Service
  cso:
    name: Public Foundation Example
project:
  title: Bridge
`;

/** The record of a session stopped (Ctrl-C) while "A first summary." stood on the summary's line. */
const RECORD = {
  version: 1,
  asked: [...ASKED_THROUGH_PARTIES, 'project.title'],
  unfinished: { 'project.summary': 'A first summary.' },
};

const CTRL_O = '\u000f';

/** A folder with the answers file and an "editor": a shell script doing `body` with the file as $1. */
function setUp(body: string): { dir: string; file: string; editor: string } {
  const dir = tempDir('pp-editor-');
  const file = join(dir, 'x.yaml');
  writeFileSync(file, ANSWERS);
  writeFileSync(join(dir, 'x.interview.json'), JSON.stringify(RECORD));
  const editor = join(dir, 'fake-editor.sh');
  // The file's text as the editor was given it is copied for the test to read.
  writeFileSync(editor, `#!/bin/sh\ncp "$1" '${join(dir, 'before.txt')}'\n${body}\n`);
  chmodSync(editor, 0o755);
  return { dir, file, editor };
}

/** Resume asks the summary with its unfinished text on the line. */
async function backToSummary(pty: Pty): Promise<void> {
  const at = await pty.waitFor('Describe the project');
  await pty.waitFor('A first summary.', 15_000, at);
}

/** Waits for the question after the summary, stops the session (Ctrl-C) and reads the summary saved. */
async function savedSummary(pty: Pty, file: string): Promise<unknown> {
  await pty.waitFor('When does the project start', 15_000, pty.text.lastIndexOf('Describe the project'));
  await pty.send(KEY.ctrlC);
  expect(await pty.exited).toBe(130);
  return parse(readFileSync(file, 'utf8')).project.summary;
}

describe.skipIf(!hasScript)('the editor key (Ctrl-O) at a free-text question', () => {
  const ptys: Pty[] = [];
  afterEach(() => {
    for (const pty of ptys.splice(0)) pty.kill();
  });
  const open = (dir: string, env: Record<string, string | undefined>) => {
    const pty = new Pty(['interview', 'x.yaml'], dir, { VISUAL: undefined, ...env });
    ptys.push(pty);
    return pty;
  };

  it('opens $EDITOR with the current text and takes the saved text, line breaks kept', async () => {
    const { dir, file, editor } = setUp(
      `printf 'Quality is assured in three ways:\\n- case files reviewed\\n- client feedback\\n' > "$1"`,
    );
    const pty = open(dir, { EDITOR: editor });
    await backToSummary(pty);
    await pty.send(CTRL_O);
    expect(await savedSummary(pty, file)).toBe(
      'Quality is assured in three ways:\n- case files reviewed\n- client feedback',
    );
    // The editor was given the answer as it stood.
    expect(readFileSync(join(dir, 'before.txt'), 'utf8')).toBe('A first summary.\n');
  });

  it('keeps the keys typed in the same burst just before Ctrl-O', async () => {
    // The editor saves what it was given, so the answer is the text as it stood at Ctrl-O.
    const { dir, file, editor } = setUp(':');
    const pty = open(dir, { EDITOR: editor });
    await backToSummary(pty);
    await pty.send(` It works${CTRL_O}`); // one write: the terminal delivers them as one chunk
    expect(await savedSummary(pty, file)).toBe('A first summary. It works');
    expect(readFileSync(join(dir, 'before.txt'), 'utf8')).toBe('A first summary. It works\n');
  });

  it('prefers $VISUAL to $EDITOR', async () => {
    const { dir, file, editor } = setUp(`printf 'From VISUAL\\n' > "$1"`);
    const pty = open(dir, { VISUAL: editor, EDITOR: '/bin/false' });
    await backToSummary(pty);
    await pty.send(CTRL_O);
    expect(await savedSummary(pty, file)).toBe('From VISUAL');
  });

  it('keeps the answer when the editor exits non-zero, and names the file holding what it saved', async () => {
    const { dir, file, editor } = setUp(`printf 'Half-written text\\n' > "$1"\nexit 3`);
    const pty = open(dir, { EDITOR: editor });
    await backToSummary(pty);
    await pty.send(CTRL_O);
    await pty.waitFor('did not finish normally (exit code 3)');
    const at = await pty.waitFor('What the editor saved is kept in ');
    const kept = /\S+answer\.txt/.exec(pty.text.slice(at).replace(/\n\s*/g, ''))![0];
    expect(readFileSync(kept, 'utf8')).toBe('Half-written text\n');
    // The question is asked again with the answer as it was; Enter keeps it.
    await pty.waitFor('A first summary.', 15_000, at);
    await pty.send(KEY.enter);
    expect(await savedSummary(pty, file)).toBe('A first summary.');
  });

  it('keeps the answer when the file is emptied', async () => {
    const { dir, file, editor } = setUp(`: > "$1"`);
    const pty = open(dir, { EDITOR: editor });
    await backToSummary(pty);
    await pty.send(CTRL_O);
    const at = await pty.waitFor("The editor's file was empty");
    await pty.waitFor('A first summary.', 15_000, at);
    await pty.send(KEY.enter);
    expect(await savedSummary(pty, file)).toBe('A first summary.');
  });

  it('says how to set one up when no editor is configured', async () => {
    const { dir, file } = setUp('');
    const pty = open(dir, { EDITOR: undefined, VISUAL: undefined });
    await backToSummary(pty);
    await pty.send(CTRL_O);
    await pty.waitFor('No text editor is set up. Set VISUAL or EDITOR');
    await pty.send(KEY.enter);
    expect(await savedSummary(pty, file)).toBe('A first summary.');
  });
});
