#!/usr/bin/env node
// The CLI runs from dist/, compiled from generator/ by `npm run build`; the published tarball ships it built.
import { main } from '../dist/generator/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
