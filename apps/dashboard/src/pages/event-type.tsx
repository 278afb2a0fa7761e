import { Link, useParams } from 'wouter-preact'
import { JsonView } from '../components/json-view.js'
import { Empty, Loading } from '../components/loading.js'
import { ProblemNote } from '../components/problem-note.js'
import { useCatalog } from '../lib/catalog.js'
import { schemaFields } from '../lib/schema-fields.js'
import { useSession } from '../lib/session-context.js'

/** One event type: what it means, its data fields and an example. */
export function EventTypePage() {
  const { client } = useSession()
  const { name } = useParams<{ name: string }>()
  const catalog = useCatalog(client)
  if (!catalog.data)
    return catalog.error ? <ProblemNote error={catalog.error} /> : <Loading what="the event type" />
  const type = catalog.data.find((t) => t.name === name)
  if (!type) {
    return (
      <Empty title={`No event type ${name}`}>
        <Link href="/event-types">See the catalog</Link>
      </Empty>
    )
  }
  const fields = schemaFields(type.schema)
  return (
    <>
      <p class="crumbs">
        <Link href="/event-types">Event catalog</Link>
      </p>
      <h1>
        <code>{type.name}</code>{' '}
        {type.reserved ? <span class="badge reserved">reserved: not sent yet</span> : null}
      </h1>
      <p class="lead">{type.summary}</p>
      <p>{type.description}</p>
      <section aria-labelledby="fields-title">
        <h2 id="fields-title">Fields of data</h2>
        <div class="scroll">
          <table class="table fields">
            <caption class="visually-hidden">Fields of {type.name} data</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Type</th>
                <th scope="col">Required</th>
                <th scope="col">Format</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <code>{f.name}</code>
                  </th>
                  <td data-label="Type">
                    {f.type}
                    {f.enum ? (
                      <div class="muted small">one of {f.enum.map((v) => String(v)).join(', ')}</div>
                    ) : null}
                  </td>
                  <td data-label="Required">{f.required ? 'required' : 'optional'}</td>
                  <td data-label="Format">{f.format ?? <span class="muted">—</span>}</td>
                  <td data-label="Description">{f.description ?? <span class="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="example-title">
        <h2 id="example-title">Example data</h2>
        <JsonView value={type.example} label={`Example data of ${type.name}`} />
      </section>
    </>
  )
}
