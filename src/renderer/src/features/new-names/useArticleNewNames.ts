import { useCallback } from 'react'
import { nameKey } from '../../../../core/entities/name-form'
import type { Entity, Suggestion } from '../../../../core/entities/types'
import type { NewNameChoice } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import { useNewNameActions, type NewNameActions } from './useNewNameActions'
import { useNewNames, type NewNamesState } from './useNewNames'

export interface ArticleNewNames {
  state: NewNamesState
  actions: NewNameActions
  /** What an underlined suggestion proposes, as the inbox would accept it (its other spellings and gloss with it). */
  choiceFor: (suggestion: Suggestion) => NewNameChoice
}

/** The open article's proposed names: the reader's panel and its suggestion cards share them. */
export function useArticleNewNames(
  articleId: string,
  entities: readonly Entity[],
  onChanged: () => Promise<void>,
  onError: (error: ApiError) => void,
): ArticleNewNames {
  const state = useNewNames({ articleId }, entities, onError)
  const actions = useNewNameActions(onChanged, onError)
  const { inbox } = state
  const choiceFor = useCallback(
    (s: Suggestion): NewNameChoice => {
      const name = s.name ?? s.text
      const proposed = inbox?.names.find((n) => n.key === nameKey(name))
      const type = s.type === 'money' ? 'other' : s.type
      return proposed ? { name: proposed.name, type, aliases: proposed.aliases } : { name, type, aliases: [] }
    },
    [inbox],
  )
  return { state, actions, choiceFor }
}
