#!/usr/bin/env node
import { runCli } from './runCli.js';

// The only place that touches process: argv in, exit code out.
const code = await runCli(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(text.startsWith('\r') ? text : `${text}\n`),
  interactive: Boolean(process.stdout.isTTY && process.stderr.isTTY) && !process.env.CI,
});
process.exitCode = code;
