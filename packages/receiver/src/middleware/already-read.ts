import type { NodeRequest } from './node.js'

/**
 * The raw body when something read the stream before the middleware, as bytes or text;
 * `undefined` when the stream is still unread; `'gone'` when it was read and only a parsed value is
 * left (nothing to verify any more).
 *
 * Kept bytes are taken wherever the common recipes put them: `req.rawBody` (the
 * `express.json({ verify })` recipe; Firebase and Google Cloud Functions), a Buffer in `req.body`
 * (`express.raw()`), a string in `req.body` (`express.text()`, decoded as UTF-8 like the sender's
 * JSON, so it verifies).
 */
export function alreadyRead(req: NodeRequest): Uint8Array | string | 'gone' | undefined {
  const { rawBody, body } = req
  if (rawBody instanceof Uint8Array || typeof rawBody === 'string') return rawBody
  if (body instanceof Uint8Array || typeof body === 'string') return body
  if (req._body === true || req.readableEnded) return 'gone'
  // Express 4's parsers set `req.body = {}` even when they skip a request: the stream is still unread.
  if (body === undefined || isEmptyPlainObject(body)) return undefined
  return 'gone'
}

function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return (prototype === Object.prototype || prototype === null) && Object.keys(value).length === 0
}
