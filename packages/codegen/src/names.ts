/** `call.intelligence.ready` -> `CallIntelligenceReady`; `phone_number.assigned` -> `PhoneNumberAssigned`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}

/** The TypeScript name of an event's data type: the schema title, or `<Pascal>Data`. */
export function dataTypeName(type: string, schema: { [key: string]: unknown }): string {
  const title = schema['title']
  return typeof title === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(title)
    ? title
    : `${pascalCase(type)}Data`
}

/** Emits a TS literal for a JSON value, deterministic (2-space indent, keys as given). */
export function literal(value: unknown): string {
  return JSON.stringify(value, null, 2)
}
