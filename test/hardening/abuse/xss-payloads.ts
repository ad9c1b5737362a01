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

/**
 * Installed before any page script: records executions and CSP violations where the test can read
 * them, each traced to its source: the directive, what was blocked and its sample (the CSP asks for
 * 'report-sample'), the element, and where the markup was parsed.
 *
 * Where: every HTML parse from a string (innerHTML, outerHTML, insertAdjacentHTML, DOMParser) goes
 * through one of two wrappers, one for markup parsed into a document apart from the page (an inert
 * document such as ProseMirror's clipboard parser or DOMPurify use, a <template>, DOMParser) and one
 * for markup parsed into the page's own document. A violation carries the line and column of the
 * code that caused it, which is the wrapper's call, so it tells the two apart exactly; the wrapper
 * also keeps the app's calling frame, so the report names the app code that parsed the markup.
 */
export const SENTINEL_SCRIPT = `(() => {
  window.__executed = [];
  window.__violations = [];
  window.__xss = (id) => window.__executed.push(id);
  const parses = [];
  const caller = () => (new Error().stack.split('\\n')[4] || '').trim();
  const apart = (parse, self, args) => parse.apply(self, args);
  const inPage = (parse, self, args) => parse.apply(self, args);
  const callSite = (wrapper) => {
    try { wrapper(null, null, null) } catch (e) { return /(\\d+:\\d+)\\)?\\s*$/.exec(e.stack.split('\\n')[1])[1] }
  };
  const APART = callSite(apart), IN_PAGE = callSite(inPage);
  const isApart = (node) => node.ownerDocument !== document || node instanceof HTMLTemplateElement;
  const wrap = (proto, name, kind) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    const route = function (original, args, markup) {
      const target = kind === 'parser' || isApart(this) ? apart : inPage;
      parses.push({ markup: String(markup), by: caller() });
      return target(original, this, args);
    };
    if (d.set) Object.defineProperty(proto, name, { ...d, set(v) { return route.call(this, d.set, [v], v) } });
    else proto[name] = function (...args) { return route.call(this, d.value, args, kind === 'parser' ? args[0] : args[1]) };
  };
  wrap(Element.prototype, 'innerHTML');
  wrap(Element.prototype, 'outerHTML');
  wrap(Element.prototype, 'insertAdjacentHTML');
  wrap(ShadowRoot.prototype, 'innerHTML');
  wrap(DOMParser.prototype, 'parseFromString', 'parser');
  document.addEventListener('securitypolicyviolation', (e) => {
    const at = e.sourceFile === '' ? e.lineNumber + ':' + e.columnNumber : '';
    const element = e.target && e.target.nodeType === 1 ? e.target.outerHTML.slice(0, 120) : '';
    const parse = e.sample ? [...parses].reverse().find((p) => p.markup.includes(e.sample)) : undefined;
    window.__violations.push({
      directive: e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      element,
      source: at === APART ? 'off-document parse' : 'page',
      parsedBy: at === APART || at === IN_PAGE ? (parse ? parse.by : 'unknown') : e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber,
    });
  }, true);
})()
`
