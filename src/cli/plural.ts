/** "1 entity", "2 entities", "0 quotes": English counts for the CLI's messages. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`
