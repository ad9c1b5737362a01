import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEED_IDS } from '../helpers/backend'
import { callApi, request, SECRET, startFixture, type Reply } from '../helpers/web'
import type { WebServer } from '../../../src/web/server'

interface Case {
  name: string
  status: number
  send: (server: WebServer, i: number) => Promise<Reply>
}

const cases: Case[] = [
  { name: 'listLibrary', status: 200, send: (s) => callApi(s, 'listLibrary', []) },
  { name: 'getArticle', status: 200, send: (s, i) => callApi(s, 'getArticle', [SEED_IDS[i % SEED_IDS.length]]) },
  { name: 'updateSettings', status: 200, send: (s, i) => callApi(s, 'updateSettings', [{ fontSize: 14 + (i % 19) }]) },
  { name: 'saveReadingPosition', status: 200, send: (s, i) => callApi(s, 'saveReadingPosition', [SEED_IDS[i % SEED_IDS.length], { offset: i, progress: (i % 100) / 100 }]) },
  { name: 'invalid args', status: 400, send: (s) => callApi(s, 'updateSettings', [{ fontSize: 'big' }]) },
  { name: 'unknown article', status: 404, send: (s) => callApi(s, 'getArticle', ['missing']) },
  { name: 'unknown method', status: 404, send: (s) => callApi(s, 'dropTables', []) },
  { name: 'no token', status: 401, send: (s) => request(s, { method: 'POST', path: '/api/listLibrary', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' }) },
  { name: 'foreign origin', status: 403, send: (s) => request(s, { path: '/', headers: { 'X-Daftar-Token': s.token, Origin: 'http://evil.example' } }) },
  { name: 'traversal', status: 404, send: (s) => request(s, { path: '/../package.json', headers: { 'X-Daftar-Token': s.token } }) },
  { name: 'malformed JSON', status: 400, send: (s) => request(s, { method: 'POST', path: '/api/listLibrary', headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': s.token }, body: '{' }) },
  { name: 'page', status: 200, send: (s) => request(s, { path: '/', headers: { 'X-Daftar-Token': s.token } }) },
]

describe('browser mode under load', () => {
  it('answers 1,000 concurrent requests, good and bad, each with its proper status, and keeps serving', { timeout: 60_000 }, async () => {
    const { server, dataDir } = await startFixture()
    const sent = Array.from({ length: 1000 }, (_, i) => {
      const c = cases[i % cases.length] as Case
      return c.send(server, i).then(
        (reply) => ({ name: c.name, expected: c.status, status: reply.status, leaked: reply.body.includes(SECRET) }),
        (error: unknown) => ({ name: c.name, expected: c.status, status: -1, leaked: false, error: String(error) }),
      )
    })
    const replies = await Promise.all(sent)

    const wrong = replies.filter((r) => r.status !== r.expected)
    expect(wrong.slice(0, 5)).toEqual([])
    expect(replies.some((r) => r.leaked)).toBe(false)

    // Still serving, and the settings on disk are a whole document matching what the server holds.
    const after = await callApi(server, 'getSettings', [])
    expect(after.status).toBe(200)
    const inMemory = JSON.parse(after.body).value
    const onDisk = JSON.parse(await fsp.readFile(join(dataDir, 'settings.json'), 'utf8'))
    expect(onDisk.reading).toEqual(inMemory)
    expect(Object.keys(onDisk.session.positions).sort()).toEqual(SEED_IDS)
  })
})
