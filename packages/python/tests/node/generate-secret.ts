// Prints a fresh secret from the TypeScript signer, so the Python tests use the real secret format.
import { generateSecret } from '@voicehooks/signing'

process.stdout.write(generateSecret())
