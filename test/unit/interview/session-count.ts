/**
 * A full interview answered from an existing answers file (the bundled Kyrgyz example), as a
 * coordinator who knows every answer would type it: counts the prompts, the keystrokes and the
 * mechanical screens (prompts that ask nothing of the content: list menus, reviews, offers).
 *
 * Keystrokes: a typed answer costs its length and Enter (nothing but Enter when the offered
 * answer is right); a menu costs the arrow presses from the highlighted entry (or one digit when
 * that is shorter) and Enter; a checklist costs the moves to each entry toggled, a Space each, and
 * Enter.
 */
import { parse } from 'yaml';

import type {
  CheckboxPrompt,
  Choice,
  ConfirmPrompt,
  Intro,
  Prompter,
  SelectPrompt,
  Summary,
  TextPrompt,
} from '../../../src/core/interview/prompter.js';
import { SessionInterrupted } from '../../../src/core/interview/prompter.js';

export interface Counts {
  prompts: number;
  keystrokes: number;
  mechanical: number;
  intros: number;
  /** The mechanical prompts by message (first line), for the report. */
  menus: Record<string, number>;
}

type Data = Record<string, unknown>;

function at(data: unknown, id: string): unknown {
  let value: unknown = data;
  for (const part of id.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value).trim();
}

export class OraclePrompter implements Prompter {
  readonly counts: Counts = { prompts: 0, keystrokes: 0, mechanical: 0, intros: 0, menus: {} };
  /** Set by the harness: the answers as saved so far. */
  current: () => unknown = () => ({});
  private readonly other = new Map<string, string>();

  constructor(
    private readonly example: Data,
    private readonly texts: { review: string; final: string; offer: string },
    private readonly limit = 2000,
  ) {}

  private count(message: string, mechanical: boolean, keys: number): void {
    this.counts.prompts++;
    this.counts.keystrokes += keys;
    if (this.counts.prompts > this.limit) throw new SessionInterrupted();
    if (!mechanical) return;
    this.counts.mechanical++;
    const name = message.split('\n')[0]!.replace(/\d+/g, 'N');
    this.counts.menus[name] = (this.counts.menus[name] ?? 0) + 1;
  }

  private menuCost<T>(choices: Choice<T>[], from: T | undefined, to: T): number {
    const start = Math.max(
      0,
      choices.findIndex((choice) => choice.value === from),
    );
    const target = choices.findIndex((choice) => choice.value === to);
    const arrows = Math.abs(target - start);
    const digits = arrows === 0 ? 0 : String(target + 1).length;
    return Math.min(arrows, digits) + 1;
  }

  async askText(prompt: TextPrompt): Promise<string> {
    const pending = prompt.id ? this.other.get(prompt.id) : undefined;
    const answer = pending ?? (prompt.id ? asText(at(this.example, prompt.id)) : '');
    if (pending !== undefined) this.other.delete(prompt.id!);
    const typed = answer === (prompt.current ?? '') ? 0 : answer === '' ? 1 : answer.length;
    // The empty line that ends a list asks nothing of the content: mechanical.
    this.count(prompt.message, !prompt.id || (prompt.endsList === true && answer === ''), typed + 1);
    return answer;
  }

  async askSelect<T>(prompt: SelectPrompt<T>): Promise<T> {
    const values = prompt.choices.map((choice) => choice.value);
    const pick = (value: T) => {
      const mechanical = !prompt.id || (values as unknown[]).includes('done') || value === '\u0000end';
      this.count(prompt.message, mechanical, this.menuCost(prompt.choices, prompt.current, value));
      return value;
    };
    if ((values as unknown[]).includes('done') && prompt.id) {
      // A list menu: add while the example has more entries than the file.
      const wanted = at(this.example, prompt.id);
      const have = at(this.current(), prompt.id);
      const more = (Array.isArray(wanted) ? wanted.length : 0) > (Array.isArray(have) ? have.length : 0);
      return pick((more ? 'add' : 'done') as T);
    }
    if (!prompt.id) {
      const first = prompt.message.split('\n')[0]!;
      if (first === this.texts.final) return pick(values[values.length - 1]!);
      return pick((prompt.current ?? values[0]) as T);
    }
    const wanted = at(this.example, prompt.id);
    if (wanted === undefined) {
      const skip = values.find((value) => typeof value === 'string' && value === '\u0000skip');
      const end = values.find((value) => typeof value === 'string' && value === '\u0000end');
      return pick((skip ?? end ?? prompt.current ?? values[0]) as T);
    }
    const found = values.find((value) => value === wanted);
    if (found !== undefined) return pick(found);
    const other = values.find((value) => value === '\u0000other');
    if (other !== undefined) {
      this.other.set(prompt.id, asText(wanted));
      return pick(other);
    }
    return pick((prompt.current ?? values[0]) as T);
  }

  async askCheckbox<T>(prompt: CheckboxPrompt<T>): Promise<T[]> {
    const values = prompt.choices.map((choice) => choice.value);
    const wanted = prompt.id ? at(this.example, prompt.id) : undefined;
    // Referrals name the example's service ids; the interview makes its own: same service, same place.
    const theirs = Array.isArray(this.example.services) ? (this.example.services as Data[]) : [];
    const ours = at(this.current(), 'services');
    const list = (Array.isArray(wanted) ? wanted : []).map((value) => {
      const index = theirs.findIndex((service) => service.id === value);
      return index >= 0 && Array.isArray(ours) ? (ours[index] as Data).id : value;
    });
    const ticked = values.filter((value) => list.includes(value));
    const others = list.filter((value) => !(values as unknown[]).includes(value)).map(String);
    if (others.length > 0) {
      ticked.push('\u0000other' as T);
      this.other.set(prompt.id!, others.join('; '));
    }
    const current = prompt.current ?? [];
    const toggled = values.filter((value) => ticked.includes(value) !== current.includes(value));
    let position = 0;
    let keys = 1;
    for (const value of toggled) {
      const index = values.indexOf(value);
      keys += Math.min(Math.abs(index - position), String(index + 1).length) + 1;
      position = index;
    }
    this.count(prompt.message, !prompt.id, keys);
    return ticked;
  }

  async askConfirm(prompt: ConfirmPrompt): Promise<boolean> {
    let answer = prompt.current ?? true;
    if (prompt.id) answer = at(this.example, prompt.id) === true;
    else if (prompt.message.startsWith(this.texts.offer)) answer = this.example.conceptNote !== undefined;
    this.count(prompt.message, !prompt.id, answer === (prompt.current ?? true) ? 1 : 2);
    return answer;
  }

  showIntro(_intro: Intro): void {
    this.counts.intros++;
  }

  showSummary(_summary: Summary): void {}

  showNotice(_text: string): void {}
}

export function exampleData(text: string): Data {
  return parse(text) as Data;
}
