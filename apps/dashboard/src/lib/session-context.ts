import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { Session } from './session.js'

/** The signed-in session, provided by the app shell. */
export const SessionContext = createContext<Session | undefined>(undefined)

/** The signed-in session; only pages behind the sign-in call it. */
export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside a signed-in page')
  return session
}
