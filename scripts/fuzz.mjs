#!/usr/bin/env node
/**
 * Fuzzing the answers-file pipeline (issue 17). Not a test: a tool to run by hand after `npm run
 * build`, whose figures go into the README's "Reliability" note.
 *
 *   node scripts/fuzz.mjs [--runs 5000] [--cli 150] [--seed 17] [--slow-ms 250] [--no-bombs]
 *                         [--root <a built checkout, default this one>] [--only <bomb name part>]
 *
 * 1. In process: mutates the bundled examples `--runs` times (deleting, repeating and moving
 *    pieces, splicing in YAML syntax, odd characters and values) and runs the loader and the
 *    validator on each. Reports what threw (a crash), problems without a place in the text
 *    (unlocated), messages that are catalogue keys or internal details, and slow cases.
 * 2. Through the built CLI: `--cli` of those mutants through `validate`, `check` and `render -f md`,
 *    reporting exit codes outside 0/1/2, "Internal error", stack traces and the slowest runs.
 * 3. The resource bombs of the issue, each through `validate` and `render`, with wall time and
 *    peak memory (RSS of the whole process, workers included).
 *
 * Seeded, so a run can be repeated exactly; every failing input is saved under the temp folder
 * it prints.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  return process.argv[index + 1];
}
const RUNS = Number(option('runs', 5000));
const CLI_RUNS = Number(option('cli', 150));
const SEED = Number(option('seed', 17));
const SLOW_MS = Number(option('slow-ms', 250));
const BOMBS = !process.argv.includes('--no-bombs');
/** Only the bombs whose name contains this. */
const ONLY = option('only', '');
const ROOT = resolve(option('root', join(HERE, '..')));
const BIN = join(ROOT, 'bin', 'prison-protocol.js');
const MAX_RSS = join(HERE, '..', 'test', 'helpers', 'max-rss.mjs');

// The built library API (dist/lib/index.js): the build bundles, so there are no per-module files.
const api = await import(pathToFileURL(join(ROOT, 'dist/lib/index.js')).href);
const parseAnswers = (text) => api.parse(text, { uiLang: 'en' });
const validateAnswers = (text) => api.validate(text, { uiLang: 'en' }).errors;

