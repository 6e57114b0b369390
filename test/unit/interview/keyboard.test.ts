/** The interview's Keyboard: keys up to one Enter per prompt, the rest held; pastes handed over whole. */
import { PassThrough } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { Keyboard } from '../../../src/adapters/interview-keyboard.js';

function keyboard() {
  const terminal = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => terminal });
  const output = new PassThrough();
  const keys = new Keyboard(
    terminal as unknown as NodeJS.ReadStream,
    output as unknown as NodeJS.WriteStream,
  );
  const read: string[] = [];
  const pasted: string[] = [];
  keys.on('data', (chunk) => read.push(String(chunk)));
  keys.on('paste', (text: string) => pasted.push(text));
  keys.start();
  const type = async (text: string) => {
    terminal.write(text);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { keys, read, pasted, type, output };
}

describe('Keyboard', () => {
  it('hands out keys up to an Enter and holds the rest until the next prompt', async () => {
    const { keys, read, type } = keyboard();
    await type('first\rsecond\rthi');
    expect(read.join('')).toBe('first\r');
    keys.release();
    expect(read.join('')).toBe('first\rsecond\r');
    await type('rd');
    keys.release();
    expect(read.join('')).toBe('first\rsecond\rthird');
  });

  it('hands a bracketed paste over whole, with its line breaks, even split across chunks', async () => {
    const { read, pasted, type } = keyboard();
    await type('ab\u001b[20');
    await type('0~line one\rline two\r\nline');
    await type(' three\u001b[201');
    await type('~c');
    expect(pasted).toEqual(['line one\nline two\nline three']);
    expect(read.join('')).toBe('abc');
  });

  it('holds a paste that comes before the next prompt asks', async () => {
    const { keys, read, pasted, type } = keyboard();
    await type('title\r\u001b[200~a\rb\u001b[201~');
    expect(read.join('')).toBe('title\r');
    expect(pasted).toEqual([]);
    keys.release();
    expect(pasted).toEqual(['a\nb']);
  });

  it('switches bracketed paste on and off', () => {
    const { keys, output } = keyboard();
    keys.stop();
    expect(String(output.read())).toBe('\u001b[?2004h\u001b[?2004l');
  });
});

describe('Keyboard in a long checklist', () => {
  it('turns a two-digit number into keys the checklist knows, and lets one digit through after a pause', async () => {
    const { keys, read, type } = keyboard();
    keys.checklistNumbers(18);
    await type('12');
    expect(read.join('')).toBe('99\u001b[B\u001b[B\u001b[B ');
    read.length = 0;
    await type('3');
    expect(read.join('')).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(read.join('')).toBe('3');
    read.length = 0;
    await type('25\r');
    expect(read.join('')).toBe('\r'); // no entry 25: nothing ticked
    keys.checklistNumbers(0);
  });
});
