#!/usr/bin/env node
// The benchmark behind the README's "Performance" section (`npm run bench`). It times the built
// CLI as users run it: whole processes, medians of several runs, peak memory from the kernel
// and CPU seconds (/usr/bin/time where available). Not a test: it measures, it does not judge.
// Shorter runs: BENCH_RUNS (single commands, default 7), BENCH_BATCH (files, 200; 0: no batch),
// BENCH_BATCH_RUNS (rounds per batch row, 3), BENCH_MEMORY=0 (skip the 100/1,000-file rows).
// Before and after a change: BENCH_BASELINE=<other checkout>/bin/prison-protocol.js adds batch
// rows for that build and this one, run alternately on the same files (made from the baseline
// checkout's own example, which both builds accept: an older build refuses keys added since);
// BENCH_ONLY_BASELINE=1 runs only those rows.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'prison-protocol.js');
const EXAMPLE = join(ROOT, 'examples', 'kg-women-colony.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs a command once; returns wall seconds, and where /usr/bin/time exists, peak RSS in MB and
 * CPU seconds (user + system, all threads): CPU above wall time means more than one core worked.
 */
function once(command, args, options = {}) {
  const argv = TIME ? ['-f', '%M %U %S', command, ...args] : args;
  const start = performance.now();
  const result = spawnSync(TIME ?? command, argv, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...options,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  const [rssKb, user, system] = TIME ? result.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
  return { seconds, rssMb: rssKb / 1024, cpuSeconds: user + system };
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** A batch of generated answers files: the example with a different title and institution each. */
function makeBatch(count, example = EXAMPLE) {
  const dir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
  const source = readFileSync(example, 'utf8');
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `region-${i % 10}`);
    mkdirSync(folder, { recursive: true });
    const text = source.replace(/^( {2}title: )(.*)$/m, `$1$2 (site ${i + 1})`);
    writeFileSync(join(folder, `project-${i + 1}.yaml`), text);
  }
  return dir;
}

/** How a batch is run: a job count, optionally confined to one core (`taskset -c 0`). */
const JOBS_1 = { label: '--jobs 1', jobs: 1 };
const JOBS_2 = { label: '--jobs 2', jobs: 2 };
const JOBS_1_ONE_CORE = { label: '--jobs 1, confined to one core (taskset)', jobs: 1, oneCore: true };

/**
 * Batch rows for several ways of running on the same generated files. Runs alternate between
 * them, so a slow spell of a shared machine weighs on every row alike.
 */
function batchRows(count, variants, rounds = BATCH_RUNS, example = EXAMPLE) {
  const input = makeBatch(count, example);
  const out = mkdtempSync(join(tmpdir(), 'pp-bench-out-'));
  const runs = new Map(variants.map((variant) => [variant, []]));
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) {
      const bin = variant.bin ?? BIN;
      const args = [bin, 'render', input, '-o', out, '--force', '--quiet', '--jobs', String(variant.jobs)];
      runs
        .get(variant)
        .push(
          variant.oneCore
            ? once('taskset', ['-c', '0', process.execPath, ...args])
            : once(process.execPath, args),
        );
    }
  }
  rmSync(input, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return variants.map((variant) => {
    const measured = runs.get(variant);
    const seconds = median(measured.map((r) => r.seconds));
    return {
      ...variant,
      count,
      seconds,
      filesPerSecond: count / seconds,
      docsPerSecond: (count * 4) / seconds,
      rssMb: median(measured.map((r) => r.rssMb)),
      cpuSeconds: median(measured.map((r) => r.cpuSeconds)),
    };
  });
}

/**
 * pandoc + LibreOffice on our MoU Markdown, for comparison: cold (a fresh LibreOffice profile
 * each run, as on a first use or in CI) and warm (a profile already made by an earlier run).
 */
