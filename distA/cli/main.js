#!/usr/bin/env node
import { runDetectCli } from './detectCli.js';
import { runCli } from './runCli.js';
import { runTuneCli } from './tuneCli.js';
// The only place that touches process: argv in, exit code out.
const args = process.argv.slice(2);
const subcommands = { detect: runDetectCli, tune: runTuneCli };
const sub = subcommands[args[0]];
const code = await (sub ? sub(args.slice(1), io()) : runCli(args, io()));
process.exitCode = code;
function io() {
    return {
        cwd: process.env.INIT_CWD ?? process.cwd(),
        stdout: (text) => process.stdout.write(`${text}\n`),
        stderr: (text) => process.stderr.write(text.startsWith('\r') ? text : `${text}\n`),
        interactive: Boolean(process.stdout.isTTY && process.stderr.isTTY) && !process.env.CI,
    };
}
