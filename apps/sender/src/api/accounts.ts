import { type RequestHandler, Router } from 'express'
import { createAccount } from '../accounts/create-account.js'
import type { ApiDeps } from './context.js'
import { Input } from './input.js'
import { accountJson, apiKeyJson } from './represent.js'
import { route } from './routes.js'

/** Operator only: `POST /v1/accounts` creates an account and its first API key. */
export function accountsRouter(deps: ApiDeps, guards: readonly RequestHandler[]): Router {
  const router = Router()
  route(router, '/v1/accounts', guards, {
    async post(req, res) {
      const input = Input.body(req.body, ['name', 'email'])
      const name = input.string('name', { required: true, min: 1, max: 200 })
      const email = input.email('email', { required: true })
      input.done()
      const created = await createAccount(deps.queue, deps.db, { name: name!, email: email! })
      res.status(201).json({
        account: accountJson(created.account),
        api_key: { ...apiKeyJson(created.apiKey), key: created.key },
      })
    },
  })
  return router
}
