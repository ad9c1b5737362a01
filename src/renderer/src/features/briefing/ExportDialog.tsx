import { useState, type ReactNode } from 'react'
import type { PassageLink } from '../../../../core/briefing/deep-link'
import type { BriefingPrefs } from '../../../../core/briefing/scope'
import type { Entity } from '../../../../core/entities/types'
import type { ArticleSummary } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import { Modal } from '../../ui/Modal'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { BriefingPreview } from './BriefingPreview'
import { downloadText } from './download'
import { formFromPrefs, prefsOf, scopeOf, type ExportForm } from './export-form'
import { ScopeFields } from './ScopeFields'
import { StoryChoices } from './StoryChoices'
import { useBriefingPreview } from './useBriefingPreview'

interface Props {
  open: boolean
  onClose: () => void
  entities: readonly Entity[]
  articles: readonly ArticleSummary[]
  /** The last export's settings, to start from. */
  last: BriefingPrefs | undefined
  /** Remembers this export's settings for next time. */
  onRemember: (prefs: BriefingPrefs) => void
  onOpenLink: (link: PassageLink) => void
  onError: (error: ApiError) => void
  toast: (message: string) => void
}

type Section = keyof ExportForm['options']['sections']
const SECTIONS: readonly Section[] = ['entities', 'articles', 'sources']

/** The export dialog: scope, sections, headings language, a live preview, and save (or download). */
export function ExportDialog(props: Props): ReactNode {
  return (
    <Modal open={props.open} onClose={props.onClose} labelledBy="briefing-heading" className="export-dialog">
      {props.open ? <ExportPanel {...props} /> : null}
    </Modal>
  )
}

function ExportPanel({ onClose, entities, articles, last, onRemember, onOpenLink, onError, toast }: Props): ReactNode {
  const i18n = useI18n()
  const [form, setForm] = useState<ExportForm>(() =>
    formFromPrefs(last, i18n.locale, { entities: new Set(entities.map((e) => e.id)), articles: new Set(articles.map((a) => a.id)) }),
  )
  const [saving, setSaving] = useState(false)
  const scope = scopeOf(form)
  const preview = useBriefingPreview(true, scope, form.options)
  const dir = form.options.lang === 'ar' ? 'rtl' : 'ltr'

  const save = async (): Promise<void> => {
    setSaving(true)
    const result = await api.saveBriefing(scope, form.options)
    setSaving(false)
    if (!result.ok) return onError(result.error)
    const saved = result.value
    if (saved.kind === 'cancelled') return
    if (saved.kind === 'download') {
      downloadText(saved.fileName, saved.markdown)
      // What the Markdown links to (the relation graph's SVG): a second download, under the name the link uses.
      for (const file of saved.files ?? []) downloadText(file.name, file.content, document, file.mediaType)
    }
    onRemember(prefsOf(form))
    toast(saved.kind === 'saved' ? i18n.t('briefing.saved', { path: saved.path }) : i18n.t('briefing.downloaded', { name: saved.fileName }))
  }

  return (
    <div className="export-layout">
      <form className="export-controls" onSubmit={(e) => e.preventDefault()}>
        <h2 id="briefing-heading">{i18n.t('briefing.heading')}</h2>
        <ScopeFields form={form} entities={entities} articles={articles} onChange={setForm} />
        <fieldset className="setting">
          <legend>{i18n.t('briefing.sections')}</legend>
          {SECTIONS.map((section) => (
            <label key={section} className="choice">
              <input
                type="checkbox"
                name="briefing-section"
                value={section}
                checked={form.options.sections[section]}
                onChange={(e) => setForm({ ...form, options: { ...form.options, sections: { ...form.options.sections, [section]: e.currentTarget.checked } } })}
              />
              {i18n.t(`briefing.section.${section}`)}
            </label>
          ))}
          {form.options.sections.entities && (form.kind === 'everything' || form.kind === 'articles') ? (
            // Off by default: an entity that is only mentioned, with no quote or note in scope, is filler.
            <label className="choice sub-choice">
              <input
                type="checkbox"
                name="briefing-all-entities"
                checked={form.options.allEntities ?? false}
                onChange={(e) => setForm({ ...form, options: { ...form.options, allEntities: e.currentTarget.checked } })}
              />
              {i18n.t('briefing.allEntities')}
            </label>
          ) : null}
        </fieldset>
        <StoryChoices chosen={form.options.with ?? []} onChange={(chosen) => setForm({ ...form, options: { ...form.options, with: chosen } })} />
        <fieldset className="setting">
          <legend>{i18n.t('briefing.lang')}</legend>
          {(['ar', 'en'] as const).map((lang) => (
            <label key={lang} className="choice">
              <input type="radio" name="briefing-lang" value={lang} checked={form.options.lang === lang} onChange={() => setForm({ ...form, options: { ...form.options, lang } })} />
              {lang === 'ar' ? 'العربية' : 'English'}
            </label>
          ))}
        </fieldset>
        <div className="export-actions">
          <button type="button" className="button primary" data-action="save-briefing" disabled={preview.status !== 'ready' || saving} onClick={() => void save()}>
            {i18n.t('briefing.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {i18n.t('briefing.close')}
          </button>
        </div>
      </form>
      <section className="export-preview" aria-live="polite" aria-busy={preview.status === 'loading'}>
        {preview.status === 'ready' ? (
          <>
            <p className="export-summary">
              <span>
                {i18n.t('briefing.fileName')}: <bdi dir="auto" className="export-file-name">{preview.briefing.fileName}</bdi>
              </span>
              <span>{i18n.t('briefing.stats', { entities: preview.briefing.stats.entities, quotes: preview.briefing.stats.highlights, sources: preview.briefing.stats.sources })}</span>
              {preview.briefing.stats.warnings.length > 0 ? <span className="export-warnings">{i18n.plural('briefing.warnings', preview.briefing.stats.warnings.length)}</span> : null}
            </p>
            <BriefingPreview html={preview.html} dir={dir} onOpenLink={onOpenLink} />
          </>
        ) : preview.status === 'empty' ? (
          <p className="export-empty" role="status">
            {i18n.t('briefing.empty')}
          </p>
        ) : preview.status === 'failed' ? (
          <p className="export-empty" role="alert">
            {i18n.t('briefing.failed', { reason: preview.message })}
          </p>
        ) : (
          <p className="export-empty">{i18n.t('briefing.previewLoading')}</p>
        )}
      </section>
    </div>
  )
}

