import type { Attempt } from '@voicehooks/client'
import { Time } from './time.js'

function HeadersTable({ headers }: { headers: Readonly<Record<string, string>> }) {
  return (
    <div class="scroll">
      <table class="table headers">
        <caption class="visually-hidden">Request headers</caption>
        <thead>
          <tr>
            <th scope="col">Header</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(headers).map(([name, value]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                <code class={value === '[redacted]' ? 'redacted' : 'wrap'}>{value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Every attempt, oldest first: time, duration, answer, error, response excerpt and the headers sent. */
export function AttemptList({ attempts }: { attempts: readonly Attempt[] }) {
  if (attempts.length === 0) return <p class="muted">No attempt yet.</p>
  return (
    <ol class="attempts">
      {attempts.map((a) => {
        const ok = a.error === null && a.status_code !== null && a.status_code < 300
        return (
          <li key={a.attempt} class={`attempt ${ok ? 'ok' : 'bad'}`} data-testid="attempt">
            <div class="attempt-head">
              <strong>Attempt {a.attempt}</strong>
              <span class={`badge ${ok ? 'status-delivered' : 'status-failed'}`}>
                {a.status_code ? `HTTP ${a.status_code}` : 'No answer'}
              </span>
              <span class="muted">{a.duration_ms} ms</span>
              <Time iso={a.started_at} />
            </div>
            {a.error ? <p class="attempt-error">{a.error}</p> : null}
            {a.response_excerpt ? (
              <>
                <h4>Response</h4>
                <pre class="excerpt">
                  <code>{a.response_excerpt}</code>
                </pre>
              </>
            ) : null}
            {a.request_headers ? (
              <details>
                <summary>Request headers ({Object.keys(a.request_headers).length})</summary>
                <HeadersTable headers={a.request_headers} />
                <p class="muted small">
                  Signatures are shown as sent; secrets never are, and values of headers you configured are
                  redacted.
                </p>
              </details>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
