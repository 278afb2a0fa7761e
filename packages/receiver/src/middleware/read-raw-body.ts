import type { IncomingMessage } from 'node:http'
import { bodyTooLarge } from '../errors.js'

/** The client went away (or the stream broke) before the body ended: there is nobody to answer. */
export class BodyReadError extends Error {
  override readonly name = 'BodyReadError'
  readonly code = 'body_read_failed'
}

/**
 * Reads the request body as bytes, at most `limit` of them. A declared `Content-Length` over the
 * limit fails before anything is read; a body that grows past it stops being read at once.
 *
 * @throws {ReceiverError} `body_too_large`
 * @throws {BodyReadError} when the request ends abnormally.
 */
export function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(bodyTooLarge(limit, declared))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const cleanup = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('close', onClose)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        cleanup()
        req.pause()
        reject(bodyTooLarge(limit))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanup()
      // A webhook body usually arrives in one chunk: no copy then.
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size))
    }
    const onError = (error: Error) => {
      cleanup()
      reject(new BodyReadError(`Reading the body failed: ${error.message}`, { cause: error }))
    }
    const onClose = () => {
      cleanup()
      reject(new BodyReadError('The client closed the connection before the body ended'))
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
    req.on('close', onClose)
  })
}
