#!/usr/bin/env node
// A tiny shim: cache compiled code between runs (Node >= 22.1), then hand over to the CLI.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
