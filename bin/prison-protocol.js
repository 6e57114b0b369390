#!/usr/bin/env node
// A tiny shim: cache compiled code between runs where Node has it (22.1+), then hand over to the
// CLI (one bundled file, see scripts/build.mjs).
import module from 'node:module';

module.enableCompileCache?.();
// `prison-protocol … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import('../dist/lib/main.js');
process.exitCode = await main(process.argv.slice(2));
