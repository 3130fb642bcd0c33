#!/usr/bin/env node
import { runCli } from './runCli.js';
import { runTuneCli } from './tuneCli.js';

// The only place that touches process: argv in, exit code out.
const args = process.argv.slice(2);
const command = args[0] === 'tune' ? runTuneCli : runCli;
const code = await command(args[0] === 'tune' ? args.slice(1) : args, {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(text.startsWith('\r') ? text : `${text}\n`),
  interactive: Boolean(process.stdout.isTTY && process.stderr.isTTY) && !process.env.CI,
});
process.exitCode = code;
