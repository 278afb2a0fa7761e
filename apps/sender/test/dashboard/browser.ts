import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { dashboardDistDir } from '../../src/dashboard/dashboard-router.js'

/** Debian's Chromium (`apt-get install chromium`); CI installs it in .ci/run, never a downloaded browser. */
export function findChromium(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH']
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** Launches headless Chromium with the flags this machine and CI need. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

/** Fails with the command to run when the app was not built (`pnpm test` builds it through turbo first). */
export function assertDashboardBuilt(): void {
  const index = join(dashboardDistDir(), 'index.html')
  if (!existsSync(index)) {
    throw new Error(
      `the dashboard is not built (${index} is missing): run pnpm --filter @voicehooks/dashboard build`,
    )
  }
}

/** Screenshots go to apps/sender/test-output/dashboard/ (gitignored), to look at after a run. */
export const SCREENSHOT_DIR = join(import.meta.dirname, '../../test-output/dashboard')

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

/** Evaluates a DOM expression in the page (as a string, since this package's types have no DOM). */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/**
 * Runs axe-core in the page (evaluated over the DevTools protocol, which the page's CSP does not govern)
 * and fails on any serious or critical violation, naming rule and elements.
 */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run()
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target),
    }))
  })
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, `${where}: ${JSON.stringify(serious, null, 1)}`).toEqual([])
}

/** Fails when the page scrolls sideways at its viewport width. */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  // Expressions as strings: they run in the page, and this package's types have no DOM.
  const { scrollWidth, width } = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth })',
  )) as { scrollWidth: number; width: number }
  expect(scrollWidth, `${where}: scrollWidth ${scrollWidth} at a ${width} px viewport`).toBeLessThanOrEqual(
    width,
  )
}

/** One request the receiver got. */
export interface Received {
  headers: IncomingHttpHeaders
  body: string
}

/** A real HTTP receiver on 127.0.0.1 whose answer the test switches (200, or 500 to make deliveries fail). */
export async function startReceiver(): Promise<{
  url: string
  requests: Received[]
  setStatus(code: number): void
  close(): Promise<void>
}> {
  let status = 200
  const requests: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'try later')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    setStatus: (code) => {
      status = code
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
