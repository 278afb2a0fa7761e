# THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
# Package marker: made by `pnpm codegen` (packages/codegen) from specs/.
# Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.
"""Generated models: `events` (the webhook contract) and `management` (the management API)."""
