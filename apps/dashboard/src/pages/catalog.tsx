import { Link } from 'wouter-preact'
import { Loading } from '../components/loading.js'
import { ProblemNote } from '../components/problem-note.js'
import { useCatalog } from '../lib/catalog.js'
import { useSession } from '../lib/session-context.js'

/** Every event type the platform can send, from `GET /v1/event-types`. */
export function CatalogPage() {
  const { client } = useSession()
  const catalog = useCatalog(client)
  return (
    <>
      <h1>Event catalog</h1>
      <p class="lead">
        Every event an endpoint can receive, with its fields and an example. Reserved types are catalogued but
        not sent yet.
      </p>
      <ProblemNote error={catalog.error} />
      {catalog.data ? (
        <ul class="catalog">
          {catalog.data.map((type) => (
            <li key={type.name} class="card catalog-item" data-testid="event-type">
              <h2>
                <Link href={`/event-types/${type.name}`}>
                  <code>{type.name}</code>
                </Link>
                {type.reserved ? <span class="badge reserved">reserved</span> : null}
              </h2>
              <p>{type.summary}</p>
            </li>
          ))}
        </ul>
      ) : catalog.error ? null : (
        <Loading what="the event catalog" />
      )}
    </>
  )
}
