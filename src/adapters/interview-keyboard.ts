/**
 * The terminal's keys for the interview's prompts, so that nothing typed is lost between them.
 *
 * `@inquirer/prompts` opens a readline per prompt, and a prompt that ends on Enter leaves the
 * rest of the same chunk (keys typed quickly, lines of a paste) to the closed readline: they are
 * gone. This stream sits between the terminal and the prompts: it hands out keys up to and
 * including one Enter, then holds the rest until the next prompt asks (`release`). The terminal
 * stays in raw mode for the whole session, so keys typed while an answer is being saved are
 * queued too.
 *
 * Pastes: bracketed-paste mode is switched on, and a paste (between ESC[200~ and ESC[201~) is
 * not typed key by key into the prompt (its line breaks would each end an answer, and 4,000
 * keys redraw the prompt 4,000 times) but handed whole to whoever listens for `paste`.
 */
import { Readable } from 'node:stream';

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';
/** Ctrl-O at a free-text question: open the answer in a text editor (see `interview-editor.ts`). */
export const EDITOR_KEY = '\u000f';
const ENABLE_PASTE = '\u001b[?2004h';
const DISABLE_PASTE = '\u001b[?2004l';
/** How long a first digit waits for a second one in a long checklist. */
const DIGIT_WAIT_MS = 600;

/** How many characters at the end of `text` begin `marker` (a marker split between two chunks). */
function cutMarker(text: string, marker: string): number {
  for (let length = Math.min(marker.length - 1, text.length); length > 0; length--) {
    if (text.endsWith(marker.slice(0, length))) return length;
  }
  return 0;
}

export class Keyboard extends Readable {
  readonly isTTY = true;
  private held = '';
  private holding = false;
  private paste: string | undefined;
  /** The start of a marker cut off at the end of a chunk, completed by the next one. */
  private partial = '';
  private readonly onData = (chunk: Buffer | string) => this.feed(String(chunk));
  /** Entries of the checklist being asked, when it has ten or more (see `checklistNumbers`). */
  private checklist = 0;
  private digits = '';
  private digitTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly terminal: NodeJS.ReadStream,
    private readonly output: NodeJS.WriteStream,
  ) {
    super({ encoding: 'utf8' });
  }

  /** Raw mode and bracketed paste for the whole session. */
  start(): void {
    this.terminal.setRawMode?.(true);
    this.terminal.setEncoding('utf8');
    this.terminal.on('data', this.onData);
    this.terminal.resume();
    this.output.write(ENABLE_PASTE);
  }

  stop(): void {
    this.terminal.off('data', this.onData);
    this.terminal.setRawMode?.(false);
    this.terminal.pause();
    this.output.write(DISABLE_PASTE);
  }

  /** readline switches raw mode per prompt; the session keeps it on throughout. */
  setRawMode(): this {
    return this;
  }

  override _read(): void {}

  /**
   * A checklist of ten or more entries is being asked: a number of two digits typed quickly
   * ("12") ticks entry 12. The checklist itself knows one digit only (it would tick 1, then 2), so
   * such a number becomes keys it knows: 9 twice (ticked and unticked again, which leaves the
   * cursor on entry 9), then ↓ to the entry, then Space. A single digit waits a moment for a second.
   */
  checklistNumbers(count: number): void {
    // Digits typed for a checklist that has ended go nowhere.
    clearTimeout(this.digitTimer);
    this.digits = '';
    this.checklist = count >= 10 ? count : 0;
  }

  private pushKeys(keys: string): void {
    if (this.checklist === 0) {
      this.push(keys);
      return;
    }
    for (const key of keys) {
      if (/^[0-9]$/.test(key)) {
        this.digits += key;
        clearTimeout(this.digitTimer);
        if (this.digits.length === 2) this.flushDigits();
        else this.digitTimer = setTimeout(() => this.flushDigits(), DIGIT_WAIT_MS);
        continue;
      }
      this.flushDigits();
      this.push(key);
    }
  }

  private flushDigits(): void {
    clearTimeout(this.digitTimer);
    const digits = this.digits;
    this.digits = '';
    if (digits.length < 2) {
      if (digits) this.push(digits);
      return;
    }
    const number = Number(digits);
    if (number >= 1 && number < 10) this.push(String(number));
    else if (number >= 10 && number <= this.checklist) this.push(`99${'\u001b[B'.repeat(number - 9)} `);
  }

  /** A prompt is about to read: let the keys held since the last Enter through. */
  release(): void {
    this.holding = false;
    const held = this.held;
    this.held = '';
    if (held) this.feed(held);
  }

  private feed(text: string): void {
    if (this.holding) {
      this.held += text;
      return;
    }
    let rest = this.partial + text;
    this.partial = '';
    const marker = this.paste === undefined ? PASTE_START : PASTE_END;
    const cut = cutMarker(rest, marker);
    if (cut > 0) {
      this.partial = rest.slice(-cut);
      rest = rest.slice(0, -cut);
    }
    while (rest !== '') {
      if (this.paste !== undefined) {
        const end = rest.indexOf(PASTE_END);
        if (end < 0) {
          this.paste += rest;
          return;
        }
        const pasted = this.paste + rest.slice(0, end);
        this.paste = undefined;
        rest = rest.slice(end + PASTE_END.length);
        this.emit('paste', pasted.replace(/\r\n?/g, '\n'));
        continue;
      }
      const start = rest.indexOf(PASTE_START);
      const keys = start < 0 ? rest : rest.slice(0, start);
      const enter = keys.search(/[\r\n]/);
      const editor = this.listenerCount('editor') > 0 ? keys.indexOf(EDITOR_KEY) : -1;
      if (editor >= 0 && (enter < 0 || editor < enter)) {
        // The keys before it reach the prompt; what follows waits for the prompt after the editor.
        if (editor > 0) this.pushKeys(keys.slice(0, editor));
        this.holding = true;
        this.held = rest.slice(editor + 1) + this.held;
        this.emit('editor');
        return;
      }
      if (enter >= 0) {
        // Keys up to the Enter (and its line feed, if the terminal sends both); the rest waits.
        const cut = keys.startsWith('\r\n', enter) ? enter + 2 : enter + 1;
        this.pushKeys(keys.slice(0, cut));
        this.holding = true;
        this.held = rest.slice(cut) + this.held;
        return;
      }
      if (keys) this.pushKeys(keys);
      if (start < 0) return;
      this.paste = '';
      rest = rest.slice(start + PASTE_START.length);
    }
  }
}
