import { useState, type FormEvent, type ReactNode } from 'react'
import { entityTypes, type Entity, type EntityType } from '../../../../core/entities/types'
import type { EntityInput } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import { Modal } from '../../ui/Modal'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { entityLabel } from './entity-names'

interface Props {
  open: boolean
  /** The entity being edited, or null to create one. */
  entity: Entity | null
  /** Initial values for a new entity (from a selection in the reader). */
  prefill?: Partial<EntityInput>
  entities: readonly Entity[]
  onDone: (saved: Entity) => void
  onClose: () => void
  onError: (error: ApiError) => void
}

const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/**
 * Creates or edits an entity. The backend refuses empty, one-letter and stop-word names, and names
 * of another entity; for the last it says which, and this dialog offers to merge instead.
 */
export function EntityDialog({ open, entity, prefill, entities, onDone, onClose, onError }: Props): ReactNode {
  const i18n = useI18n()
  const start: EntityInput = entity
    ? { type: entity.type, nameAr: entity.nameAr, nameLatin: entity.nameLatin, aliases: entity.aliases, description: entity.description, ...(entity.descriptionAr !== undefined ? { descriptionAr: entity.descriptionAr } : {}), ...(entity.money ? { money: entity.money } : {}) }
    : { type: 'person', nameAr: '', nameLatin: '', aliases: [], description: '', ...prefill }
  const [type, setType] = useState<EntityType>(start.type)
  const [nameAr, setNameAr] = useState(start.nameAr)
  const [nameLatin, setNameLatin] = useState(start.nameLatin)
  const [aliases, setAliases] = useState(start.aliases.join('\n'))
  const [description, setDescription] = useState(start.description)
  const [descriptionAr, setDescriptionAr] = useState(start.descriptionAr)
  const [amount, setAmount] = useState(start.money ? String(start.money.value) : '')
  const [currency, setCurrency] = useState(start.money?.currency ?? 'USD')
  const [problem, setProblem] = useState<{ message: string; conflict?: Entity } | null>(null)

  const input = (): EntityInput => ({
    type,
    nameAr,
    nameLatin,
    aliases: lines(aliases),
    description,
    ...(descriptionAr !== undefined ? { descriptionAr } : {}),
    ...(type === 'money' && amount ? { money: { value: Number(amount), currency: currency.toUpperCase() } } : {}),
  })

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const result = entity ? await api.updateEntity(entity.id, input()) : await api.createEntity(input())
    if (result.ok) return onDone(result.value)
    const conflictId = result.error.details?.['conflictEntityId']
    const conflict = conflictId ? entities.find((e) => e.id === conflictId) : undefined
    if (result.error.code === 'invalid-request') setProblem({ message: result.error.message, ...(conflict ? { conflict } : {}) })
    else onError(result.error)
  }

  /** The offered merge: an edited entity merges into the other; a new one adds its names to it. */
  const merge = async (into: Entity): Promise<void> => {
    if (entity) {
      const merged = await api.mergeEntities(entity.id, into.id)
      return merged.ok ? onDone(merged.value) : onError(merged.error)
    }
    const draft = input()
    const own = new Set([into.nameAr, into.nameLatin, ...into.aliases])
    const extra = [draft.nameAr, draft.nameLatin, ...draft.aliases].filter((n) => n && !own.has(n))
    const updated = await api.updateEntity(into.id, { type: into.type, nameAr: into.nameAr, nameLatin: into.nameLatin, aliases: [...into.aliases, ...extra], description: into.description, ...(into.descriptionAr !== undefined ? { descriptionAr: into.descriptionAr } : {}), ...(into.money ? { money: into.money } : {}) })
    return updated.ok ? onDone(updated.value) : setProblem({ message: updated.error.message })
  }

  return (
    <Modal open={open} onClose={onClose} labelledBy="entity-dialog-heading" className="entity-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="entity-dialog-heading">{entity ? i18n.t('entity.edit') : i18n.t('entities.new')}</h2>
        <label className="setting">
          <span>{i18n.t('entity.type')}</span>
          <select name="type" value={type} onChange={(e) => setType(e.currentTarget.value as EntityType)}>
            {entityTypes.map((t) => (
              <option key={t} value={t}>
                {i18n.t(`entity.type.${t}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="setting">
          <span>{i18n.t('entity.nameAr')}</span>
          <input name="nameAr" dir="rtl" lang="ar" value={nameAr} onChange={(e) => setNameAr(e.currentTarget.value)} autoFocus />
        </label>
        <label className="setting">
          <span>{i18n.t('entity.nameLatin')}</span>
          <input name="nameLatin" dir="ltr" lang="en" value={nameLatin} onChange={(e) => setNameLatin(e.currentTarget.value)} />
        </label>
        <label className="setting">
          <span>{i18n.t('entity.aliases')}</span>
          <textarea name="aliases" dir="auto" rows={3} value={aliases} onChange={(e) => setAliases(e.currentTarget.value)} />
        </label>
        {type === 'money' ? (
          <div className="money-fields">
            <label className="setting">
              <span>{i18n.t('entity.amount')}</span>
              <input name="amount" type="number" min={0} step="any" dir="ltr" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} />
            </label>
            <label className="setting">
              <span>{i18n.t('entity.currency')}</span>
              <input name="currency" dir="ltr" maxLength={3} value={currency} onChange={(e) => setCurrency(e.currentTarget.value)} />
            </label>
          </div>
        ) : null}
        <label className="setting">
          <span>{i18n.t('entity.description')}</span>
          <textarea name="description" dir="auto" rows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        </label>
        {descriptionAr !== undefined ? (
          // Entities that came with a description in two languages (the bundled ones) keep both editable.
          <label className="setting">
            <span>{i18n.t('entity.descriptionAr')}</span>
            <textarea name="descriptionAr" dir="rtl" lang="ar" rows={3} value={descriptionAr} onChange={(e) => setDescriptionAr(e.currentTarget.value)} />
          </label>
        ) : null}
        {problem ? (
          <div className="form-problem" role="alert">
            <p dir="auto">{problem.conflict ? i18n.t('entity.mergeOffer', { name: entityLabel(problem.conflict) }) : problem.message}</p>
            {problem.conflict ? (
              <button type="button" className="button" onClick={() => problem.conflict && void merge(problem.conflict)}>
                {i18n.t('entity.mergeAction')}
              </button>
            ) : null}
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" className="button button-primary">
            {i18n.t('entity.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {i18n.t('entity.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
