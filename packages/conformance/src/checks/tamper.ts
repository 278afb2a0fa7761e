import { validateEvent } from '@voicehooks/contracts'

/**
 * `body` with one byte of its `data` changed, still valid JSON and still a valid event, so the
 * only reason left to refuse it is the signature. A digit is bumped (never to a leading zero);
 * failing that, a letter's case is flipped.
 */
export function tamperOneByte(body: string): string {
  const start = body.indexOf('"data"')
  for (let index = Math.max(start, 0); index < body.length; index++) {
    const char = body[index]!
    let replacement: string | undefined
    if (char >= '0' && char <= '9') replacement = char === '9' ? '8' : String(Number(char) + 1)
    else if (/[a-zA-Z]/.test(char) && body[index - 1] !== '\\') replacement = flipCase(char)
    if (replacement === undefined) continue
    const candidate = body.slice(0, index) + replacement + body.slice(index + 1)
    if (isValidEvent(candidate)) return candidate
  }
  throw new Error('tamperOneByte: no byte of data can change while keeping a valid event')
}

function flipCase(char: string): string {
  return char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()
}

function isValidEvent(text: string): boolean {
  try {
    return validateEvent(JSON.parse(text)).ok
  } catch {
    return false
  }
}
