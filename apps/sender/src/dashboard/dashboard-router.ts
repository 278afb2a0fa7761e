import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import express, { type Request, type Response, Router } from 'express'
import { ApiProblem } from '../api/problem.js'

// Same origin only, no inline script or style: the app renders delivery data it does not control. Images
// may also come over https, for the logo a portal's theme names.
export const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const SECURITY_HEADERS = {
  'content-security-policy': DASHBOARD_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
}

/** Where the built app is: `dist/` of the `@voicehooks/dashboard` workspace package. */
export function dashboardDistDir(): string {
  const manifest = createRequire(import.meta.url).resolve('@voicehooks/dashboard/package.json')
  return join(dirname(manifest), 'dist')
}

/**
 * The dashboard (`/dashboard`): the single-page app of `@voicehooks/dashboard`, a client of the public
 * management API, so it can do nothing its credential cannot. Hashed assets are cached for a year; every
 * other path under `/dashboard` answers the app's `index.html`, whose router shows the page. Without a
 * build, it answers 503 saying how to make one.
 */
export function dashboardRouter(distDir = dashboardDistDir()): Router {
  const router = Router()
  const index = join(distDir, 'index.html')
  router.use((_req, res, next) => {
    res.set(SECURITY_HEADERS)
    next()
  })
  router.use(
    '/assets',
    express.static(join(distDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
    }),
  )
  // A missing asset is a 404, never the app's page (a stale tab asking for an old bundle must see it fail).
  router.use('/assets', (req: Request) => {
    throw new ApiProblem('not_found', `No dashboard asset ${req.path}.`)
  })
  router.get(/.*/, (_req: Request, res: Response) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The dashboard is not built. Run `pnpm --filter @voicehooks/dashboard build` (or `pnpm start`).\n',
        )
      return
    }
    res.set('cache-control', 'no-cache').sendFile(index)
  })
  return router
}
