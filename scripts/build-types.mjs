#!/usr/bin/env node
// Build step: the library's types as one declaration file, `dist/index.d.ts`, holding only what
// `src/index.ts` exports (and the types those mention), instead of a .d.ts for every module.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { generateDtsBundle } from 'dts-bundle-generator';

const root = resolve(import.meta.dirname, '..');
const [text] = generateDtsBundle([{ filePath: join(root, 'src', 'index.ts'), output: { noBanner: true } }], {
  preferredConfigPath: join(root, 'tsconfig.build.json'),
});
writeFileSync(join(root, 'dist', 'index.d.ts'), text);
console.log('dist/index.d.ts written');
