// Signs with the TypeScript signer (@voicehooks/signing), so the Python verifier is tested against
// signatures it did not make itself. One process serves the whole test session: each stdin line is
// a JSON case { id, timestamp, body, secrets, scheme?, prefix? }; each stdout line its headers.
import { createInterface } from 'node:readline'
import { type SignatureScheme, sign } from '@voicehooks/signing'

interface SignCase {
  id: string
  timestamp: number
  body: string
  secrets: string[]
  scheme?: SignatureScheme
  prefix?: string
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue
  const { id, timestamp, body, secrets, scheme, prefix } = JSON.parse(line) as SignCase
  const headers = sign({
    id,
    timestamp,
    body,
    secrets,
    ...(scheme ? { scheme } : {}),
    ...(prefix ? { prefix } : {}),
  })
  process.stdout.write(`${JSON.stringify(headers)}\n`)
}
