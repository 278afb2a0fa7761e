/** "21–40 of 120" with previous/next buttons; `offset` changes through `onChange`. */
export function Pager({
  offset,
  limit,
  total,
  shown,
  onChange,
  label,
}: {
  offset: number
  limit: number
  total: number
  shown: number
  onChange(offset: number): void
  label: string
}) {
  if (total === 0) return null
  const first = offset + 1
  const last = offset + shown
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <span class="pager-range" aria-live="polite">
        {first}–{last} of {total}
      </span>
      {total <= limit && offset === 0 ? null : (
        <span class="pager-buttons">
          <button
            type="button"
            class="button secondary"
            disabled={offset === 0}
            onClick={() => onChange(Math.max(0, offset - limit))}
          >
            ← Previous
          </button>
          <button
            type="button"
            class="button secondary"
            disabled={last >= total}
            onClick={() => onChange(offset + limit)}
          >
            Next →
          </button>
        </span>
      )}
    </nav>
  )
}
