/**
 * Removes what a reader of the page would never see, before Readability looks for the article:
 * decoy text in `display:none` blocks is a classic way to smuggle words (fake names, fake amounts)
 * into an extracted article. jsdom computes no layout, so visibility is read from what the page
 * states: the `hidden` attribute, aria-hidden, inline styles, and stylesheet rules whose
 * declarations hide (their selectors are matched with querySelectorAll, cheaper than
 * getComputedStyle on every element).
 */
export const HIDING = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i
/** Elements whose content is never article text. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, frame, frameset, object, embed, svg, math, canvas, audio, video, input, textarea, select, button, dialog'

export function removeHiddenElements(document: Document): number {
  let removed = 0
  const drop = (el: Element): void => {
    if (!el.isConnected) return
    el.remove()
    removed++
  }
  // Stylesheets first: <style> elements are themselves dropped below.
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    } catch {
      continue
    }
    for (const rule of Array.from(rules)) {
      const styleRule = rule as CSSStyleRule
      if (!styleRule.selectorText || !HIDING.test(styleRule.style?.cssText ?? '')) continue
      try {
        document.querySelectorAll(styleRule.selectorText).forEach(drop)
      } catch {
        // A selector jsdom cannot parse hides nothing we can find.
      }
    }
  }
  document.querySelectorAll(NEVER_TEXT).forEach(drop)
  document.querySelectorAll('[hidden], [aria-hidden="true" i]').forEach(drop)
  document.querySelectorAll('[style]').forEach((el) => {
    if (HIDING.test(el.getAttribute('style') ?? '')) drop(el)
  })
  return removed
}
