/**
 * The interview at a live roundtable, through the built CLI in a pseudo-terminal: a pasted
 * multi-line answer is saved whole, keys typed ahead are kept, Ctrl-C keeps the text being
 * typed, a failed save keeps the session (and the answer) until it can be saved, and saves go
 * into the file as it is kept: a link's target, its mode, its line endings; a read-only file is
 * refused.
 */
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { runCli, tempDir } from '../helpers/cli.js';
import { loadSessionSpec } from '../../src/adapters/interview-session.js';
import type { QuestionSpec } from '../../src/core/interview/spec.js';
import { hasScript, KEY, Pty } from '../helpers/interview-pty.js';
import { ASKED_THROUGH_PARTIES } from '../helpers/interview-record.js';

const PARTIES = `version: 1
language: en
country: KG
parties:
  prison:
    name: State Penitentiary Service
  cso:
    name: Public Foundation Example
`;

/** The record of a session that went through the parties: the next question is the project's title. */
const RECORD = {
  version: 1,
  asked: [...ASKED_THROUGH_PARTIES],
  unfinished: {},
};

const isRoot = process.getuid?.() === 0;

function answersFolder(name = 'x.yaml', text = PARTIES): { dir: string; file: string } {
  const dir = tempDir('pp-roundtable-');
  const file = join(dir, name);
  writeFileSync(file, text);
  writeFileSync(join(dir, name.replace(/\.yaml$/, '.interview.json')), JSON.stringify(RECORD));
  return { dir, file };
}

