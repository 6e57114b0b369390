/**
 * The interview in Russian through the built CLI in a pseudo-terminal: a name inserted into a
 * prompt stands where its nominative is grammatical ("Исправительная колония № 2: кто
 * содержится…", not "на учёте в Исправительная колония № 2").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { tempDir } from '../helpers/cli.js';
import { hasScript, KEY, Pty } from '../helpers/interview-pty.js';
import { ASKED_THROUGH_PARTIES } from '../helpers/interview-record.js';

const ANSWERS = `version: 1
language: ru
country: KG
parties:
  prison:
    name: Государственная служба исполнения наказаний
  cso:
    name: Общественный фонд «Мост»
project:
  title: Мост к свободе
  institutions:
    - name: Исправительная колония № 2
`;

/** The record of a session stopped inside the institution's entry: its kind is asked next. */
const RECORD = {
  version: 1,
  asked: [
    ...ASKED_THROUGH_PARTIES,
    'project.title',
    'project.summary',
    'project.startDate',
    'project.durationMonths',
    'project.institutions',
    'project.institutions.0.name',
  ],
  unfinished: {},
};

describe.skipIf(!hasScript)('the interview in Russian', () => {
  const ptys: Pty[] = [];
  afterEach(() => {
    for (const pty of ptys.splice(0)) pty.kill();
  });

  it('puts an inserted name where the nominative is grammatical', async () => {
    const dir = tempDir('pp-russian-');
    writeFileSync(join(dir, 'x.yaml'), ANSWERS);
    writeFileSync(join(dir, 'x.interview.json'), JSON.stringify(RECORD));
    const pty = new Pty(
      ['interview', 'x.yaml', '--no-projector'],
      dir,
      { LANG: 'ru_RU.UTF-8' },
      { size: [100, 30] },
    );
    ptys.push(pty);
    await pty.waitFor('Исправительная колония № 2: какого типа это учреждение?');
    await pty.send(KEY.enter);
    await pty.waitFor('Исправительная колония № 2: кто содержится или состоит на учёте в этом учреждении?');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    expect(pty.text).not.toMatch(/ в Исправительная/);
  });
});
