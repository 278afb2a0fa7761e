import type { Response } from 'express'

/** Answers an `application/problem+json` error naming the failing field. */
export function sendProblem(
  res: Response,
  status: number,
  title: string,
  detail: string,
  errors?: { path: string; message: string }[],
): void {
  const type = `/problems/${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ type, title, status, detail, ...(errors ? { errors } : {}) }))
}
