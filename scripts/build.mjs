#!/usr/bin/env node
// Build: src/ → dist/lib/ with esbuild, ESM with code splitting.
//
// Why a bundle. (1) Start-up: one file per command instead of hundreds of modules to resolve and
// read (commander, yaml and our own code); the heavy parts (PDF, Word, prompts, colours) stay in
// chunks imported only by the commands that need them. (2) A clean install on every supported
// Node: docx ≥ 9.7.2 depends on nanoid 6 (engines exclude Node 20) and from 9.8 on lists
// @types/node as a runtime dependency; bundled, the published package no longer depends on
// either, while the docx 9.15 API (font embedding) stays ours to use.
//
// External (installed with the package): libraries that read their own data files at run time
// (the Noto fonts), or are loaded by `require` on a computed path (handlebars, the Ajv runtime of
// the validator compiled by build-validator.mjs), and hyphen, whose 9 MB of patterns must not
// become chunks of our own.
//
// pdfkit and fontkit are bundled (into the PDF chunk, loaded only by commands that write a PDF
// or measure Word tables): as separate packages they cost a render about 50 ms more, in
// resolving some 20 files and in running libraries at import that our documents never use.
// Those are replaced by the stand-ins of src/adapters/pdf/deferred/, which load the real library
// on first call (see DEFERRED). Both stay dependencies: the stand-ins load from their installs.
// Two pdfkit features would look for data files beside our chunk instead of pdfkit's and are
// never used: the 14 standard PDF fonts (we pass `font: null`) and PDF/A's colour profile.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
export const EXTERNAL = [
  '@expo-google-fonts/noto-sans',
  'handlebars',
  'ajv',
  'ajv-formats',
  // Its TeX patterns (one module per language, loaded when a document of that language is laid out).
  'hyphen',
];

/** What pdfkit and fontkit import at start-up but we need only on first use, and its stand-in. */
const DEFERRED = {
  'brotli/decompress.js': 'brotli-decompress.ts', // WOFF2 fonts
  linebreak: 'linebreak.ts', // doc.text()'s line breaking
  '@noble/ciphers/aes': 'noble-aes.ts', // encrypted PDFs
};

const deferUnused = {
  name: 'defer-unused',
  setup(build) {
    const filter = new RegExp(
      `^(${Object.keys(DEFERRED)
        .map((name) => name.replace(/[./]/g, '\\$&'))
        .join('|')})$`,
    );
    build.onResolve({ filter }, (args) => {
      // Only the libraries' own imports: a stand-in's `require` at run time is not seen here.
      if (!/node_modules[\\/](pdfkit|fontkit)[\\/]/.test(args.importer)) return undefined;
      return { path: join(root, 'src/adapters/pdf/deferred', DEFERRED[args.path]) };
    });
  },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/cli/main.ts',
    'render-worker': 'src/adapters/batch/render-worker.ts',
    index: 'src/index.ts',
  },
  outdir: 'dist/lib',
  // Every file in one folder: `new URL('./render-worker.js', import.meta.url)` and
  // `../generated/…` resolve the same from any chunk, and the package root is two levels up.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
  // Bundled CommonJS code (commander, cli-progress…) calls require() for Node's own modules.
  banner: {
    js: "import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);",
  },
  legalComments: 'none', // the licences of bundled packages: dist/THIRD-PARTY-NOTICES.md
  logLevel: 'warning',
  metafile: true,
  plugins: [deferUnused],
});
// Which source files and libraries went into which chunk: the start-up test reads it to tell
// which libraries a command loaded. Not shipped (see `files` in package.json).
writeFileSync(join(root, 'dist', 'meta.json'), JSON.stringify(result.metafile));
console.log('dist/lib written (esbuild)');

/** The licence of every package bundled into dist/lib, as their licences ask to ship them. */
function thirdPartyNotices(metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const sections = [...packages].sort().map((name) => {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
    const text = file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : license;
    return `## ${name} ${version} (${license})\n\n${text}\n`;
  });
  const intro = '# Third-party notices\n\nThese packages are bundled into `dist/lib/`.\n';
  return [intro, ...sections].join('\n');
}
writeFileSync(join(root, 'dist', 'THIRD-PARTY-NOTICES.md'), thirdPartyNotices(result.metafile));
