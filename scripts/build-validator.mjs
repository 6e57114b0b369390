#!/usr/bin/env node
// Build step: compile the answers schemas once, here, into plain JavaScript (Ajv "standalone"
// code), so the CLI loads a ready validator instead of compiling the schemas at every start
// (about 130 ms on the reference machine). `src/adapters/schemas.ts` falls back to compiling at
// run time when the generated file is absent (tests running from src/).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { _, Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const schemasDir = join(root, 'schemas');
// Free-text values also accept text in several languages, added to the loaded schemas by the
// same code the CLI uses (src/core/schema/multilingual.ts), bundled here in memory since the
// build writes no per-module output.
const { outputFiles } = await build({
  entryPoints: [join(root, 'src', 'core', 'schema', 'multilingual.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const { withLanguageMaps } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);
const files = withLanguageMaps(
  Object.fromEntries(
    readdirSync(schemasDir)
      .filter((name) => name.endsWith('.schema.json'))
      .map((name) => [name, JSON.parse(readFileSync(join(schemasDir, name), 'utf8'))]),
  ),
);

// The same options as createAnswersValidator in src/core/validation/compile.ts.
const ajv = new Ajv2020({
  allErrors: true,
  allowUnionTypes: true,
  verbose: true,
  strict: false,
  code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
});
addFormats.default(ajv, ['date', 'email']);
for (const [name, schema] of Object.entries(files)) {
  if (name !== 'answers.schema.json') ajv.addSchema(schema, name);
}
const validate = ajv.compile({ ...files['answers.schema.json'], $id: 'answers.schema.json' });
const out = join(root, 'dist', 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'answers-validator.cjs'), standaloneCode.default(ajv, validate));
console.log('dist/generated/answers-validator.cjs written');
