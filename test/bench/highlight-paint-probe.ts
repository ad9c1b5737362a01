/**
 * Scripts the highlight-paint bench runs in the page. Kept as strings: tsx would wrap a function's
 * inner helpers in `__name`, undefined in the page. Every time is performance.now() of the page.
 * "Frame committed" is as in paint-probe.ts: one animation frame, then a message-channel task,
 * which runs once that frame's style, layout and paint are done.
 */

const FRAME_AFTER = `(done) => requestAnimationFrame(() => {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => done(performance.now())
  channel.port2.postMessage(null)
})`

/** A request the page made since the probe was installed: fetch start, response end, body bytes. */
export interface RequestTiming {
  start: number
  end: number
  bytes: number
}

const LAST_REQUEST = `(method, since) => {
  const entry = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/' + method) && e.startTime >= since).pop()
  return entry ? { start: entry.startTime, end: entry.responseEnd, bytes: entry.encodedBodySize } : null
}`

export interface OpenTimes {
  /** The click on the library button (the event's own time stamp). */
  clicked: number
  /** The article's first body block is in the DOM, then its frame committed. */
  textInDom: number
  textPainted: number
  /** `want` highlights have their focus-target <mark> in the DOM, then that frame committed. */
  marksInDom: number
  painted: number
  getArticle: RequestTiming | null
  listHighlights: RequestTiming | null
  /** Distinct data-highlight-id and <mark> elements in the article once painted. */
  distinct: number
  markElements: number
}

declare global {
  interface Window {
    __hlOpen?: Partial<OpenTimes>
    __hlCreate?: Partial<CreateTimes>
  }
}

/**
 * Installed before clicking the library button of `articleId`: records the click, then the frame
 * where the article text is shown and the frame where `want` highlights are (each highlight has
 * exactly one focus-target wrapper, so counting those is cheap; distinct ids are counted after).
 */
export const openProbe = (articleId: string, want: number): string => `(() => {
  const article = ${JSON.stringify(`article[data-article-id="${articleId}"]`)}
  const button = ${JSON.stringify(`.library-button[data-article-id="${articleId}"]`)}
  const want = ${want}
  const frameAfter = ${FRAME_AFTER}
  const times = {}
  window.__hlOpen = times
  const stop = new AbortController()
  window.addEventListener('click', (event) => {
    if (times.clicked === undefined && event.target instanceof Element && event.target.closest(button)) times.clicked = Math.min(event.timeStamp, performance.now())
  }, { capture: true, signal: stop.signal })
  const observer = new MutationObserver(() => {
    if (times.clicked === undefined) return
    const el = document.querySelector(article)
    if (!el) return
    if (times.textInDom === undefined) {
      if (!el.querySelector('.article-body .block')) return
      times.textInDom = performance.now()
      frameAfter((t) => { times.textPainted = t })
    }
    if (el.querySelectorAll('[data-focus-target]').length < want) return
    times.marksInDom = performance.now()
    frameAfter((t) => { times.painted = t })
    observer.disconnect()
    stop.abort()
  })
  observer.observe(document.body, { childList: true, subtree: true })
})()`

/** Read once `window.__hlOpen.painted` is set. */
export const openResult = (articleId: string): string => `(() => {
  const lastRequest = ${LAST_REQUEST}
  const times = window.__hlOpen
  const el = document.querySelector(${JSON.stringify(`article[data-article-id="${articleId}"]`)})
  const ids = new Set()
  let markElements = 0
  for (const mark of el.querySelectorAll('mark[data-highlight-ids]')) {
    markElements++
    for (const id of mark.dataset.highlightIds.split(' ')) ids.add(id)
  }
  return { ...times, distinct: ids.size, markElements, getArticle: lastRequest('getArticle', times.clicked), listHighlights: lastRequest('listHighlights', times.clicked) }
})()`

