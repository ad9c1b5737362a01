import { describe, expect, it } from 'vitest'
import { IMPORT_BODY_BYTES, MAX_BODY_BYTES } from '../../../src/web/server'
import { seedBytes, seedFiles } from '../../support/seeds'
import { callApi, startFixture } from '../helpers/web'

describe('browser mode: importing over HTTP', () => {
  it('takes an import request larger than other calls may be (a 3 MB article), and still refuses a flood', async () => {
    const { server } = await startFixture()
    const paragraph = `${seedBytes(seedFiles()[4] as string).toString('utf8')}\n`
    const text = `مقال طويل جدا\n\n${paragraph.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(paragraph)))}`
    const data = Buffer.from(text).toString('base64')
    expect(data.length).toBeGreaterThan(MAX_BODY_BYTES)
    const reply = await callApi(server, 'importFiles', [[{ name: 'long.txt', data }]])
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body).value.imported).toHaveLength(1)

    const flood = await callApi(server, 'importFiles', [[{ name: 'x.txt', data: 'A'.repeat(IMPORT_BODY_BYTES) }]])
    expect(flood.status).toBe(413)
    // Other calls keep their 1 MB limit.
    const big = await callApi(server, 'getArticle', ['x'.repeat(MAX_BODY_BYTES)])
    expect(big.status).toBe(413)
  })
})
