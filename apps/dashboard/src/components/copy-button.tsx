import { useState } from 'preact/hooks'

async function copy(text: string, fallback: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // No clipboard permission (an embedded portal, an old browser): select the text for Ctrl+C instead.
    if (fallback) {
      const range = document.createRange()
      range.selectNodeContents(fallback)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
    }
    return false
  }
}

/** Copies `text`; says "Copied" (or "Selected: press Ctrl+C") where a screen reader hears it. */
export function CopyButton({
  text,
  label,
  target,
}: {
  text: string
  label: string
  target?: () => HTMLElement | null
}) {
  const [said, setSaid] = useState('')
  return (
    <span class="copy">
      <button
        type="button"
        class="button secondary small"
        aria-label={label}
        onClick={async () =>
          setSaid((await copy(text, target?.() ?? null)) ? 'Copied' : 'Selected: press Ctrl+C')
        }
      >
        Copy
      </button>
      <span class="copy-said" aria-live="polite">
        {said}
      </span>
    </span>
  )
}
