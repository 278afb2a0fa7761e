/** The part of a database connection that runs SQL: the pool itself, or a transaction. */
export interface Sql {
  /**
   * Runs one statement. `rowCount` is PostgreSQL's: rows returned by a query (`SELECT`, `RETURNING`),
   * else rows changed by `INSERT`, `UPDATE` or `DELETE`; on both engines.
   */
  query<T extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ rows: T[]; rowCount: number }>
  /**
   * Inside a transaction: runs `callback` once the transaction has committed (never when it rolls
   * back), so work that others must see done, such as waking the delivery workers, follows the
   * commit. Absent outside a transaction, where every statement commits by itself.
   */
  onCommit?(callback: () => void): void
}

/** Which engine a {@link Database} runs on. */
export type StoreKind = 'postgres' | 'pglite'

/**
 * One store, two engines: PostgreSQL through `pg` (shared by any number of processes) or PGlite
 * in-process (the embedded default). The same SQL runs on both.
 */
export interface Database extends Sql {
  readonly kind: StoreKind
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws; then the
   * callbacks registered with `tx.onCommit` run, in order.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>
  /**
   * Calls `onNotify` on each NOTIFY on `channel`; resolves to an unsubscribe function. On PostgreSQL
   * the listening connection reconnects by itself after the server went away.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** Runs after-commit callbacks; one that throws does not stop the others (nor undo the commit). */
export function runCallbacks(callbacks: readonly (() => void)[]): void {
  for (const callback of callbacks) {
    try {
      callback()
    } catch (error) {
      queueMicrotask(() => {
        throw error
      })
    }
  }
}
