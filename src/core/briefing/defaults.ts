import type { BriefingOptions } from './scope'

/**
 * The options of a first export. Kept apart from scope.ts, which holds zod schemas: the renderer
 * imports this, and zod probes `new Function` on load, which the app's CSP (no eval) reports.
 */
export const defaultBriefingOptions = (lang: 'ar' | 'en' = 'ar'): BriefingOptions => ({
  lang,
  sections: { entities: true, articles: false, sources: true },
})
