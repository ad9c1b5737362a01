/**
 * Values no honest renderer sends: wrong types, huge and deep values, prototype-pollution keys and
 * path tricks. Every API method is called with each, alone, twice, and after a plausible first
 * argument, so both positions of two-argument methods are hit.
 */
export const PLAUSIBLE_FIRST = '000_fcf6e2d5e2034c53'

const deepArray = (depth: number): unknown => {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

export function hostileValues(outsideDir: string): [string, unknown][] {
  return [
    ['undefined', undefined],
    ['null', null],
    ['true', true],
    ['zero', 0],
    ['minus one', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['1e300', 1e300],
    ['a big integer as float', 2 ** 53 + 1],
    ['empty string', ''],
    ['a 5 MB string', 'ب'.repeat(2_500_000)],
    ['empty object', {}],
    ['empty array', []],
    ['__proto__ key', JSON.parse('{"__proto__":{"polluted":"yes"},"title":"x"}') as unknown],
    ['constructor.prototype key', { constructor: { prototype: { polluted: 'yes' } } }],
    ['nested __proto__ in a note body', { title: 't', body: JSON.parse('{"type":"doc","__proto__":{"polluted":"yes"}}') as unknown, attachments: [] }],
    // As deep as the structured clone that carries IPC arguments accepts (10,000 levels fail in the sender already).
    ['a 2,000-deep array', deepArray(2_000)],
    ['relative traversal', '../../../etc/passwd'],
    ['traversal into the outside folder', `../outside/evil`],
    ['absolute path to the outside folder', `${outsideDir}/evil`],
    ['Windows traversal', '..\\..\\outside\\evil'],
    ['dot-dot', '..'],
    ['dot', '.'],
    ['NUL inside', 'a\u0000b'],
    ['NUL at the end', `${PLAUSIBLE_FIRST}\u0000.json`],
    ['CON', 'CON'],
    ['com1.json', 'com1.json'],
    ['a drive path', 'C:\\Windows\\win.ini'],
    ['a UNC path', '\\\\server\\share\\x'],
    ['a file URL', 'file:///etc/passwd'],
    ['bidi override in an id', '\u202egnp.exe'],
    ['an object where an id goes', { id: PLAUSIBLE_FIRST }],
    ['an array of ids', [PLAUSIBLE_FIRST, PLAUSIBLE_FIRST]],
    ['a highlight with reversed offsets', { articleId: PLAUSIBLE_FIRST, start: 50, end: 10, color: 'yellow' }],
    ['a highlight beyond the text', { articleId: PLAUSIBLE_FIRST, start: 1e8 - 2, end: 1e8 - 1, color: 'yellow' }],
    ['a highlight with an extra key', { articleId: PLAUSIBLE_FIRST, start: 1, end: 5, color: 'yellow', script: '<script>' }],
    ['an entity with a 10 MB alias list', { type: 'person', nameAr: 'x', nameLatin: 'x', aliases: Array.from({ length: 100_000 }, () => 'a'.repeat(100)), description: '' }],
  ]
}

/** Argument lists for one method: each hostile value alone, doubled, and after a plausible first argument. */
export function hostileArgs(outsideDir: string): [string, unknown[]][] {
  return hostileValues(outsideDir).flatMap(([name, value]): [string, unknown[]][] => [
    [name, [value]],
    [`${name} twice`, [value, value]],
    [`plausible id, then ${name}`, [PLAUSIBLE_FIRST, value]],
  ])
}
