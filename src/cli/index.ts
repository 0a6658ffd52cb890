#!/usr/bin/env node
import '../sql/wasm-dirname.js';
import { runCli } from '../cli.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
});
process.exitCode = code;
