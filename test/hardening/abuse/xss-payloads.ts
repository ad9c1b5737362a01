/**
 * Hostile strings: the shapes of the XSS-to-RCE bugs in Electron note apps (Joplin, Mark Text,
 * Typora, Zettlr, Notable) and the classic filter-evasion and mutation-XSS corpora. Each one calls
 * `__xss(<id>)` if it ever runs, or asks for a beacon URL off the app's origin if it ever loads,
 * so a test can count executions (page init script) and requests (request log) — both must be 0.
 */
export const BEACON = 'http://198.51.100.7/beacon' // TEST-NET-2: never routed

const js = (id: number): string => `__xss(${id})`
const cased = (scheme: string): string[] => [scheme, scheme.toUpperCase(), [...scheme].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')]

function build(): string[] {
  let id = 0
  const next = (): number => ++id
  const payloads: string[] = [
    `<script>${js(next())}</script>`,
    `<img src=x onerror=${js(next())}>`,
    `<img src="${BEACON}/img.png">`,
    `<svg onload=${js(next())}>`,
    `<svg><script>${js(next())}</script></svg>`,
    `<svg><a xlink:href="javascript:${js(next())}"><text x="20" y="20">x</text></a></svg>`,
    `<iframe srcdoc="<script>parent.${js(next())}</script>"></iframe>`,
    `<iframe src="javascript:parent.${js(next())}"></iframe>`,
    `<iframe src="${BEACON}/frame"></iframe>`,
    `<object data="javascript:${js(next())}"></object>`,
    `<embed src="javascript:${js(next())}">`,
    `<details open ontoggle=${js(next())}>`,
    `<body onload=${js(next())}>`,
    `<input autofocus onfocus=${js(next())}>`,
    `<video><source onerror=${js(next())}></video>`,
    `<form action="javascript:${js(next())}"><button>go</button></form>`,
    `<base href="javascript:${js(next())}//">`,
    `<meta http-equiv="refresh" content="0;url=javascript:${js(next())}">`,
    `<link rel="stylesheet" href="${BEACON}/style.css">`,
    `<style>@import '${BEACON}/import.css';</style>`,
    `<div style="background:url(${BEACON}/bg.png)">bg</div>`,
    // Mutation XSS: markup that a sanitiser and the parser read differently.
    `<noscript><p title="</noscript><img src=x onerror=${js(next())}>">`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${js(next())}>`,
    `<svg></p><style><a id="</style><img src=1 onerror=${js(next())}>">`,
    `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${js(next())}>`,
    `<template><script>${js(next())}</script></template>`,
    `<!--<img src="--><img src=x onerror=${js(next())}//">`,
    // Markdown link and image tricks.
    `[click me](javascript:${js(next())})`,
    `[click me](<javascript:${js(next())}>)`,
    `![img](x" onerror="${js(next())})`,
    `![beacon](${BEACON}/md.png)`,
    `<javascript:${js(next())}>`,
    `[ref]\n\n[ref]: javascript:${js(next())}`,
    `[x](data:text/html;base64,${Buffer.from(`<script>${js(next())}</script>`).toString('base64')})`,
    // Template and prototype tricks.
    `{{constructor.constructor('${js(next())}')()}}`,
    `\${${js(next())}}`,
    // Bidi overrides and invisible characters, as in file-name spoofing.
    `\u202egnp.exe \u2066${js(next())}\u2069`,
    `تقرير\u202e<script>${js(next())}</script>`,
  ]
  for (const scheme of cased('javascript')) payloads.push(`<a href="${scheme}:${js(next())}">link</a>`)
  for (const scheme of cased('data')) payloads.push(`<a href="${scheme}:text/html,<script>${js(next())}</script>">link</a>`)
  payloads.push(`<a href="jav&#x09;ascript:${js(next())}">tab</a>`, `<a href=" javascript:${js(next())}">space</a>`, `<a href="javascript&colon;${js(next())}">entity</a>`)
  return payloads
}

export const XSS_PAYLOADS: readonly string[] = build()

/** Installed before any page script: records executions and CSP violations where the test can read them. */
export const SENTINEL_SCRIPT = `
  window.__executed = [];
  window.__violations = [];
  window.__xss = (id) => window.__executed.push(id);
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
`
