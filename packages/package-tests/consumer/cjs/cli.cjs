'use strict'
// Named cli.cjs on purpose: requiring the codegen package from a script called "cli" must not run
// its command line.
const { generate, main } = require('@voicehooks/codegen')

console.log(typeof generate === 'function' && typeof main === 'function' ? 'imported' : 'missing exports')
