#!/usr/bin/env node
// The CLI is compiled from generator/ by `npm run build` (run by npm's `prepare` on install).
import { main } from '../dist/generator/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