/** Selects text[start, end) of the open article with a DOM Range on the block's text nodes. */
export const selectPassage = (start: number, end: number, scroll: boolean): string => `(() => {
  const start = ${start}
  const end = ${end}
  const block = [...document.querySelectorAll('.article-body .block[data-start]')].find((b) => Number(b.dataset.start) <= start && end <= Number(b.dataset.end))
  if (!block) throw new Error('no block holds [' + start + ', ' + end + ')')
  if (${scroll}) {
    block.scrollIntoView({ block: 'center' })
    return
  }
  const point = (offset) => {
    let remaining = offset - Number(block.dataset.start)
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (remaining <= node.length) return [node, remaining]
      remaining -= node.length
    }
    throw new Error('offset ' + offset + ' is past the block')
  }
  const range = document.createRange()
  range.setStart(...point(start))
  range.setEnd(...point(end))
  const selection = document.getSelection()
  selection.removeAllRanges()
  selection.addRange(range)
})()`

export interface CreateTimes {
  /** The keydown of "1" (the event's own time stamp). */
  pressed: number
  /** A focus-target <mark> with an id not on the page before is in the DOM, then its frame committed. */
  inDom: number
  painted: number
  id: string
  /** Text and class of the new highlight's wrappers, to check it is the selected passage, in yellow. */
  text: string
  className: string
  createHighlights: RequestTiming | null
}

/** Installed with the selection made and the toolbar shown, just before pressing "1". */
export const createProbe = (articleId: string): string => `(() => {
  const el = document.querySelector(${JSON.stringify(`article[data-article-id="${articleId}"]`)})
  const frameAfter = ${FRAME_AFTER}
  const known = new Set([...el.querySelectorAll('[data-focus-target]')].map((m) => m.dataset.focusId))
  performance.setResourceTimingBufferSize(5000)
  const times = {}
  window.__hlCreate = times
  const stop = new AbortController()
  window.addEventListener('keydown', (event) => {
    if (times.pressed === undefined && event.code === 'Digit1') times.pressed = Math.min(event.timeStamp, performance.now())
  }, { capture: true, signal: stop.signal })
  const observer = new MutationObserver((records) => {
    if (times.pressed === undefined) return
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue
        const marks = node.matches('[data-focus-target]') ? [node] : node.querySelectorAll('[data-focus-target]')
        for (const mark of marks) {
          if (known.has(mark.dataset.focusId)) continue
          times.inDom = performance.now()
          times.id = mark.dataset.focusId
          frameAfter((t) => { times.painted = t })
          observer.disconnect()
          stop.abort()
          return
        }
      }
    }
  })
  observer.observe(el, { childList: true, subtree: true })
})()`

/** Read once `window.__hlCreate.painted` is set. */
export const createResult = (articleId: string): string => `(() => {
  const lastRequest = ${LAST_REQUEST}
  const times = window.__hlCreate
  const el = document.querySelector(${JSON.stringify(`article[data-article-id="${articleId}"]`)})
  const marks = [...el.querySelectorAll('mark[data-highlight-ids~="' + CSS.escape(times.id) + '"]')]
  return { ...times, text: marks.map((m) => m.textContent).join(''), className: marks[0] ? marks[0].className : '', createHighlights: lastRequest('createHighlights', times.pressed) }
})()`

export interface RoundTrip {
  /** fetch → JSON parsed. */
  request: number
  /** fetch → JSON parsed → next frame committed: measured as the create is. */
  total: number
}

/** A trivial API call from the page (takeNotices), with the token the app itself uses. */
export const trivialRoundTrip = `(async () => {
  const frameAfter = ${FRAME_AFTER}
  const token = document.querySelector('meta[name="daftar-token"]').content
  const started = performance.now()
  const response = await fetch('/api/takeNotices', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': token },
    body: JSON.stringify({ args: [] }),
    credentials: 'same-origin',
  })
  const body = await response.json()
  const answered = performance.now()
  if (!body.ok) throw new Error('takeNotices: ' + JSON.stringify(body.error))
  const shown = await new Promise((resolve) => frameAfter(resolve))
  return { request: answered - started, total: shown - started }
})()`
