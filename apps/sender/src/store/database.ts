/** The part of a database connection that runs SQL: the pool itself, or a transaction. */
export interface Sql {
  query<T extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ rows: T[]; rowCount: number }>
}

/**
 * One store, two engines: PostgreSQL through `pg` (shared by any number of sender processes) or
 * PGlite in-process (the embedded default). The same SQL runs on both.
 */
export interface Database extends Sql {
  readonly kind: 'postgres' | 'pglite'
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>
  /** Calls `onNotify` on each NOTIFY on `channel`; resolves to an unsubscribe function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}
