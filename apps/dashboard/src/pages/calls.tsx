import type { CallStatus } from '@voicehooks/client'
import { useState } from 'preact/hooks'
import { Link } from 'wouter-preact'
import { Empty, Loading } from '../components/loading.js'
import { Pager } from '../components/pager.js'
import { ProblemNote } from '../components/problem-note.js'
import { Time } from '../components/time.js'
import { useSession } from '../lib/session-context.js'
import { useAsync } from '../lib/use-async.js'

const PAGE = 20
const STATUSES: CallStatus[] = ['registered', 'ongoing', 'completed', 'failed', 'error', 'cancelled']

/** Registered calls whose status changes are called back, newest first. */
export function CallsPage() {
  const { client } = useSession()
  const [offset, setOffset] = useState(0)
  const [status, setStatus] = useState('')
  const list = useAsync(
    () => client.calls.list({ offset, limit: PAGE, ...(status ? { status: [status as CallStatus] } : {}) }),
    [client, offset, status],
  )
  return (
    <>
      <h1>Calls</h1>
      <p class="lead">
        Calls registered with a callback URL: each status change is POSTed there. Open one for its history and
        callbacks.
      </p>
      <div class="filters">
        <div class="field">
          <label for="call-status">Status</label>
          <select
            id="call-status"
            value={status}
            onChange={(e) => {
              setOffset(0)
              setStatus(e.currentTarget.value)
            }}
          >
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ProblemNote error={list.error} />
      {list.loading && !list.data ? <Loading what="calls" /> : null}
      {list.data && list.data.total === 0 ? (
        <Empty title="No calls">Calls appear here once registered with POST /v1/calls.</Empty>
      ) : null}
      {list.data && list.data.data.length > 0 ? (
        <>
          <table class="table deliveries">
            <caption class="visually-hidden">Calls, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">From → to</th>
                <th scope="col">Agent</th>
                <th scope="col">Registered</th>
                <th scope="col">
                  <span class="visually-hidden">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.data.map((call) => (
                <tr key={call.id}>
                  <td data-label="Status">
                    <span class={`badge call-${call.status}`}>{call.status}</span>
                  </td>
                  <td data-label="From → to">
                    {call.from_number} → {call.to_number}
                  </td>
                  <td data-label="Agent">
                    <code class="small id">{call.agent_id}</code>
                  </td>
                  <td data-label="Registered">
                    <Time iso={call.created_at} />
                  </td>
                  <td class="row-action">
                    <Link
                      href={`/calls/${call.id}`}
                      class="button secondary small"
                      aria-label={`Open call ${call.id}`}
                    >
                      Open
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            label="Call"
            offset={list.data.offset}
            limit={PAGE}
            total={list.data.total}
            shown={list.data.data.length}
            onChange={setOffset}
          />
        </>
      ) : null}
    </>
  )
}
