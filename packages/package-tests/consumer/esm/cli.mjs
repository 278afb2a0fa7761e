// Named cli.mjs on purpose: importing the codegen package from a script called "cli" must not run
// its command line.
import { generate, main } from '@voicehooks/codegen'

console.log(typeof generate === 'function' && typeof main === 'function' ? 'imported' : 'missing exports')
