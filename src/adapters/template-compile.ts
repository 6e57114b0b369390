/**
 * Template compilation with a cache. Compiling the two documents' templates with Handlebars
 * took about 200 ms of every render (loading the compiler, parsing, generating code), more than
 * the whole Markdown. A compiled template is a plain JavaScript object, so it is kept in the
 * user's cache folder under the hash of its source, the Handlebars version and the compile
 * options: a changed template is simply compiled again. A cache that cannot be read or written
 * is skipped, never an error.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { COMPILE_OPTIONS, type TemplateEnv } from '../core/document/template-env.js';

export type TemplateSpec = object;

const require = createRequire(import.meta.url);
const HANDLEBARS_VERSION = (require('handlebars/package.json') as { version: string }).version;
const memory = new Map<string, TemplateSpec>();

function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.PRISON_PROTOCOL_CACHE === 'off') return undefined;
  if (env.PRISON_PROTOCOL_CACHE) return env.PRISON_PROTOCOL_CACHE;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'prison-protocol', 'templates');
}

function evaluate(code: string): TemplateSpec {
  // The precompiled spec is an object literal of functions, as Handlebars itself emits it.
  return new Function(`return ${code};`)() as TemplateSpec;
}

function readCache(file: string): TemplateSpec | undefined {
  try {
    return evaluate(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeCache(dir: string, file: string, code: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  } catch {
    // read-only home, full disk…: the next run compiles again
  }
}

/**
 * The compiled form of a template source, for `env.template()`. Throws Handlebars' own error
 * (with the line) when the source does not parse.
 */
export function compileTemplate(source: string, env: NodeJS.ProcessEnv = process.env): TemplateSpec {
  const key = createHash('sha256')
    .update(`${HANDLEBARS_VERSION}\0${JSON.stringify(COMPILE_OPTIONS)}\0${source}`)
    .digest('hex')
    .slice(0, 32);
  const known = memory.get(key);
  if (known) return known;
  const dir = cacheDir(env);
  const file = dir ? join(dir, `${key}.js`) : undefined;
  let spec = file ? readCache(file) : undefined;
  if (!spec) {
    // The compiler is loaded (synchronously, it is CommonJS) only when a template changed.
    const Handlebars = require('handlebars') as TemplateEnv;
    // A copy: Handlebars adds defaults (`data: true`) to the options object it is given.
    const code = Handlebars.precompile(source, { ...COMPILE_OPTIONS }) as string;
    spec = evaluate(code);
    if (dir && file) writeCache(dir, file, code);
  }
  memory.set(key, spec);
  return spec;
}
