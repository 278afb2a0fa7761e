#!/usr/bin/env node
// The `voicehooks-codegen` executable. The CLI itself lives in cli.ts, which only defines `main`,
// so importing the package (or any file of it) never runs a command.
import { main } from './cli.js'

process.exitCode = await main(process.argv.slice(2))
