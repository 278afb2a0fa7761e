import type { AnyContract } from '@voicehooks/contracts'
import { type RequestHandler, Router } from 'express'
import { senderContract } from '../contract/sender-contract.js'
import { Input } from './input.js'
import { page, readPage } from './pagination.js'
import { route } from './routes.js'

/** The listed form of a contract's catalog, built once per contract. */
const listed = new WeakMap<AnyContract, readonly object[]>()

function eventTypesOf(contract: AnyContract): readonly object[] {
  let list = listed.get(contract)
  if (list === undefined) {
    list = contract.catalog.map((entry) => ({
      name: entry.name,
      summary: entry.summary,
      description: entry.description,
      reserved: entry.reserved,
      schema: entry.schema,
      example: (contract.examples[entry.name]?.[0] as { data?: unknown } | undefined)?.data ?? {},
    }))
    listed.set(contract, list)
  }
  return list
}

/** `GET /v1/event-types`: the catalog with each type's data schema and example. */
export function eventTypesRouter(guards: readonly RequestHandler[]): Router {
  const router = Router()
  route(router, '/v1/event-types', guards, {
    get(req, res) {
      const query = Input.query(req.query)
      const request = readPage(query)
      query.done()
      const all = eventTypesOf(senderContract())
      res.json(page(all.slice(request.offset, request.offset + request.limit), all.length, request))
    },
  })
  return router
}
