import { execFile } from 'node:child_process'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Where Debian puts the PostgreSQL 15 server binaries; `PG_BIN` overrides it. */
export const PG_BIN = process.env['PG_BIN'] || '/usr/lib/postgresql/15/bin'

/**
 * A PostgreSQL server of one test's own, in a temp folder on a spare port, so a test can stop and
 * restart it without touching the shared server the rest of the suite uses.
 */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`. */
  url: string
  port: number
  /** A URL of the same server naming another database. */
  urlOf(database: string): string
  /** Stops the server (fast shutdown: connections are cut, as in a restart by an operator). */
  stop(): Promise<void>
  /** Starts it again on the same data and port. */
  start(): Promise<void>
  /** Stops it, and removes its folder. Safe to call twice. */
  destroy(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * Creates and starts a throwaway PostgreSQL cluster: `initdb` (trust auth, no fsync: it holds test
 * data only) and `pg_ctl start`, with `settings` (`name=value`) added to the server's. PostgreSQL refuses to run as root, so under root the binaries run
 * as the `postgres` user, who then owns the folder.
 */
export async function startPostgresCluster(
  options: { settings?: readonly string[] } = {},
): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'vh-pgcluster-'))
  const data = join(dir, 'data')
  const asRoot = userInfo().uid === 0
  const pg = async (binary: string, args: string[]) => {
    const command = join(PG_BIN, binary)
    const result = asRoot
      ? await run('runuser', ['-u', 'postgres', '--', command, ...args], { cwd: dir })
      : await run(command, args, { cwd: dir })
    return result.stdout
  }
  if (asRoot) {
    const { uid, gid } = await userIdsOf('postgres')
    await chown(dir, uid, gid)
  }
  const port = await freePort()
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'])
  const extra = (options.settings ?? []).map((setting) => `-c ${setting}`).join(' ')
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100 ${extra}`
  const start = async () => {
    await pg('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      serverOptions,
      '-w',
      '-t',
      '60',
      'start',
    ])
  }
  const stop = async () => {
    await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'])
  }
  await start()
  let destroyed = false
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`
  return {
    url: urlOf('postgres'),
    port,
    urlOf,
    start,
    stop,
    async destroy() {
      if (destroyed) return
      destroyed = true
      await stop().catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

async function userIdsOf(name: string): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', name])
  const { stdout: group } = await run('id', ['-g', name])
  return { uid: Number(stdout.trim()), gid: Number(group.trim()) }
}
