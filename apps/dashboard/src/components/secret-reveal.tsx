import { useRef } from 'preact/hooks'
import { CopyButton } from './copy-button.js'
import { Time } from './time.js'

/** A signing secret shown once, with a copy button and the warning that it will not be shown again. */
export function SecretReveal({ secret, previousUntil }: { secret: string; previousUntil?: string }) {
  const code = useRef<HTMLElement>(null)
  return (
    <section class="secret" aria-labelledby="secret-title">
      <h3 id="secret-title">Signing secret</h3>
      <p class="warning">
        <strong>Copy it now: this is the only time it is shown.</strong> Store it where your endpoint reads it
        (for example an environment variable) and verify every delivery's signature with it.
      </p>
      <div class="secret-value">
        <code ref={code} data-testid="secret">
          {secret}
        </code>
        <CopyButton text={secret} label="Copy the signing secret" target={() => code.current} />
      </div>
      {previousUntil ? (
        <p class="muted">
          The previous secret keeps signing until <Time iso={previousUntil} />, so receivers can switch over
          without missing a delivery.
        </p>
      ) : null}
    </section>
  )
}
