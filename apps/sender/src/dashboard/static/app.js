// The dashboard is a client of the public management API: it holds the API key in sessionStorage
// (gone when the tab closes) and renders with textContent only, so no delivered data can inject markup.
const $ = (selector) => document.querySelector(selector)
const KEY = 'voicehooks.apiKey'
let selectedWebhook = null

function setStatus(message, isError = false) {
  const status = $('#status')
  status.textContent = message
  status.classList.toggle('error', isError)
}

async function api(path, init = {}) {
  const response = await fetch(path, {
    ...init,
    headers: {
      authorization: `Bearer ${sessionStorage.getItem(KEY) ?? ''}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
  })
  if (response.status === 204) return null
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const detail = body?.detail ?? body?.title ?? response.statusText
    throw new Error(`${response.status}: ${detail}`)
  }
  return body
}

function cell(text, className) {
  const td = document.createElement('td')
  td.textContent = text ?? ''
  if (className) td.className = className
  return td
}

function badge(text) {
  const td = document.createElement('td')
  const span = document.createElement('span')
  span.className = `badge ${text}`
  span.textContent = text
  td.append(span)
  return td
}

function button(label, onClick) {
  const td = document.createElement('td')
  const b = document.createElement('button')
  b.type = 'button'
  b.textContent = label
  b.addEventListener('click', onClick)
  td.append(b)
  return td
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : ''
}

async function loadEndpoints() {
  const list = await api('/v1/webhooks?include_inactive=true&limit=100')
  const rows = await Promise.all(
    list.data.map(async (webhook) => ({
      webhook,
      summary: await api(`/v1/webhooks/${webhook.id}/deliveries/summary`),
    })),
  )
  const tbody = $('#endpoints tbody')
  tbody.replaceChildren(
    ...rows.map(({ webhook, summary }) => {
      const tr = document.createElement('tr')
      tr.dataset.id = webhook.id
      if (webhook.id === selectedWebhook) tr.classList.add('selected')
      const name = cell(`${webhook.url}${webhook.description ? ` — ${webhook.description}` : ''}`, 'mono')
      name.title = webhook.id
      tr.append(
        name,
        badge(webhook.active ? 'active' : 'disabled'),
        cell(String(summary.delivered)),
        cell(String(summary.pending + summary.processing)),
        cell(String(summary.failed)),
        cell(String(summary.dead)),
        button('Deliveries', () => selectWebhook(webhook.id)),
      )
      return tr
    }),
  )
  if (rows.length === 0)
    setStatus('No endpoints yet: create one with POST /v1/webhooks or `voicehooks webhooks create`.')
}

async function loadDeliveries() {
  if (!selectedWebhook) return
  const status = $('#status-filter').value
  const query = new URLSearchParams({ limit: '50', ...(status ? { status } : {}) })
  const list = await api(`/v1/webhooks/${selectedWebhook}/deliveries?${query}`)
  $('#deliveries tbody').replaceChildren(
    ...list.data.map((delivery) => {
      const tr = document.createElement('tr')
      tr.dataset.id = delivery.id
      const last = delivery.last_status_code ?? delivery.last_error ?? ''
      tr.append(
        cell(delivery.id, 'mono'),
        cell(delivery.event_type),
        badge(delivery.status),
        cell(`${delivery.attempt_count}/${delivery.max_attempts}`),
        cell(String(last)),
        cell(when(delivery.created_at)),
      )
      const actions = button('Attempts', () => showAttempts(delivery.id))
      if (delivery.status === 'failed' || delivery.status === 'dead') {
        const retry = document.createElement('button')
        retry.type = 'button'
        retry.textContent = 'Retry'
        retry.addEventListener('click', () => retryDelivery(delivery.id))
        actions.append(' ', retry)
      }
      tr.append(actions)
      return tr
    }),
  )
  $('#deliveries-title').textContent = `Deliveries of ${selectedWebhook} (${list.total})`
}

async function showAttempts(deliveryId) {
  const detail = await api(`/v1/deliveries/${deliveryId}`)
  $('#attempts-section').hidden = false
  $('#attempts-title').textContent = `Attempts of ${deliveryId}`
  $('#attempts tbody').replaceChildren(
    ...detail.attempts.map((attempt) => {
      const tr = document.createElement('tr')
      tr.append(
        cell(String(attempt.attempt)),
        cell(when(attempt.started_at)),
        cell(`${attempt.duration_ms} ms`),
        cell(attempt.status_code === null ? '' : String(attempt.status_code)),
        cell(attempt.error),
        cell(attempt.response_excerpt, 'mono'),
      )
      return tr
    }),
  )
}

async function retryDelivery(deliveryId) {
  await api(`/v1/deliveries/${deliveryId}/retry`, { method: 'POST', body: '{}' })
  setStatus(`Retry queued for ${deliveryId}.`)
  await refresh()
}

async function selectWebhook(id) {
  selectedWebhook = id
  $('#deliveries-section').hidden = false
  $('#attempts-section').hidden = true
  await refresh()
}

async function refresh() {
  try {
    await loadEndpoints()
    await loadDeliveries()
  } catch (error) {
    setStatus(error.message, true)
  }
}

async function connect() {
  setStatus('Loading…')
  try {
    await loadEndpoints()
    $('#main').hidden = false
    $('#logout').hidden = false
    setStatus('')
  } catch (error) {
    $('#main').hidden = true
    setStatus(`Cannot load endpoints: ${error.message}`, true)
  }
}

$('#login').addEventListener('submit', (event) => {
  event.preventDefault()
  sessionStorage.setItem(KEY, $('#api-key').value.trim())
  $('#api-key').value = ''
  void connect()
})
$('#logout').addEventListener('click', () => {
  sessionStorage.removeItem(KEY)
  $('#main').hidden = true
  $('#logout').hidden = true
  setStatus('Key forgotten.')
})
$('#status-filter').addEventListener('change', () => void refresh())
$('#refresh').addEventListener('click', () => void refresh())
$('#send-test').addEventListener('click', async () => {
  try {
    const result = await api(`/v1/webhooks/${selectedWebhook}/test`, { method: 'POST', body: '{}' })
    setStatus(`Test event ${result.event_id} queued.`)
    await refresh()
  } catch (error) {
    setStatus(error.message, true)
  }
})
if (sessionStorage.getItem(KEY)) void connect()
// Live view without a socket: the API is the source of truth and a 3 s poll is cheap.
setInterval(() => {
  if (!$('#main').hidden && document.visibilityState === 'visible') void refresh()
}, 3000)
