/** One element of a parsed XML document: enough to check JUnit output without an XML library. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g

/**
 * Parses well-formed XML (declaration, elements, attributes, text; no DTD, comments or CDATA) and
 * throws on anything malformed: unbalanced tags, stray `<` or `&`, unquoted attributes.
 */
export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '')
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>/y
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack = [root]
  let i = 0
  while (i < body.length) {
    const next = body.indexOf('<', i)
    const text = body.slice(i, next < 0 ? body.length : next)
    if (text.replace(ENTITY, '').includes('&')) throw new Error(`unescaped & near ${JSON.stringify(text)}`)
    stack.at(-1)!.text += decode(text)
    if (next < 0) break
    tag.lastIndex = next
    const match = tag.exec(body)
    if (match === null)
      throw new Error(`malformed tag at ${next}: ${JSON.stringify(body.slice(next, next + 40))}`)
    const [whole, closing, name, attributeText, selfClosing] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ]
    if (closing) {
      const open = stack.pop()
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`)
    } else {
      const attributes: Record<string, string> = {}
      for (const [, key, value] of attributeText.matchAll(/([\w.:-]+)="([^"<]*)"/g)) {
        if (value!.replace(ENTITY, '').includes('&')) throw new Error(`unescaped & in ${key}`)
        attributes[key!] = decode(value!)
      }
      const element: XmlElement = { name, attributes, children: [], text: '' }
      stack.at(-1)!.children.push(element)
      if (!selfClosing) stack.push(element)
    }
    i = next + whole.length
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`)
  if (root.children.length !== 1 || root.text.trim() !== '')
    throw new Error('expected exactly one root element')
  return root.children[0]!
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Every descendant element named `name`. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...findAll(child, name),
  ])
}
