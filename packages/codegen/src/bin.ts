#!/usr/bin/env node
// The `voicehooks-codegen` executable. The commands live in cli.ts and diff/, which only define
// functions, so importing the package (or any file of it) never runs a command.
import { main } from './cli.js'
import { DIFF_USAGE, diffCommand } from './diff/index.js'

const USAGE = `Usage:
  voicehooks-codegen [--check] [--root DIR] [--out DIR]
      generate the contracts package (types, validators, catalog, examples) from specs/;
      --check only compares and exits 1 naming each stale file
  ${DIFF_USAGE.replaceAll('\n', '\n  ')}`

const argv = process.argv.slice(2)
if (argv[0] === 'diff') process.exitCode = await diffCommand(argv.slice(1))
else if (argv.includes('--help') || argv.includes('-h')) console.log(USAGE)
else process.exitCode = await main(argv)
