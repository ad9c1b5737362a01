import type { BriefingOptions, BriefingScope } from '../../core/briefing/scope'
import type { SavedBriefing } from '../../shared/api'
import { ok, type Result } from '../../shared/result'
import { writeBriefingFiles } from './briefing-file'
import { briefingFor, type BriefingSources } from './briefing-service'

/** What the host offers beyond the backend: Electron has a save dialog, browser mode has none. */
export interface SavePlatform {
  /**
   * Asks the user where to save (suggesting `fileName`); null when they cancel. The system dialog
   * itself confirms replacing an existing file, so a path it returns may be overwritten.
   */
  chooseSavePath?(fileName: string): Promise<string | null>
}

/**
 * Saves the briefing of a scope. With a save dialog (Electron): ask, then write atomically. Without
 * one (browser mode): answer "download" with the Markdown and the safe file name, and the page saves
 * it through the browser, which never overwrites silently either. Files the briefing links to (the
 * relation graph's SVG) are written beside the chosen path, or downloaded after the Markdown.
 */
export async function saveBriefing(sources: BriefingSources, platform: SavePlatform, scope: BriefingScope, options: BriefingOptions, now: () => Date): Promise<Result<SavedBriefing>> {
  const built = await briefingFor(sources, scope, options, now)
  if (!built.ok) return built
  const { markdown, fileName, files } = built.value
  if (!platform.chooseSavePath) return ok({ kind: 'download', fileName, markdown, ...(files ? { files } : {}) })
  const path = await platform.chooseSavePath(fileName)
  if (!path) return ok({ kind: 'cancelled' })
  // The dialog confirmed replacing the Markdown; the SVG beside it carries the briefing's own name,
  // so what it replaces is the picture of an earlier export of the same briefing.
  const written = await writeBriefingFiles(path, built.value, { overwrite: true })
  return written.ok ? ok({ kind: 'saved', path, fileName }) : written
}