function pandocRows(work) {
  if (!has('pandoc') || !has('soffice')) return undefined;
  const md = join(work, 'kg-women-colony.mou.en.md');
  const warmProfile = mkdtempSync(join(tmpdir(), 'pp-bench-lo-warm-'));
  const run = (profile) => {
    const start = performance.now();
    execFileSync('pandoc', [md, '-o', join(work, 'x.docx')]);
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf'];
    execFileSync('soffice', [...args, '--outdir', work, join(work, 'x.docx')], { stdio: 'ignore' });
    return (performance.now() - start) / 1000;
  };
  run(warmProfile); // makes the warm profile
  const cold = [];
  const warm = [];
  for (let i = 0; i < Math.max(3, Math.floor(RUNS / 2)); i++) {
    const fresh = mkdtempSync(join(tmpdir(), 'pp-bench-lo-cold-'));
    cold.push(run(fresh));
    rmSync(fresh, { recursive: true, force: true });
    warm.push(run(warmProfile));
  }
  rmSync(warmProfile, { recursive: true, force: true });
  return { cold: median(cold), warm: median(warm) };
}

/**
 * Single commands measured side by side: one run of each in turn, round after round, so that a
 * slow spell of a shared machine weighs on every row alike (and on bare Node, the yardstick).
 */
function timedTogether(specs) {
  for (const spec of specs) once(spec.command, spec.args); // warm the file-system cache
  const runs = specs.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    specs.forEach((spec, index) => runs[index].push(once(spec.command, spec.args)));
  }
  return specs.map((spec, index) => ({
    label: spec.label,
    seconds: median(runs[index].map((r) => r.seconds)),
    cpuSeconds: median(runs[index].map((r) => r.cpuSeconds)),
    rssMb: median(runs[index].map((r) => r.rssMb)),
  }));
}

/** Batch rows of an earlier build (BENCH_BASELINE) against this one, alternating round by round. */
function baselineRows() {
  const baseline = process.env.BENCH_BASELINE;
  if (!baseline) return;
  const variants = [
    { label: 'before (BENCH_BASELINE) --jobs 1', jobs: 1, bin: resolve(baseline) },
    { label: 'after (this build) --jobs 1', jobs: 1 },
    { label: 'before (BENCH_BASELINE) --jobs 2', jobs: 2, bin: resolve(baseline) },
    { label: 'after (this build) --jobs 2', jobs: 2 },
  ];
  console.log(
    `\n| before / after (${BATCH} files, MD + PDF, alternating) | wall (s) | CPU (s) | files/s | peak RSS (MB) |\n|---|---:|---:|---:|---:|`,
  );
  // The baseline's example: the answers format only grows, so the newer build reads it too.
  const example = join(resolve(baseline), '..', '..', 'examples', 'kg-women-colony.yaml');
  const measured = batchRows(BATCH, variants, BATCH_RUNS, existsSync(example) ? example : EXAMPLE);
  for (const b of measured) {
    console.log(
      `| ${b.label} | ${b.seconds.toFixed(2)} | ${b.cpuSeconds.toFixed(2)} | ${b.filesPerSecond.toFixed(1)} | ${b.rssMb.toFixed(0)} |`,
    );
  }
  for (const jobs of [0, 2]) {
    const ratio = measured[jobs + 1].filesPerSecond / measured[jobs].filesPerSecond;
    const cpu = measured[jobs + 1].cpuSeconds / measured[jobs].cpuSeconds;
    console.log(
      `after / before, --jobs ${variants[jobs].jobs}: files per second ${ratio.toFixed(3)}, CPU seconds ${cpu.toFixed(3)}`,
    );
  }
}

