import type { ReactNode } from 'react'
import { entityTypes } from '../../../../core/entities/types'
import type { ReadingSettings } from '../../../../core/store/settings'
import { FONT_SIZE, LINE_HEIGHT, fontChoices, localeChoices, themeChoices } from '../../../../core/store/settings-values'
import type { SettingsPatch } from '../../../../shared/api'
import { Modal } from '../../ui/Modal'
import { useI18n } from '../../i18n/I18nProvider'
import { toggled } from '../../lib/toggled'
import { BidiText } from '../../ui/BidiText'
import { ChoiceGroup } from '../../ui/ChoiceGroup'
import { RangeSetting } from '../../ui/RangeSetting'
import { fontFamilyOf } from '../reader/fonts'

interface Props {
  open: boolean
  settings: ReadingSettings
  onChange: (patch: SettingsPatch) => void
  onClose: () => void
}

const LOCALE_NAMES: Readonly<Record<ReadingSettings['locale'], string>> = { ar: 'العربية', en: 'English' }

/** Reading settings. Every change applies at once and is saved to the store. */
export function SettingsDialog({ open, settings, onChange, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const preview = i18n.t('settings.preview')
  return (
    <Modal open={open} onClose={onClose} labelledBy="settings-heading" className="settings-dialog">
      <h2 id="settings-heading">{i18n.t('settings.heading')}</h2>

      <ChoiceGroup
        legend={i18n.t('settings.font')}
        name="font"
        choices={fontChoices}
        value={settings.font}
        onChange={(font) => onChange({ font })}
        labelOf={(font) => i18n.t(`settings.font.${font}`)}
        decorate={(font) => ({ style: { fontFamily: fontFamilyOf(font) } })}
      />

      <RangeSetting
        label={i18n.t('settings.fontSize')}
        name="fontSize"
        value={settings.fontSize}
        shown={i18n.formatNumber(settings.fontSize)}
        min={FONT_SIZE.min}
        max={FONT_SIZE.max}
        step={1}
        onChange={(fontSize) => onChange({ fontSize })}
      />

      <RangeSetting
        label={i18n.t('settings.lineHeight')}
        name="lineHeight"
        value={settings.lineHeight}
        shown={i18n.formatNumber(settings.lineHeight)}
        min={LINE_HEIGHT.min}
        max={LINE_HEIGHT.max}
        step={0.1}
        onChange={(lineHeight) => onChange({ lineHeight: Math.round(lineHeight * 10) / 10 })}
      />

      <ChoiceGroup
        legend={i18n.t('settings.theme')}
        name="theme"
        choices={themeChoices}
        value={settings.theme}
        onChange={(theme) => onChange({ theme })}
        labelOf={(theme) => i18n.t(`settings.theme.${theme}`)}
        decorate={(theme) => ({ className: `swatch swatch-${theme}` })}
      />

      <fieldset className="setting underline-toggles">
        <legend>{i18n.t('entity.underlines')}</legend>
        {entityTypes.map((type) => (
          <label key={type} className="choice">
            <input
              type="checkbox"
              name="underlines"
              value={type}
              checked={settings.underlines.includes(type)}
              onChange={(e) => onChange({ underlines: toggled(settings.underlines, type, e.currentTarget.checked) })}
            />
            <span className={`type-dot type-${type}`} aria-hidden="true" /> {i18n.t(`entity.type.${type}`)}
          </label>
        ))}
      </fieldset>

      <label className="setting">
        <span>{i18n.t('settings.locale')}</span>
        <select
          name="locale"
          value={settings.locale}
          onChange={(e) => onChange({ locale: e.currentTarget.value as ReadingSettings['locale'] })}
        >
          {localeChoices.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>

      <p
        className="settings-preview"
        dir="rtl"
        lang="ar"
        style={{ fontFamily: fontFamilyOf(settings.font), fontSize: `${settings.fontSize}px`, lineHeight: settings.lineHeight }}
      >
        <BidiText text={preview} start={0} end={preview.length} />
      </p>

      <button type="button" className="button" onClick={onClose}>
        {i18n.t('settings.close')}
      </button>
    </Modal>
  )
}
