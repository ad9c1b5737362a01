import type { Entity } from '../../../../core/entities/types'
import { validateName } from '../../../../core/entities/validate-name'
import type { Translator } from '../../i18n/translate'
import { entityLabel } from './entity-names'

/**
 * Why `name` may not become a name of entity `entityId`, in the interface language (null when it
 * may): the registry's own rules, checked here first so the refusal reads in Arabic too.
 */
export function nameProblem(name: string, entityId: string, entities: readonly Entity[], i18n: Translator): string | null {
  const check = validateName(name, entityId, entities)
  if (check.ok) return null
  const other = check.entityId ? entities.find((e) => e.id === check.entityId) : undefined
  return i18n.t(`nameProblem.${check.code}`, { name: name.trim(), other: other ? entityLabel(other) : (check.entityId ?? '') })
}
