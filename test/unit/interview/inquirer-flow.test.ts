/**
 * The engine and the inquirer Prompter together on @inquirer/testing's virtual screen: the real
 * session data, arrow keys and typing, answers saved as they are given, Ctrl-C half-way.
 * (This file imports `@inquirer/testing/vitest`, which mocks every prompt package for the whole
 * file — keep `render()` tests elsewhere.)
 */
import { Writable } from 'node:stream';

import { screen } from '@inquirer/testing/vitest';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { createInquirerPrompter } from '../../../src/adapters/inquirer-prompter.js';
import { countryCsoNames, loadSessionSpec, validateText } from '../../../src/adapters/interview-session.js';
import { newAnswersDocument } from '../../../src/core/interview/document.js';
import { runInterview } from '../../../src/core/interview/engine.js';
import { SessionInterrupted } from '../../../src/core/interview/prompter.js';

const t = translatorFor('en');

it('walks the first questions with the keyboard and stops cleanly on Ctrl-C', async () => {
  let printed = '';
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        printed += String(chunk);
        done();
      },
    }),
    { isTTY: false, columns: 80, rows: 24 },
  ) as unknown as NodeJS.WriteStream;
  const prompter = await createInquirerPrompter({ input: process.stdin, output, env: { NO_COLOR: '1' } }, t);
  const saves: string[] = [];
  const session = runInterview({
    spec: loadSessionSpec(),
    prompter,
    t,
    document: newAnswersDocument('schema.json'),
    save: async (text) => {
      saves.push(text);
    },
    validate: (text) => validateText(text, t),
    countryCsos: (code) => countryCsoNames(code, t),
  });

  expect(screen.getScreen()).toContain('Language and country · question 1 of 2');
  expect(printed).toContain(t('interview.welcome.title'));
  screen.keypress('enter'); // English

  await screen.next();
  expect(screen.getScreen()).toContain('In which country does the project take place?');
  screen.keypress('down'); // Kazakhstan → Kyrgyzstan
  screen.keypress('enter');

  await screen.next();
  expect(screen.getScreen()).toContain('The prison administration · question 1 of 11');
  screen.type('State Penitentiary Service');
  screen.keypress('enter');

  await screen.next();
  screen.type('?');
  screen.keypress('enter');
  await screen.next();
  expect(printed).toContain(t('interview.q.parties.prison.shortName.help'));
  screen.keypress({ name: 'c', ctrl: true });

  await expect(session).rejects.toBeInstanceOf(SessionInterrupted);
  expect(parse(saves.at(-1)!)).toEqual({
    version: 1,
    language: 'en',
    country: 'KG',
    parties: { prison: { name: 'State Penitentiary Service' } },
  });
  expect(printed).toContain('✔ In which country does the project take place? → Kyrgyzstan');
});
