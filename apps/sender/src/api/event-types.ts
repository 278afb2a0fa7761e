import { catalog } from '@voicehooks/contracts'
import { type RequestHandler, Router } from 'express'
import { Input } from './input.js'
import { page, readPage } from './pagination.js'
import { route } from './routes.js'

const EVENT_TYPES = catalog.map((entry) => ({
  name: entry.name,
  summary: entry.summary,
  description: entry.description,
  reserved: entry.reserved,
  schema: entry.schema,
  example: entry.example.data,
}))

/** `GET /v1/event-types`: the catalog with each type's data schema and example. */
export function eventTypesRouter(guards: readonly RequestHandler[]): Router {
  const router = Router()
  route(router, '/v1/event-types', guards, {
    get(req, res) {
      const query = Input.query(req.query)
      const request = readPage(query)
      query.done()
      const slice = EVENT_TYPES.slice(request.offset, request.offset + request.limit)
      res.json(page(slice, EVENT_TYPES.length, request))
    },
  })
  return router
}
