import { useCallback, useEffect, useRef, useState } from 'preact/hooks'

/** The state of something loaded from the API. */
export interface AsyncState<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  /** Loads again, keeping the current data on screen meanwhile. */
  reload(): Promise<void>
}

/**
 * Runs `load` now and whenever `deps` change; answers from an older run are dropped, so a fast typist or a
 * quick page change never sees stale rows.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [loading, setLoading] = useState(true)
  const run = useRef(0)
  const reload = useCallback(async () => {
    const mine = ++run.current
    setLoading(true)
    try {
      const value = await load()
      if (mine !== run.current) return
      setData(value)
      setError(undefined)
    } catch (caught) {
      if (mine === run.current) setError(caught)
    } finally {
      if (mine === run.current) setLoading(false)
    }
  }, deps)
  useEffect(() => {
    void reload()
  }, [reload])
  return { data, error, loading, reload }
}

/** Calls `tick` every `ms` while `active`, e.g. to watch a delivery until it is delivered. */
export function useInterval(tick: () => void, ms: number, active: boolean): void {
  const saved = useRef(tick)
  saved.current = tick
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => saved.current(), ms)
    return () => clearInterval(timer)
  }, [ms, active])
}
