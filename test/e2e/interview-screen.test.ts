/**
 * How the interview uses the screen, through the built CLI in a pseudo-terminal: the projector
 * mode by the terminal's size (and `--projector` / `--no-projector`), the area's guiding
 * question above a long menu at 80×24, and long choices wrapped with a hanging indent.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { tempDir } from '../helpers/cli.js';
import { hasScript, KEY, Pty } from '../helpers/interview-pty.js';

const LONG_NAME =
  'Public Foundation for the Social Support of Women Leaving Places of Detention and Their Families';

const ANSWERS = `version: 1
language: en
country: KG
parties:
  prison:
    name: State Penitentiary Service
  cso:
    name: ${LONG_NAME}
project:
  title: Bridge
  institutions:
    - { name: Correctional colony No. 2, kind: colony }
targetGroup:
  description: Women who use drugs.
`;

function folder(): string {
  const dir = tempDir('pp-screen-');
  writeFileSync(join(dir, 'x.yaml'), ANSWERS);
  return dir;
}

/** A scroll region from line 2: the projector's pinned top line. */
const PINNED = (rows: number) => `\u001b[2;${rows}r`;

describe.skipIf(!hasScript)('the interview on the screen', () => {
  const ptys: Pty[] = [];
  afterEach(() => {
    for (const pty of ptys.splice(0)) pty.kill();
  });
  const open = (args: string[], size: [number, number]) => {
    const pty = new Pty(['interview', 'x.yaml', ...args], folder(), {}, { size });
    ptys.push(pty);
    return pty;
  };
  const stop = async (pty: Pty) => {
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
  };

  it('is in projector mode by default in a terminal of 100×30 or more, and not at 80×24', async () => {
    const large = open(['--area', '1'], [120, 40]);
    await large.waitFor('Which groups does the project reach?');
    await stop(large);
    expect(large.output).toContain(PINNED(40));
    expect(large.output).toContain('\u001b[7mArea 1 of 5 · Target group · question 2 of 9');

    const small = open(['--area', '1'], [80, 24]);
    await small.waitFor('Which groups does the project reach?');
    await stop(small);
    expect(small.output).not.toContain(PINNED(24));
    expect(small.output).not.toContain('\u001b[7m');

    const wide = open(['--area', '1'], [120, 24]);
    await wide.waitFor('Which groups does the project reach?');
    await stop(wide);
    expect(wide.output).not.toContain(PINNED(24));
  });

  it('--no-projector keeps the whole screen in a large terminal; --projector pins the line at 80×24', async () => {
    const off = open(['--area', '1', '--no-projector'], [120, 40]);
    await off.waitFor('Which groups does the project reach?');
    await stop(off);
    expect(off.output).not.toContain(PINNED(40));

    const on = open(['--area', '1', '--projector'], [80, 24]);
    await on.waitFor('Which groups does the project reach?');
    await stop(on);
    expect(on.output).toContain(PINNED(24));
  });

  it("shows the area's guiding question above a long menu at 80×24", async () => {
    const pty = open(['--area', '1'], [80, 24]);
    await pty.waitFor('Which groups does the project reach?');
    await pty.waitFor('? Help on this question');
    await stop(pty);
    const lines = pty.text.split('\n');
    const menu = lines.findLastIndex((line) => line.startsWith('? Which groups does the project reach?'));
    expect(lines[menu - 1]).toBe('» Who exactly will take part in the project, and how many people?');
    expect(lines[menu - 2]).toBe('Area 1 of 5 · Target group · question 2 of 9');
    // The menu and the question above it fit on the 24 lines, with the keys line.
    const keys = lines.findIndex((line, index) => index > menu && line.startsWith('↑↓ move'));
    expect(keys - (menu - 2)).toBeLessThan(24);
  });

  it('wraps a long choice with a hanging indent at 80 columns', async () => {
    const pty = open(['--area', '3', '--no-projector'], [80, 24]);
    await pty.waitFor('Name of the organisation');
    await pty.waitFor('Other (type it)');
    await stop(pty);
    const lines = pty.text.split('\n');
    const first = lines.findLastIndex((line) => line.startsWith('❯ 1. Public Foundation for the'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(lines[first]!.length).toBeLessThanOrEqual(80);
    // The continuation starts under the text, after "❯ 1. ".
    expect(lines[first + 1]).toMatch(/^ {5}\S/);
    expect(`${lines[first]} ${lines[first + 1]!.trim()}`).toContain(LONG_NAME.slice(-30));
  });
});