/** mulberry32: small, seeded, good enough to pick mutations. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(SEED);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (max) => Math.floor(rand() * max);

const PIECES = [
  ': ',
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '\\',
  '&a ',
  '*a',
  '*nowhere',
  '# ',
  '? ',
  '|\n',
  '>-\n',
  '!!str ',
  '!!binary ',
  '!x ',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '<<: *a',
  '.inf',
  '.nan',
  '1e999',
  '-0',
  '0x1F',
  '~',
  'null',
  'true',
  '2027-02-30',
  '99999999',
  '\t',
  '\u000b',
  '\u2028',
  '\u0000',
  '\u0001',
  '\u001b',
  '\u007f',
  '\ufeff',
  '"\\0"',
  '"\\e"',
  '"\\ud800"',
  '😀',
  '🌉',
  'ʻ',
  'Ж',
  '\u200b',
  '\r',
  '\r\n',
  '\n',
  '  ',
  '    ',
  'https://example.org/some_page',
  'Team ##',
  '<script>',
  '**x**',
  '|a|b|',
  'x-extra: 1\n',
  'services: []\n',
];
const VALUES = [
  '',
  '~',
  '[]',
  '{}',
  '.inf',
  '-.nan',
  '12',
  '-1',
  '1e309',
  'yes',
  '"x"',
  '*a',
  '&a v',
  '[a, [b]]',
  '😀',
  '"\\v"',
];

function mutate(text) {
  let result = text;
  const edits = 1 + int(4);
  for (let i = 0; i < edits; i++) {
    const at = int(result.length + 1);
    const length = int(40);
    switch (int(8)) {
      case 0: // delete a piece
        result = result.slice(0, at) + result.slice(at + length);
        break;
      case 1: // repeat a piece (duplicate keys, items)
        result = result.slice(0, at) + result.slice(at, at + length).repeat(1 + int(3)) + result.slice(at);
        break;
      case 2: // YAML syntax or an odd character spliced in
        result = result.slice(0, at) + pick(PIECES) + result.slice(at);
        break;
      case 3: {
        // a value replaced
        const lines = result.split('\n');
        const index = int(lines.length);
        lines[index] = (lines[index] ?? '').replace(/:\s.*$/, `: ${pick(VALUES)}`);
        result = lines.join('\n');
        break;
      }
      case 4: {
        // a line moved
        const lines = result.split('\n');
        const [line] = lines.splice(int(lines.length), 1);
        lines.splice(int(lines.length), 0, line ?? '');
        result = lines.join('\n');
        break;
      }
      case 5: {
        // indentation changed
        const lines = result.split('\n');
        const index = int(lines.length);
        lines[index] = rand() < 0.5 ? ` ${lines[index] ?? ''}` : (lines[index] ?? '').replace(/^ {1,2}/, '');
        result = lines.join('\n');
        break;
      }
      case 6: // cut short
        result = result.slice(0, at);
        break;
      default: // random characters
        result =
          result.slice(0, at) +
          Array.from({ length: 1 + int(5) }, () => String.fromCodePoint(int(0x3000))).join('') +
          result.slice(at);
    }
  }
  return result;
}

const scratch = mkdtempSync(join(tmpdir(), 'pp-fuzz-'));
const saved = (kind, index, text) => {
  const dir = join(scratch, kind);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${index}.yaml`);
  writeFileSync(file, text);
  return file;
};

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(join(ROOT, 'examples', name), 'utf8'));

// 1. In process (after one warm-up file: the first validation compiles and loads the schemas).
validateAnswers(examples[0]);
const counts = { runs: 0, refused: 0, valid: 0, crashes: 0, unlocated: 0, badMessages: 0, slow: 0 };
const times = [];
const mutants = [];
for (let i = 0; i < RUNS; i++) {
  const text = mutate(pick(examples));
  if (mutants.length < CLI_RUNS && i % Math.max(1, Math.floor(RUNS / CLI_RUNS)) === 0) mutants.push(text);
  counts.runs++;
  const start = performance.now();
  let problems;
  let loaded;
  try {
    loaded = parseAnswers(text);
    problems = validateAnswers(text);
  } catch (error) {
    counts.crashes++;
    console.log(`crash: ${error?.message} → ${saved('crash', i, text)}`);
    continue;
  }
  const ms = performance.now() - start;
  times.push(ms);
  if (ms > SLOW_MS) {
    counts.slow++;
    console.log(`slow: ${ms.toFixed(0)} ms → ${saved('slow', i, text)}`);
  }
  if (!loaded.data) counts.refused++;
  if (problems.length === 0) counts.valid++;
  const lines = text.split(/\r\n|\r|\n/).length + 1;
  for (const problem of problems) {
    const located =
      Number.isInteger(problem.line) &&
      Number.isInteger(problem.column) &&
      problem.line >= 1 &&
      problem.line <= lines &&
      problem.column >= 1;
    if (!located) {
      counts.unlocated++;
      console.log(
        `unlocated: ${problem.code} ${problem.line}:${problem.column} → ${saved('unlocated', i, text)}`,
      );
    }
    if (
      /^(load|validation|files)\.[a-zA-Z.]+$|call stack|\bundefined\b|Internal error/.test(problem.message)
    ) {
      counts.badMessages++;
      console.log(`message: ${problem.message.slice(0, 120)} → ${saved('message', i, text)}`);
    }
  }
}
times.sort((a, b) => a - b);
const percentile = (p) =>
  times.length ? times[Math.min(times.length - 1, Math.floor(times.length * p))] : 0;

// 2. Through the CLI.
let measured = 0;
function run(args, timeoutMs = 60_000) {
  const rssFile = join(scratch, 'rss', String(measured++));
  mkdirSync(join(scratch, 'rss'), { recursive: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', MAX_RSS, BIN, ...args], {
    env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', PP_MAX_RSS_FILE: rssFile },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 512 * 1024 * 1024,
    input: '',
  });
  const seconds = (performance.now() - start) / 1000;
  let peakMB = NaN;
  try {
    peakMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // killed: no figure
  }
  const timedOut = result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM';
  return {
    code: result.status,
    stderr: result.stderr ?? '',
    seconds,
    peakMB,
    timedOut,
    outBytes: (result.stderr ?? '').length + (result.stdout ?? '').length,
  };
}

const cli = { runs: 0, badExit: 0, internal: 0, stack: 0, slowest: 0, slowestCommand: '' };
const out = join(scratch, 'out');
mutants.forEach((text, i) => {
  const file = saved('cli', i, text);
  for (const args of [
    ['validate', file],
    ['check', file],
    ['render', file, '-o', out, '-f', 'md', '--force'],
  ]) {
    const result = run(args);
    cli.runs++;
    if (![0, 1, 2].includes(result.code)) cli.badExit++;
    if (/Internal error/.test(result.stderr)) {
      cli.internal++;
      console.log(`internal error (${args[0]}): ${result.stderr.split('\n')[0]} → ${file}`);
    }
    if (/\n\s+at .+:\d+:\d+/.test(result.stderr)) cli.stack++;
    if (result.seconds > cli.slowest)
      [cli.slowest, cli.slowestCommand] = [result.seconds, `${args[0]} ${file}`];
  }
});

// 3. The resource bombs of the issue.
const example = readFileSync(join(ROOT, 'examples/kg-women-colony.yaml'), 'utf8');
const bombDir = join(scratch, 'bombs');
mkdirSync(bombDir, { recursive: true });
const bomb = (name, text) => {
  const file = join(bombDir, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
};
const keys = (n) => Array.from({ length: n }, (_, i) => `  k${i}: v\n`).join('');
const strings = Array.from({ length: 1000 }, (_, i) => `    - "${String(i).padEnd(150, 'x')}"`).join('\n');
const services = Array.from(
  { length: 49 },
  (_, i) =>
    `  - id: s${i}\n    name: Service ${i}\n    type: psychosocial-counselling\n    implementer: cso\n    authorisedBy: *auth\n`,
).join('');
const bombs = BOMBS
  ? [
      ['1,000 unclosed {a: (4 KB)', bomb('braces', `country: KG\nproject: ${'{a: '.repeat(1000)}\n`)],
      ['6,000 unclosed [', bomb('brackets', `country: KG\nproject: ${'['.repeat(6000)}\n`)],
      ['40,000 keys in one map (459 KB)', bomb('keys-40k', `${example}x-many:\n${keys(40_000)}`)],
      ['100,000 keys in one map', bomb('keys-100k', `${example}x-many:\n${keys(100_000)}`)],
      [
        'alias amplification: 1,000 × 150 chars × 49 services',
        bomb(
          'amplified',
          example
            .replace('version: 1', `version: 1\nx-auth: &auth\n${strings}`)
            .replace(/services:\n[\s\S]*?\ncivilSociety:/, `services:\n${services}civilSociety:`),
        ),
      ],
      [
        'a recursive alias',
        bomb('cycle', example.replace('responsibilities:', 'responsibilities: &r\n  x-self: *r')),
      ],
      [
        'a 1.9 MB text field',
        bomb(
          'big-text',
          example.replace(
            'targetGroup:\n  description: >-\n',
            `targetGroup:\n  description: >-\n    ${Array.from({ length: 250_000 }, (_, i) => `w${i}`).join(' ')}\n`,
          ),
        ),
      ],
      ['a 3 MB file', bomb('oversized', `x: ${'a'.repeat(3 * 1024 * 1024)}\n`)],
      ['/dev/zero', '/dev/zero'],
    ]
  : [];
if (BOMBS) {
  const fifo = join(bombDir, 'fifo.yaml');
  execFileSync('mkfifo', [fifo]);
  bombs.push(['a FIFO', fifo]);
}
const bombRows = bombs
  .filter(([name]) => name.includes(ONLY))
  .map(([name, file]) => {
    const validate = run(['validate', file], 30_000);
    const render = run(
      ['render', file, '-o', join(scratch, 'bomb-out'), '--force', '-f', 'md,pdf,docx'],
      60_000,
    );
    const cell = (r) =>
      r.timedOut
        ? `> ${r.seconds.toFixed(0)} s (killed)`
        : `${r.seconds.toFixed(2)} s, ${r.peakMB.toFixed(0)} MB, exit ${r.code}${/Internal error/.test(r.stderr) ? ', Internal error' : ''}`;
    return `| ${name} | ${cell(validate)} | ${cell(render)} |`;
  });

// Report.
console.log(`\nprison-protocol fuzz · seed ${SEED} · ${ROOT} · Node ${process.version}`);
console.log(`\nIn process, ${counts.runs} mutants of ${examples.length} examples (loader + validator):`);
console.log(
  `  refused at load ${counts.refused}, valid ${counts.valid}, crashes ${counts.crashes}, unlocated problems ${counts.unlocated}, bad messages ${counts.badMessages}`,
);
console.log(
  `  time per file: median ${percentile(0.5).toFixed(1)} ms, p99 ${percentile(0.99).toFixed(1)} ms, max ${percentile(1).toFixed(1)} ms; over ${SLOW_MS} ms: ${counts.slow}`,
);
console.log(
  `\nThrough the CLI, ${mutants.length} mutants × validate, check, render -f md (${cli.runs} runs):`,
);
console.log(
  `  exit codes outside 0/1/2: ${cli.badExit}, "Internal error": ${cli.internal}, stack traces: ${cli.stack}; slowest ${cli.slowest.toFixed(2)} s (${cli.slowestCommand.split(' ')[0]})`,
);
if (bombRows.length) {
  console.log('\n| bomb | validate | render (MD + PDF + DOCX) |\n|---|---|---|');
  for (const row of bombRows) console.log(row);
}
console.log(`\nInputs kept in ${scratch}`);
