import type { Entity } from './types'

/**
 * Money entities keyed by currency and value: "100 مليون دولار" and "$100 million" are the same
 * entity because they are the same amount. Values are rounded to 12 significant digits so that
 * 14.3e9 written as 14300000000 or as 14.3 × 10⁹ compare equal.
 */
export class MoneyLookup {
  private readonly byKey = new Map<string, string>()

  constructor(entities: readonly Entity[]) {
    for (const e of entities) {
      if (e.type !== 'money' || !e.money || !Number.isFinite(e.money.value)) continue
      const key = moneyKey(e.money.value, e.money.currency)
      if (!this.byKey.has(key)) this.byKey.set(key, e.id)
    }
  }

  get size(): number {
    return this.byKey.size
  }

  entityFor(value: number, currency: string): string | undefined {
    return this.byKey.get(moneyKey(value, currency))
  }
}

const moneyKey = (value: number, currency: string): string => `${currency.toUpperCase()} ${Number(value.toPrecision(12))}`
