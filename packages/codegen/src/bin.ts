#!/usr/bin/env node
// The `voicehooks-codegen` executable. The commands live in cli.ts, generate-command.ts,
// init-command.ts and diff/, which only define functions, so importing the package (or any file of
// it) never runs a command.
import { main } from './cli.js'
import { DIFF_USAGE, diffCommand } from './diff/index.js'
import { GENERATE_USAGE, generateCommand } from './generate-command.js'
import { INIT_USAGE, initCommand } from './init-command.js'

const indent = (text: string) => text.replaceAll('\n', '\n  ')

const USAGE = `Usage:
  ${indent(GENERATE_USAGE)}

  ${indent(INIT_USAGE)}

  voicehooks-codegen [--check] [--root DIR] [--out DIR]
      in the Voicehooks repository: generate the contracts package (types, validators, catalog,
      examples) from specs/; --check only compares and exits 1 naming each stale file

  ${indent(DIFF_USAGE)}`

const argv = process.argv.slice(2)
const [command, ...rest] = argv
if (command === 'diff') process.exitCode = await diffCommand(rest)
else if (command === 'generate') process.exitCode = await generateCommand(rest)
else if (command === 'init') process.exitCode = await initCommand(rest)
else if (argv.includes('--help') || argv.includes('-h')) console.log(USAGE)
else process.exitCode = await main(argv)
