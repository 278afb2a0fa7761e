import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Request, type Response, Router } from 'express'

const STATIC_DIR = join(import.meta.dirname, 'static')

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
}

// Same origin only, no inline script or style: the page renders delivery data it does not control.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * The dashboard page (`/dashboard`): endpoints with their delivery summaries, deliveries with
 * attempts, retry and test-event buttons. It is a static client of the management API, so it
 * can do nothing an API key cannot; files are read once at start.
 */
export function dashboardRouter(): Router {
  const router = Router()
  const bodies = new Map(
    Object.entries(FILES).map(([path, f]) => [path, readFileSync(join(STATIC_DIR, f.file))]),
  )
  router.get(['/', '/app.js', '/style.css'], (req: Request, res: Response) => {
    const path = req.path === '' ? '/' : req.path
    const entry = FILES[path]
    const body = bodies.get(path)
    if (!entry || !body) {
      res.status(404).end()
      return
    }
    res.set({
      'content-type': entry.type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    })
    res.send(body)
  })
  return router
}
