import { VoicehooksApiError, VoicehooksNetworkError } from '@voicehooks/client'

/** What went wrong, in words: the problem's title and detail, and each failing field. */
export function describeError(error: unknown): {
  headline: string
  fields: { path: string; message: string }[]
} {
  if (error instanceof VoicehooksApiError) {
    return {
      headline: `${error.title}${error.detail ? `: ${error.detail}` : ''} (${error.status})`,
      fields: [...error.errors],
    }
  }
  if (error instanceof VoicehooksNetworkError) {
    return {
      headline: 'The sender could not be reached. Check that it is running and try again.',
      fields: [],
    }
  }
  return { headline: error instanceof Error ? error.message : String(error), fields: [] }
}

/** An API error shown next to the action that caused it; announced to screen readers. */
export function ProblemNote({ error, id }: { error: unknown; id?: string }) {
  if (error === undefined || error === null) return null
  const { headline, fields } = describeError(error)
  return (
    <div class="problem" role="alert" id={id}>
      <p>{headline}</p>
      {fields.length > 0 ? (
        <ul>
          {fields.map((field) => (
            <li key={field.path + field.message}>
              <code>{field.path || '(body)'}</code> {field.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
