/**
 * Offset of the first syntax error in `text`, which JSON.parse has already refused. V8's messages
 * give a position only for some errors ("Unexpected token '}', … is not valid JSON" has none),
 * and a partner fixing a capture needs the line.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0
  const fail = (): never => {
    throw i
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const literal = (word: string) => {
    if (!text.startsWith(word, i)) fail()
    i += word.length
  }
  const string = () => {
    i++
    while (i < text.length) {
      const char = text[i]!
      if (char === '"') {
        i++
        return
      }
      if (char < ' ') fail()
      if (char !== '\\') {
        i++
        continue
      }
      i++ // an error in an escape is reported at the character after the backslash
      if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5
      else if (text[i] !== 'u' && '"\\/bfnrt'.includes(text[i] ?? 'x')) i++
      else fail()
    }
    fail()
  }
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i))
    if (match === null) fail()
    i += match![0].length
  }
  const container = (close: string, member: () => void) => {
    i++
    ws()
    if (text[i] === close) {
      i++
      return
    }
    for (;;) {
      member()
      ws()
      if (text[i] === close) {
        i++
        return
      }
      if (text[i] !== ',') fail()
      i++
    }
  }
  const property = () => {
    ws()
    if (text[i] !== '"') fail()
    string()
    ws()
    if (text[i] !== ':') fail()
    i++
    value()
  }
  const value = (): void => {
    ws()
    const char = text[i]
    if (char === '{') container('}', property)
    else if (char === '[') container(']', value)
    else if (char === '"') string()
    else if (char === 't') literal('true')
    else if (char === 'f') literal('false')
    else if (char === 'n') literal('null')
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number()
    else fail()
  }
  try {
    value()
    ws()
    if (i < text.length) fail()
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length)
    throw offset
  }
  return text.length
}

/** Offsets where each element of a top-level JSON array starts (valid JSON only). */
export function arrayElementOffsets(text: string): number[] {
  const offsets: number[] = []
  let depth = 0
  let inString = false
  let expectElement = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
      continue
    }
    if (expectElement && !' \t\n\r'.includes(char)) {
      expectElement = false
      if (char !== ']') offsets.push(i)
    }
    if (char === '"') inString = true
    else if (char === '[' || char === '{') {
      depth++
      if (depth === 1 && char === '[') expectElement = true
    } else if (char === ']' || char === '}') depth--
    else if (char === ',' && depth === 1) expectElement = true
  }
  return offsets
}

/** 1-based line of `offset`. */
export function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}
