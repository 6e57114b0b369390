/**
 * `render` through the built CLI, as users and scripts run it: outputs and their names,
 * refusal to overwrite, --force, --draft, --templates, invalid files, bad option values, --json.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

import { readPdf } from '../unit/pdf/read-back.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const fixture = (name: string) => join(ROOT, 'test/fixtures/render', name);

/** A temp folder holding a copy of `source` named `name`. */
function workspace(source: string, name = 'protocol.yaml'): { dir: string; file: string } {
  const dir = tempDir('pp-e2e-render-');
  copyFileSync(source, join(dir, name));
  return { dir, file: name };
}

describe('prison-protocol render (built CLI)', () => {
  it('writes the MoU and the concept note as Markdown and PDF by default, named after the input file', async () => {
    const { dir, file } = workspace(join(ROOT, 'examples/kg-women-colony.yaml'));
    const result = runCli(['render', file, '-o', 'out'], { cwd: dir });
    const [wrote, defaults] = result.stderr.split('\n');
    expect(wrote).toBe(
      `${file} → out/protocol.mou.en.md, out/protocol.mou.en.pdf, out/protocol.concept-note.en.md, out/protocol.concept-note.en.pdf`,
    );
    // The summary names the standard wording the memorandum took (see mou-fidelity.test.ts).
    expect(defaults).toMatch(/^protocol\.yaml: standard wording used for .+\. `check` lists them/);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'protocol.concept-note.en.md',
      'protocol.concept-note.en.pdf',
      'protocol.mou.en.md',
      'protocol.mou.en.pdf',
    ]);
    const pdf = await readPdf(readFileSync(join(dir, 'out/protocol.mou.en.pdf')));
    expect(pdf.compact).toContain('MemorandumofUnderstanding');
    expect(pdf.compact).not.toContain('DRAFT');
  });

  it('takes the output names from the file name, never from values inside it', () => {
    const { dir } = workspace(fixture('spec-example.yaml'), 'kg colony (v2).yml');
    const result = runCli(['render', 'kg colony (v2).yml', '-f', 'docx', '-d', 'mou', '--lang', 'en'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'kg colony (v2).mou.en.docx'))).toBe(true);
  });

  it('refuses to overwrite: nothing is written when any output exists, and the message lists them', () => {
    const { dir, file } = workspace(fixture('spec-example.yaml'));
    writeFileSync(join(dir, 'protocol.concept-note.en.pdf'), 'mine');
    const result = runCli(['render', file, '-f', 'md,pdf'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Nothing was written: this file already exists (use --force to overwrite it):\n  protocol.concept-note.en.pdf\n',
    );
    expect(readdirSync(dir).sort()).toEqual(['protocol.concept-note.en.pdf', 'protocol.yaml']);
    expect(readFileSync(join(dir, 'protocol.concept-note.en.pdf'), 'utf8')).toBe('mine');
  });

  it('overwrites with --force', () => {
    const { dir, file } = workspace(fixture('spec-example.yaml'));
    writeFileSync(join(dir, 'protocol.mou.en.md'), 'old');
    const result = runCli(['render', file, '--force', '-f', 'md', '-q'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(join(dir, 'protocol.mou.en.md'), 'utf8')).toMatch(/^# Memorandum of Understanding\n/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an invalid file with every problem located, and writes nothing', () => {
    const { dir, file } = workspace(fixture('invalid.yaml'));
    const result = runCli(['render', file], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      `${file}: not rendered`,
      `  ${file} is not complete or not valid, so no documents were written (use --draft to render it with placeholders):`,
      expect.stringMatching(
        new RegExp(`^  ${file}:20:18  Implementer: “prision” .*Did you mean “prison”\\?$`),
      ),
      expect.stringMatching(new RegExp(`^  ${file}:31:18  .*“sometimes”`)),
      '',
    ]);
    expect(readdirSync(dir)).toEqual([file]);
  });

  it('renders an incomplete file with --draft: placeholders, a "to complete" list and a DRAFT watermark', async () => {
    const { dir, file } = workspace(fixture('incomplete.yaml'));
    expect(runCli(['render', file], { cwd: dir }).code).toBe(1);
    const result = runCli(['render', file, '--draft'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/protocol\.yaml: draft with \d+ gaps marked “to complete”\./);
    const mou = readFileSync(join(dir, 'protocol.mou.en.md'), 'utf8');
    expect(mou).toContain('\\[to complete: Signatory of the prison administration\\]');
    expect(mou).toContain('## To complete before signature');
    expect(mou).toContain('- Commitments of the civil-society organisation');
    expect(mou).toMatch(/standard wording — [^:\]]+: review before signing/);
    const note = readFileSync(join(dir, 'protocol.concept-note.en.md'), 'utf8');
    expect(note).toContain('## To complete before submission');
    expect(note).toContain('The open points of the readiness check are listed in Annex 1.');
    const pdf = await readPdf(readFileSync(join(dir, 'protocol.mou.en.pdf')));
    expect(pdf.pages.every((page) => page.includes('DRAFT'))).toBe(true);
    expect(pdf.compact).toContain('[tocomplete:Signatoryoftheprisonadministration]');
    expect(pdf.compact).toContain('Ҳамдилӣ');
  });

  it('uses --templates file by file over the bundled templates', () => {
    const { dir, file } = workspace(fixture('spec-example.yaml'));
    const result = runCli(['render', file, '-f', 'md', '--templates', fixture('templates-override')], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    const mou = readFileSync(join(dir, 'protocol.mou.en.md'), 'utf8');
    expect(mou).toContain('**Signed in the presence of the working group**');
    expect(mou).toContain('## 1. Parties');
  });

  it('names the template file and line of a template error', () => {
    const { dir, file } = workspace(fixture('spec-example.yaml'));
    const broken = fixture('templates-broken');
    const result = runCli(['render', file, '-f', 'md', '--templates', broken], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Template ${join(broken, 'en/mou.md.hbs')}, line 4: "fullName" not defined`,
    );
    expect(readdirSync(dir)).toEqual([file]);
  });

  it.each([
    [['-f', 'md,odt'], 'Unknown --format value “odt”. Allowed: md, pdf, docx.'],
    [['-d', 'mou,letter'], 'Unknown --doc value “letter”. Allowed: mou, concept-note.'],
    [['--lang', 'de'], 'Unknown --lang value “de”. Allowed: en, ru, kk, ky, uz, tg, tk.'],
    [['--templates', 'no-such-folder'], 'The templates folder no-such-folder does not exist.'],
  ])('exits 2 for %j with the allowed values', (args, message) => {
    const { dir, file } = workspace(fixture('spec-example.yaml'));
    const result = runCli(['render', file, ...args], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${message}\n`);
    expect(readdirSync(dir)).toEqual([file]);
  });

  it('exits 2 for a missing input file', () => {
    const result = runCli(['render', 'nothing-here.yaml'], { cwd: tempDir() });
    expect(result.code).toBe(2);
  });

  it('--json prints only the summary and the files on stdout', () => {
    const { dir, file } = workspace(fixture('spec-example.yaml'));
    copyFileSync(fixture('invalid.yaml'), join(dir, 'bad.yaml'));
    const result = runCli(['render', file, 'bad.yaml', '--json', '-f', 'md'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      summary: Record<string, number>;
      files: { file: string; ok: boolean; outputs: string[]; errors: Record<string, unknown>[] }[];
    };
    expect(report.summary).toMatchObject({ files: 2, succeeded: 1, failed: 1, documents: 2 });
    expect(typeof report.summary.seconds).toBe('number');
    expect(report.files[0]).toEqual({
      file,
      ok: true,
      outputs: ['protocol.mou.en.md', 'protocol.concept-note.en.md'],
      errors: [],
      defaults: expect.any(Array) as unknown,
    });
    expect(report.files[1]).toMatchObject({ file: 'bad.yaml', ok: false, outputs: [] });
    // Errors are {line, column, path, code, message}, as validate prints them.
    expect(Object.keys(report.files[1]!.errors[0]!)).toEqual(['line', 'column', 'path', 'code', 'message']);
    expect(report.files[1]!.errors).toContainEqual(expect.objectContaining({ line: 20, column: 18 }));
    expect(statSync(join(dir, 'protocol.mou.en.md')).size).toBeGreaterThan(1000);
  });

  it("renders the Russian documents of a Russian file in the file's own language", () => {
    const { dir, file } = workspace(join(ROOT, 'examples/kz-probation.yaml'));
    const result = runCli(['render', file, '-f', 'md', '-d', 'mou'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'protocol.mou.ru.md'), 'utf8')).toMatch(/^# Меморандум/);
  });
});

describe('a very long answer in a table cell', () => {
  it('continues over pages in the PDF and loses no word', async () => {
    const { dir, file } = workspace(join(ROOT, 'examples/kg-women-colony.yaml'));
    const path = join(dir, file);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const words = Array.from({ length: 1200 }, (_, i) => `zq${i + 1}`).join(' ');
    // The first risk's mitigation: a cell of the risk table.
    doc.setIn(['conceptNote', 'risks', 0, 'mitigation'], words);
    writeFileSync(path, String(doc));
    const result = runCli(['render', file, '-o', 'out', '-d', 'concept-note', '-f', 'pdf', '-q'], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    const pdf = await readPdf(readFileSync(join(dir, 'out', 'protocol.concept-note.en.pdf')));
    // Every word, in order, in the risk table's cell.
    const numbers = (pdf.compact.match(/zq\d+/g) ?? []).map((word) => Number(word.slice(2)));
    expect(numbers.slice(0, 1200)).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
  });
});
