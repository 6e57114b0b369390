// Loaded with `node --import` by measured test runs: on exit, writes this process's peak
// resident size (KB, worker threads included) to the file named by PP_MAX_RSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.PP_MAX_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
