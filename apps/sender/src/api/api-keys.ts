import type { Actor } from '@voicehooks/contracts'
import { type RequestHandler, type Response, Router } from 'express'
import { createApiKey, listApiKeys, revokeApiKey } from '../accounts/api-keys.js'
import { type ApiDeps, principalOf } from './context.js'
import { Input, looksLikeId } from './input.js'
import { page, readPage } from './pagination.js'
import { notFound } from './problem.js'
import { apiKeyJson } from './represent.js'
import { route } from './routes.js'

function actorOf(res: Response): Actor {
  const principal = principalOf(res)
  return { type: 'api_key', id: principal.keyId, name: principal.keyName }
}

/** The account's management API keys: create (shown once), list, revoke. */
export function apiKeysRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()
  const { db } = deps

  route(router, '/v1/api-keys', guards, {
    async post(req, res) {
      const input = Input.body(req.body, ['name'])
      const name = input.string('name', { required: true, min: 1, max: 100 })
      input.done()
      const { row, key } = await db.transaction((tx) =>
        createApiKey(deps.queue, tx, {
          accountId: principalOf(res).accountId,
          name: name!,
          actor: actorOf(res),
        }),
      )
      res.status(201).json({ ...apiKeyJson(row), key })
    },
    async get(req, res) {
      const query = Input.query(req.query)
      const request = readPage(query)
      query.done()
      const { rows, total } = await listApiKeys(db, principalOf(res).accountId, request)
      res.json(page(rows.map(apiKeyJson), total, request))
    },
  })

  route(router, '/v1/api-keys/:api_key_id', guards, {
    async delete(req, res) {
      const id = String(req.params['api_key_id'])
      if (!looksLikeId(id, 'key')) throw notFound('API key', id)
      await revokeApiKey(deps.queue, db, {
        accountId: principalOf(res).accountId,
        keyId: id,
        actor: actorOf(res),
      })
      res.status(204).end()
    },
  })

  return router
}
