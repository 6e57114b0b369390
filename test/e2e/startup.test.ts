/**
 * Start-up stays light: the commands that need no PDF, Word or prompts never load those
 * libraries (they are the slowest imports). Module resolution is recorded through a module hook;
 * libraries bundled into dist/lib are found through the build's metafile (which chunk holds what).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { BIN, ROOT, tempDir } from '../helpers/cli.js';

// chalk too: in a pipe nothing is coloured, so the colour library is never needed.
const HEAVY = /^(pdfkit|fontkit|docx|@inquirer\/|cli-progress|chalk)/;

function importsOf(args: string[]): string[] {
  const log = join(tempDir(), 'imports.log');
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      join(ROOT, 'test/fixtures/startup/register.mjs'),
      ...(args[0] === '-e' ? args : [BIN, ...args]),
    ],
    { cwd: ROOT, env: { ...process.env, IMPORT_LOG: log, NO_COLOR: '1' }, encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBeLessThanOrEqual(1);
  const specifiers = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return [...specifiers, ...specifiers.flatMap(bundledPackages)];
}

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown>; entryPoint?: string }>;
}
const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Metafile;

/** The packages (and our own src/ modules) bundled into the chunk of dist/lib `specifier` names. */
function bundledPackages(specifier: string): string[] {
  const name = /([^/\\]+\.js)$/.exec(specifier)?.[1];
  const output = name ? meta.outputs[`dist/lib/${name}`] : undefined;
  if (!output) return [];
  const packages = Object.keys(output.inputs).map(
    (input) =>
      /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? (input.startsWith('src/') ? input : ''),
  );
  return [...new Set(packages.filter(Boolean))];
}

/** The built chunk of a source module (an entry point of its own, e.g. a command). */
function chunkOf(source: string): string {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === source);
  if (!found) throw new Error(`no chunk for ${source}`);
  return found[0];
}

describe('start-up', () => {
  it.each([
    [['--help']],
    [['--version']],
    [['validate', 'examples/kg-women-colony.yaml']],
    [['check', 'examples/kg-women-colony.yaml']],
    [['schema']],
  ])('%j loads no PDF, Word, prompt, progress-bar or colour library', (args) => {
    const imports = importsOf(args);
    expect(imports.length).toBeGreaterThan(3); // the hook did record
    expect(imports.filter((specifier) => HEAVY.test(specifier))).toEqual([]);
  });

  it('Markdown-only render loads no PDF or Word library; PDF render does', () => {
    const out = tempDir();
    const md = importsOf(['render', 'examples/kg-women-colony.yaml', '-f', 'md', '-o', out]);
    expect(md.filter((specifier) => HEAVY.test(specifier))).toEqual([]);
    const pdf = importsOf(['render', 'examples/kg-women-colony.yaml', '-f', 'pdf', '-o', out]);
    expect(pdf).toContain('pdfkit');
    expect(pdf.filter((specifier) => specifier.startsWith('docx'))).toEqual([]);
    // What pdfkit and fontkit import for features our documents never use (scripts/build.mjs).
    const deferred = /^(brotli|linebreak|@noble\/ciphers)(\/|$)/;
    expect(pdf.filter((specifier) => deferred.test(specifier))).toEqual([]);
  });

  it('the render command plans a batch without the rendering pipeline (only workers load it)', () => {
    const script = `await import('./${chunkOf('src/cli/commands/render.ts')}')`;
    const imports = importsOf(['-e', script, '--input-type=module']);
    expect(imports.length).toBeGreaterThan(3);
    const pipeline = /^(yaml|handlebars|marked|pdfkit|docx)|render-files\.[jt]s$|templates\.[jt]s$/;
    expect(imports.filter((specifier) => pipeline.test(specifier))).toEqual([]);
  });
});
