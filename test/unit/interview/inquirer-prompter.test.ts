/**
 * The inquirer Prompter, one prompt at a time, with @inquirer/testing's `render()`. Each real
 * prompt the adapter opens is rendered on a virtual screen that the test types into. (Whole-flow
 * screen tests live in their own file: `@inquirer/testing/vitest` mocks the prompts of any file
 * that imports it, and `render()` then hangs.)
 */
import { Writable } from 'node:stream';

import * as prompts from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { InquirerPrompter } from '../../../src/adapters/inquirer-prompter.js';
import { SessionInterrupted } from '../../../src/core/interview/prompter.js';

type Rendered = Awaited<ReturnType<typeof render>>;

/** A prompter whose prompts are rendered by @inquirer/testing; `next()` yields each one as it opens. */
function setup(lang = 'en') {
  const opened: Rendered[] = [];
  const waiting: ((screen: Rendered) => void)[] = [];
  const track = (promise: Promise<Rendered>) =>
    promise.then((screen) => {
      // The test may press Ctrl-C before this chain adopts the answer: mark it handled now.
      screen.answer.catch(() => undefined);
      const waiter = waiting.shift();
      if (waiter) waiter(screen);
      else opened.push(screen);
      return screen.answer;
    });
  const shim = {
    input: (config: Parameters<typeof prompts.input>[0]) => track(render(prompts.input, config)),
    select: (config: Parameters<typeof prompts.select>[0]) => track(render(prompts.select, config)),
    checkbox: (config: Parameters<typeof prompts.checkbox>[0]) => track(render(prompts.checkbox, config)),
  } as unknown as typeof prompts;
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
  const streams = { input: process.stdin, output, env: { NO_COLOR: '1' } };
  const prompter = new InquirerPrompter(shim, streams, translatorFor(lang));
  const next = () =>
    new Promise<Rendered>((resolve) => (opened.length ? resolve(opened.shift()!) : waiting.push(resolve)));
  return { prompter, next, printed: () => printed };
}

describe('text questions', () => {
  it('shows the progress and the help hint, refuses with the reason, then accepts', async () => {
    const { prompter, next } = setup();
    const answer = prompter.askText({
      kind: 'line',
      progress: 'Area 1 of 5 · Target group · question 1 of 9',
      message: 'Who are the participants?',
      help: 'Describe them.',
      validate: (raw) => (raw.length >= 3 ? true : 'Too short.'),
    });
    const screen = await next();
    expect(screen.getScreen()).toContain(
      'Area 1 of 5 · Target group · question 1 of 9\n? Who are the participants? (? for help)',
    );
    screen.events.type('ab');
    screen.events.keypress('enter');
    await screen.nextRender();
    expect(screen.getScreen()).toContain('Too short.');
    screen.events.type('c');
    screen.events.keypress('enter');
    await expect(answer).resolves.toBe('abc');
  });

  it('shows the help on ? and asks again', async () => {
    const { prompter, next, printed } = setup();
    const answer = prompter.askText({ kind: 'line', message: 'Name', help: 'The full official name.' });
    const first = await next();
    first.events.type('?');
    first.events.keypress('enter');
    const second = await next();
    expect(printed()).toContain('Help:\n  The full official name.');
    second.events.type('Фонд «Ұлағат»');
    second.events.keypress('enter');
    await expect(answer).resolves.toBe('Фонд «Ұлағат»');
    expect(printed()).toContain('✔ Name → Фонд «Ұлағат»');
  });

  it('offers the current answer for editing; - clears it', async () => {
    const { prompter, next } = setup();
    const kept = prompter.askText({ kind: 'line', message: 'Title', current: 'Pilot' });
    const screen = await next();
    expect(screen.getScreen()).toContain('Pilot');
    screen.events.keypress('enter');
    await expect(kept).resolves.toBe('Pilot');

    const cleared = prompter.askText({ kind: 'line', message: 'Title', current: 'Pilot' });
    const again = await next();
    for (let i = 0; i < 5; i++) again.events.keypress('backspace');
    again.events.type('-');
    again.events.keypress('enter');
    await expect(cleared).resolves.toBe('');
  });

  it('names the expected form of numbers and dates', async () => {
    const { prompter, next } = setup();
    // Answered, not left open: a prompt left open is closed when the test ends, and its
    // interruption would surface as an unhandled rejection.
    const answer = prompter.askText({ kind: 'date', message: 'Start date', help: 'x' });
    const screen = await next();
    expect(screen.getScreen()).toContain('Start date (YYYY-MM-DD, e.g. 2027-03-01; ? for help)');
    screen.events.type('2027-03-01');
    screen.events.keypress('enter');
    await expect(answer).resolves.toBe('2027-03-01');
  });
});

describe('menus', () => {
  const choices = [
    { value: 'prison', label: "The prison administration's staff" },
    { value: 'cso', label: 'The CSO', hint: 'A civil-society organisation.' },
  ];

  it('numbers the choices, adds a help entry and translated key hints', async () => {
    const { prompter, next, printed } = setup();
    const answer = prompter.askSelect({ message: 'Who delivers it?', help: 'Who does the work.', choices });
    const screen = await next();
    expect(screen.getScreen()).toContain(
      "❯ 1. The prison administration's staff\n  2. The CSO\n  3. ? Help on this question",
    );
    expect(screen.getScreen()).toContain('↑↓ move · ⏎ choose');
    screen.events.keypress('down');
    screen.events.keypress('down');
    screen.events.keypress('enter');
    const again = await next();
    expect(printed()).toContain('Who does the work.');
    again.events.keypress('down');
    await again.nextRender();
    expect(again.getScreen()).toContain('A civil-society organisation.');
    again.events.keypress('enter');
    await expect(answer).resolves.toBe('cso');
  });

  it('keeps the ticks of a checklist across the help', async () => {
    const { prompter, next } = setup();
    const answer = prompter.askCheckbox({ message: 'Groups', help: 'Tick all.', choices, current: ['cso'] });
    const first = await next();
    expect(first.getScreen()).toContain('space tick / untick');
    first.events.keypress('down');
    first.events.keypress('down');
    first.events.keypress('space');
    first.events.keypress('enter');
    const second = await next();
    expect(second.getScreen()).toMatch(/◉ 2\. The CSO/);
    second.events.keypress('enter');
    await expect(answer).resolves.toEqual(['cso']);
  });

  it('asks yes / no as a translated menu', async () => {
    const { prompter, next } = setup('ru');
    const answer = prompter.askConfirm({ message: 'Удалить?', current: false });
    const screen = await next();
    expect(screen.getScreen()).toContain('  1. Да\n❯ 2. Нет');
    expect(screen.getScreen()).toContain('↑↓ выбор · ⏎ подтвердить');
    screen.events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });
});

describe('Ctrl-C', () => {
  it('becomes SessionInterrupted, whatever the prompt', async () => {
    const { prompter, next } = setup();
    const text = prompter.askText({ kind: 'line', message: 'Name' });
    (await next()).events.keypress({ name: 'c', ctrl: true });
    await expect(text).rejects.toBeInstanceOf(SessionInterrupted);
    const menu = prompter.askSelect({ message: 'Which?', choices: [{ value: 1, label: 'one' }] });
    (await next()).events.keypress({ name: 'c', ctrl: true });
    await expect(menu).rejects.toBeInstanceOf(SessionInterrupted);
  });
});
