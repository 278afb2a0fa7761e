/** JSON pretty-printed; long lines wrap, so it never widens the page or needs scrolling sideways. */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  return (
    <figure class="json-figure" aria-label={label}>
      <pre class="json">
        <code>{JSON.stringify(value, null, 2)}</code>
      </pre>
    </figure>
  )
}
