/**
 * The `--plain` Prompter over streams: numbered choices, one line per answer, no cursor
 * movement or colour, help on `?`, refusals printed, end of input = interrupted.
 */
import { PassThrough } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { PlainPrompter } from '../../../src/adapters/interview-plain-prompter.js';
import { SessionInterrupted } from '../../../src/core/interview/prompter.js';

let open: PlainPrompter[] = [];
afterEach(() => {
  for (const prompter of open) prompter.close();
  open = [];
});

function setup(lines: string[], lang = 'en') {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += String(chunk)));
  const prompter = new PlainPrompter(
    {
      input: input as unknown as NodeJS.ReadStream,
      output: output as unknown as NodeJS.WriteStream,
      env: {},
    },
    translatorFor(lang),
  );
  open.push(prompter);
  input.write(lines.map((line) => `${line}\n`).join(''));
  return { prompter, printed: () => printed, end: () => input.end() };
}

describe('plain prompter', () => {
  it('prints the progress and the question, shows help on ?, refuses with the reason', async () => {
    const { prompter, printed } = setup(['?', 'x', 'xyz']);
    const answer = await prompter.askText({
      kind: 'number',
      progress: 'The project · question 4 of 5',
      message: 'How many months?',
      help: 'A whole number from 1 to 120.',
      validate: (raw) => (raw.length > 1 ? true : 'Too short.'),
    });
    expect(answer).toBe('xyz');
    expect(printed()).toContain(
      'The project · question 4 of 5\nHow many months? (a whole number; ? for help)\n> ',
    );
    expect(printed()).toContain('Help:\n  A whole number from 1 to 120.');
    expect(printed()).toContain('Too short.');
    expect(printed()).not.toContain('\u001b['); // no colour, no cursor movement
  });

  it('keeps the current answer on Enter and clears it with -', async () => {
    const { prompter, printed } = setup(['', '-']);
    expect(await prompter.askText({ kind: 'line', message: 'Title', current: 'Pilot' })).toBe('Pilot');
    expect(printed()).toContain('Current answer: Pilot');
    expect(await prompter.askText({ kind: 'line', message: 'Title', current: 'Pilot' })).toBe('');
  });

  it('numbers the choices and reads a number', async () => {
    const { prompter, printed } = setup(['7', '2']);
    const choices = [
      { value: 'en', label: 'English' },
      { value: 'ru', label: 'Russian', hint: 'русский' },
    ];
    expect(await prompter.askSelect({ message: 'Language?', choices, current: 'en' })).toBe('ru');
    expect(printed()).toContain('  1. English ← Enter\n  2. Russian — русский\n');
    expect(printed()).toContain('Type a number from 1 to 2 and press Enter\n');
    expect(printed()).toContain('Please type a number from 1 to 2.');
  });

  it('reads several numbers for a checklist, shows the ticks', async () => {
    const { prompter, printed } = setup(['1, 3', '']);
    const choices = ['a', 'b', 'c'].map((value) => ({ value, label: value.toUpperCase() }));
    expect(await prompter.askCheckbox({ message: 'Groups', choices, current: ['b'] })).toEqual(['a', 'c']);
    expect(printed()).toContain('  1. [ ] A\n  2. [x] B\n  3. [ ] C');
    expect(await prompter.askCheckbox({ message: 'Groups', choices, current: ['b'] })).toEqual(['b']);
  });

  it('understands yes and no in Russian', async () => {
    const { prompter } = setup(['да', 'н'], 'ru');
    expect(await prompter.askConfirm({ message: 'Удалить?' })).toBe(true);
    expect(await prompter.askConfirm({ message: 'Удалить?' })).toBe(false);
  });

  it('ends the session when the input ends', async () => {
    const { prompter, end } = setup([]);
    const answer = prompter.askText({ kind: 'line', message: 'Name' });
    end();
    await expect(answer).rejects.toBeInstanceOf(SessionInterrupted);
  });
});
