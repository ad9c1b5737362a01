import type { ReactNode } from 'react'
import { useI18n } from './I18nProvider'
import type { Params, TextKey } from './messages'

interface Props {
  k: TextKey
  params: Params
  /** Placeholders that always read left-to-right (file paths, technical reasons in English). */
  ltr?: readonly string[]
}

/**
 * A message whose inserted values are bidi-isolated: a path, a file name or an English error inside
 * an Arabic sentence keeps its own order and cannot scramble the sentence around it.
 */
export function Message({ k, params, ltr = [] }: Props): ReactNode {
  const i18n = useI18n()
  return i18n.parts(k, params).map((part, index) =>
    typeof part === 'string' ? (
      part
    ) : (
      <bdi key={index} dir={ltr.includes(part.name) ? 'ltr' : 'auto'} data-param={part.name}>
        {part.value}
      </bdi>
    ),
  )
}