describe.skipIf(!hasScript)('interview at a roundtable', () => {
  const ptys: Pty[] = [];
  afterEach(() => {
    for (const pty of ptys.splice(0)) pty.kill();
  });
  const open = (args: string[], cwd: string, options?: ConstructorParameters<typeof Pty>[3]) => {
    const pty = new Pty(args, cwd, {}, options);
    ptys.push(pty);
    return pty;
  };

  it('saves a pasted multi-line answer whole, and keeps keys typed ahead of the next question', async () => {
    const { dir, file } = answersFolder();
    const pty = open(['interview', 'x.yaml'], dir);
    await pty.waitFor('Title of the project');
    // The title, Enter, and at once (before the next question is drawn) a four-line paste.
    await pty.send(
      `Bridge to freedom\r\u001b[200~Quality is assured in three ways:\r- case files reviewed\r- client feedback\r- a joint working group\u001b[201~`,
    );
    await pty.waitFor('working group)');
    await pty.send(KEY.enter);
    await pty.waitFor('When does the project start');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    const project = parse(readFileSync(file, 'utf8')).project;
    expect(project.title).toBe('Bridge to freedom');
    expect(project.summary).toBe(
      'Quality is assured in three ways:\n- case files reviewed\n- client feedback\n- a joint working group',
    );
  });

  it('echoes a 4,000-character pasted answer without delay', async () => {
    const { dir, file } = answersFolder();
    const pty = open(['interview', 'x.yaml'], dir);
    await pty.waitFor('Title of the project');
    await pty.line('Bridge');
    await pty.waitFor('Describe the project');
    const long = Array.from({ length: 800 }, (_, n) => `w${n % 10}xyz`).join(' ');
    expect(long.length).toBeGreaterThan(4000);
    const started = Date.now();
    await pty.paste(long);
    await pty.send(KEY.enter);
    await pty.waitFor('When does the project start');
    expect(Date.now() - started).toBeLessThan(5000);
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    expect(parse(readFileSync(file, 'utf8')).project.summary).toBe(long);
  });

  it('keeps the text typed at Ctrl-C as an unfinished answer, offered again on resume', async () => {
    const { dir, file } = answersFolder();
    const first = open(['interview', 'x.yaml'], dir);
    await first.waitFor('Title of the project');
    await first.send('Bridge to');
    await first.send(KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(parse(readFileSync(file, 'utf8')).project.title).toBe('Bridge to');
    const record = JSON.parse(readFileSync(join(dir, 'x.interview.json'), 'utf8'));
    expect(record.unfinished).toEqual({ 'project.title': 'Bridge to' });

    const second = open(['interview', 'x.yaml'], dir);
    const at = await second.waitFor('Title of the project');
    await second.waitFor('Bridge to', 15_000, at);
    await second.line(' freedom');
    await second.waitFor('Describe the project');
    await second.send(KEY.ctrlC);
    expect(await second.exited).toBe(130);
    expect(parse(readFileSync(file, 'utf8')).project.title).toBe('Bridge to freedom');
    expect(JSON.parse(readFileSync(join(dir, 'x.interview.json'), 'utf8')).unfinished).toEqual({});
  });

  it('keeps the session open when the folder turns read-only, and saves both answers on retry', async () => {
    const { dir, file } = answersFolder();
    if (isRoot) {
      for (const path of [dir, file, join(dir, 'x.interview.json')]) chownSync(path, 65534, 65534);
    }
    const pty = open(['interview', 'x.yaml'], dir, { asNobody: isRoot });
    await pty.waitFor('Title of the project');
    await pty.line('Bridge to freedom');
    const next = await pty.waitFor('Describe the project');
    chmodSync(dir, 0o555);
    await pty.line('Two colonies, one CSO');
    const failed = await pty.waitFor('NOT SAVED: x.yaml could not be written', 15_000, next);
    expect(pty.text.slice(failed)).not.toMatch(/\.tmp/);
    await pty.waitFor('Try again');
    expect(parse(readFileSync(file, 'utf8')).project.summary).toBeUndefined();
    chmodSync(dir, 0o755);
    await pty.send(KEY.enter); // Try again
    await pty.waitFor('Saved: x.yaml', 15_000, failed);
    await pty.waitFor('When does the project start', 15_000, failed);
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    const project = parse(readFileSync(file, 'utf8')).project;
    expect(project).toMatchObject({ title: 'Bridge to freedom', summary: 'Two colonies, one CSO' });
  });

  it('refuses to save into a read-only file, leaving it as it was', async () => {
    const { dir, file } = answersFolder();
    chmodSync(file, 0o444);
    const pty = open(['interview', 'x.yaml'], dir);
    await pty.waitFor('Title of the project');
    await pty.line('Bridge to freedom');
    await pty.waitFor('NOT SAVED: x.yaml could not be written (the file is read-only)');
    await pty.waitFor('Save under another name');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    expect(pty.text).toContain('The last answers are NOT SAVED');
    expect(readFileSync(file, 'utf8')).toBe(PARTIES);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('saves under another name when asked', async () => {
    const { dir } = answersFolder();
    chmodSync(join(dir, 'x.yaml'), 0o444);
    const pty = open(['interview', 'x.yaml'], dir);
    await pty.waitFor('Title of the project');
    await pty.line('Bridge to freedom');
    await pty.waitFor('Save under another name');
    await pty.send(KEY.down, KEY.enter);
    await pty.waitFor('File name to save the answers to');
    await pty.line('copy.yaml');
    await pty.waitFor('Saved: copy.yaml');
    await pty.waitFor('Describe the project');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    expect(pty.text).toContain('saved in copy.yaml');
    expect(parse(readFileSync(join(dir, 'copy.yaml'), 'utf8')).project.title).toBe('Bridge to freedom');
  });

  it("writes into a symbolic link's target, which keeps its mode; the link stays a link", async () => {
    const dir = tempDir('pp-roundtable-');
    mkdirSync(join(dir, 'shared'));
    const target = join(dir, 'shared', 'answers.yaml');
    writeFileSync(target, PARTIES);
    chmodSync(target, 0o640);
    writeFileSync(join(dir, 'shared', 'answers.interview.json'), JSON.stringify(RECORD));
    symlinkSync(join('shared', 'answers.yaml'), join(dir, 'link.yaml'));
    const pty = open(['interview', 'link.yaml'], dir);
    await pty.waitFor('Title of the project');
    await pty.line('Bridge to freedom');
    await pty.waitFor('Describe the project');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(parse(readFileSync(target, 'utf8')).project.title).toBe('Bridge to freedom');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('--projector pins the progress and the save status to the top line', async () => {
    const { dir } = answersFolder();
    const pty = open(['interview', '--projector', 'x.yaml'], dir);
    await pty.waitFor('Title of the project');
    await pty.line('Bridge to freedom');
    await pty.waitFor('Describe the project');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    // A scroll region from line 2, the status written on line 1, the region reset at the end.
    expect(pty.output).toContain('\u001b[2;24r');
    expect(pty.output).toContain('\u001b[1;1H\u001b[2K\u001b[7mThe project · question 2 of 5   saved ✓');
    expect(pty.output).toContain('\u001b[r');
  });

  it('keeps Windows line endings (CRLF) and a byte-order mark', async () => {
    const { dir, file } = answersFolder('w.yaml', `\uFEFF${PARTIES.replace(/\n/g, '\r\n')}`);
    const pty = open(['interview', 'w.yaml'], dir);
    await pty.waitFor('Title of the project');
    await pty.line('Bridge to freedom');
    await pty.waitFor('Describe the project');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('title: Bridge to freedom\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe.skipIf(!hasScript)('roundtable marks, from the interview to check and the documents', () => {
  it('a mark typed with ! reaches check and the draft annex', async () => {
    const { dir, file } = answersFolder();
    const pty = new Pty(['interview', 'x.yaml'], dir);
    try {
      await pty.waitFor('Title of the project');
      await pty.line('!');
      await pty.waitFor('Roundtable mark for “Title of the project”');
      await pty.send(KEY.down, KEY.enter); // Disputed
      await pty.waitFor('Who disputes');
      await pty.line('Ministry of Justice');
      await pty.waitFor('Why is it disputed?');
      await pty.line('it must name the colony');
      const again = await pty.waitFor('Marked disputed');
      await pty.waitFor('Title of the project', 15_000, again);
      await pty.line('Bridge to freedom');
      await pty.waitFor('Describe the project');
      await pty.send(KEY.ctrlC);
      expect(await pty.exited).toBe(130);
    } finally {
      pty.kill();
    }
    expect(parse(readFileSync(file, 'utf8')).roundtable).toEqual([
      {
        answer: 'project.title',
        status: 'disputed',
        by: 'Ministry of Justice',
        reason: 'it must name the colony',
      },
    ]);
    const check = runCli(['check', 'x.yaml'], { cwd: dir });
    expect(check.stdout.replace(/\s+/g, ' ')).toContain(
      'Disputed at the roundtable: Title (`project.title`), by Ministry of Justice: it must name the colony.',
    );
    const render = runCli(['render', 'x.yaml', '--draft', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(render.code).toBe(0);
    const mou = readFileSync(join(dir, 'out', 'x.mou.en.md'), 'utf8');
    expect(mou).toContain('## Open points from the roundtable');
    expect(mou).toContain(
      '- **Project title**: disputed; by Ministry of Justice; reason: it must name the colony',
    );
  });
});

describe('a final render while a point is disputed', () => {
  const withMarks = (marks: string) => {
    const dir = tempDir('pp-roundtable-');
    const example = readFileSync(join(ROOT, 'examples', 'kg-women-colony.yaml'), 'utf8');
    writeFileSync(join(dir, 'k.yaml'), `${example}\nroundtable:\n${marks}`);
    return dir;
  };

  it('is refused, naming the point; --allow-open writes it; parked points alone do not stop it', () => {
    const dir = withMarks(
      '  - { answer: services.1.implementer, status: disputed, by: Ministry of Health }\n',
    );
    const refused = runCli(['render', 'k.yaml', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('answers are still disputed at the roundtable');
    expect(refused.stderr).toContain('(services.1.implementer): Ministry of Health');
    const allowed = runCli(['render', 'k.yaml', '--format', 'md', '--out', 'out', '--allow-open'], {
      cwd: dir,
    });
    expect(allowed.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'k.mou.en.md'), 'utf8')).not.toContain(
      'Open points from the roundtable',
    );

    const parked = withMarks('  - { answer: monitoring.qualityAssurance, status: parked }\n');
    expect(runCli(['render', 'k.yaml', '--format', 'md', '--out', 'out'], { cwd: parked }).code).toBe(0);
  });

  it('is refused in Russian too', () => {
    const dir = withMarks('  - { answer: services.1.implementer, status: disputed }\n');
    const refused = runCli(['render', 'k.yaml', '--format', 'md', '--out', 'out'], {
      cwd: dir,
      env: { LANG: 'ru_RU.UTF-8' },
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('за круглым столом остались оспоренные ответы');
  });
});

/** Every question id of `data` the session could ask (list entries included), as a full record would hold. */
function everyId(data: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const walk = (questions: readonly QuestionSpec[], prefix: string, item: unknown) => {
    for (const question of questions) {
      const id = `${prefix}${question.path}`;
      ids.push(id);
      const value = question.path
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], item);
      if (question.item && Array.isArray(value))
        value.forEach((entry, index) => walk(question.item!, `${id}.${index}.`, entry));
    }
  };
  for (const section of loadSessionSpec().sections) walk(section.questions, '', data);
  return [...new Set(ids)];
}

describe.skipIf(!hasScript)('--area with the session record', () => {
  it('--area 5, then the earlier areas ask their unasked questions', async () => {
    const dir = tempDir('pp-roundtable-');
    const example = readFileSync(join(ROOT, 'examples', 'kg-women-colony.yaml'), 'utf8').replace(
      /^ {2}estimatedSize: 40\n/m,
      '',
    );
    writeFileSync(join(dir, 'k.yaml'), example);
    const asked = everyId(parse(example)).filter((id) => id !== 'targetGroup.estimatedSize');
    writeFileSync(join(dir, 'k.interview.json'), JSON.stringify({ version: 1, asked, unfinished: {} }));
    const pty = new Pty(['interview', '--area', '5', 'k.yaml'], dir);
    try {
      await pty.waitFor('Your answers: Quality assurance and monitoring');
      await pty.waitFor('Is everything right?');
      await pty.send(KEY.enter);
      // Area 5 and what follows are done; area 1's question that was never asked comes now.
      await pty.waitFor('Roughly how many people will take part?');
      await pty.line('40');
      // Area 1 changed: its answers are shown, with no question to answer, and the session goes on.
      await pty.waitFor('Your answers: Target group', 15_000, pty.text.lastIndexOf('Roughly how many'));
      await pty.waitFor('What next?', 15_000, pty.text.lastIndexOf('Your answers: Target group'));
      await pty.send(KEY.ctrlC);
      expect(await pty.exited).toBe(130);
    } finally {
      pty.kill();
    }
    expect(parse(readFileSync(join(dir, 'k.yaml'), 'utf8')).targetGroup.estimatedSize).toBe(40);
  });
});
