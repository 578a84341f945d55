#!/usr/bin/env node
// The CLI runs from dist/, compiled from generator/ by `npm run build`; the published tarball ships it built.
import { main } from '../dist/generator/cli/main.js';

// `main` turns every failure into an exit code and one message; a failure outside it (a worker
// thread, a stray rejection) is still a bug of apiwright's: one line and exit 70, no stack trace.
const fail = (error) => {
  process.stderr.write(`apiwright: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exit(70);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

process.exitCode = await main(process.argv.slice(2));