if (process.env.BENCH_ONLY_BASELINE === '1') {
  baselineRows();
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'pp-bench-one-'));
const spec = (label, args) => ({ label, command: process.execPath, args });
const rows = timedTogether([
  spec("bare node -e ''", ['-e', '']),
  spec('prison-protocol --help', [BIN, '--help']),
  spec('validate (1 file)', [BIN, 'validate', EXAMPLE]),
  spec('check (1 file)', [BIN, 'check', EXAMPLE]),
  spec('render 1 file → MoU + concept note, MD + PDF', [BIN, 'render', EXAMPLE, '-o', work, '--force', '-q']),
  spec('render 1 file → MD + PDF + DOCX', [
    BIN,
    'render',
    EXAMPLE,
    '-o',
    work,
    '--force',
    '-q',
    '-f',
    'md,pdf,docx',
  ]),
]);
const pandoc = pandocRows(work);

console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${RUNS} runs, medians\n`,
);
console.log('| what | wall (s) | CPU (s) | peak RSS (MB) |\n|---|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${row.label} | ${row.seconds.toFixed(3)} | ${row.cpuSeconds.toFixed(3)} | ${row.rssMb.toFixed(0)} |`,
  );
}
if (pandoc !== undefined) {
  console.log(
    `| pandoc + LibreOffice, our MoU Markdown → PDF (1 document), cold profile | ${pandoc.cold.toFixed(3)} | – | – |`,
  );
  console.log(`| pandoc + LibreOffice, the same, warm profile | ${pandoc.warm.toFixed(3)} | – | – |`);
} else console.log('| pandoc + LibreOffice | not installed | – | – |');

// BENCH_BATCH=0: the single commands only (to compare Node versions, say).
const batches = BATCH > 0 ? batchTable() : [];

function batchTable() {
  console.log(
    `\n| batch (${BATCH} files → ${BATCH * 4} documents, MD + PDF) | wall (s) | CPU (s) | files/s | documents/s | peak RSS (MB) |\n|---|---:|---:|---:|---:|---:|`,
  );
  // One core shows what a single job costs without V8's helper threads on the other core.
  const batches = batchRows(BATCH, has('taskset') ? [JOBS_1, JOBS_2, JOBS_1_ONE_CORE] : [JOBS_1, JOBS_2]);
  for (const b of batches) {
    console.log(
      `| ${b.label} | ${b.seconds.toFixed(2)} | ${b.cpuSeconds.toFixed(2)} | ${b.filesPerSecond.toFixed(1)} | ${b.docsPerSecond.toFixed(1)} | ${b.rssMb.toFixed(0)} |`,
    );
  }
  const memory =
    process.env.BENCH_MEMORY === '0' ? [] : [...batchRows(100, [JOBS_2], 1), ...batchRows(1000, [JOBS_2], 1)];
  if (memory.length === 2) {
    console.log(
      `\nPeak RSS, --jobs 2: 100 files ${memory[0].rssMb.toFixed(0)} MB, 1000 files ${memory[1].rssMb.toFixed(0)} MB (ratio ${(memory[1].rssMb / memory[0].rssMb).toFixed(2)})`,
    );
  }
  return batches;
}

const times = (row) =>
  `${(row.seconds / rows[0].seconds).toFixed(2)}× wall, ${(row.cpuSeconds / rows[0].cpuSeconds).toFixed(2)}× CPU`;
console.log(`\n--help / bare node: ${times(rows[1])} (target ≤ 1.25×)`);
console.log(`render MD + PDF / bare node: ${times(rows[4])} (target ≤ 4.5×)`);
if (batches.length > 0)
  console.log(`--jobs 2 / --jobs 1 speed-up: ${(batches[0].seconds / batches[1].seconds).toFixed(2)}×`);
if (batches[2])
  console.log(`--jobs 2 / --jobs 1 on one core: ${(batches[2].seconds / batches[1].seconds).toFixed(2)}×`);
if (pandoc !== undefined)
  console.log(
    `pandoc+LibreOffice (1 doc) / prison-protocol (4 docs): cold ${(pandoc.cold / rows[4].seconds).toFixed(1)}×, warm ${(pandoc.warm / rows[4].seconds).toFixed(1)}×`,
  );
rmSync(work, { recursive: true, force: true });
baselineRows();
