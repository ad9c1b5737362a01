/** Whether this browser can give sigma the WebGL2 context it draws with (checked once). */
let known: boolean | null = null

export function hasWebGL2(): boolean {
  if (known === null) {
    try {
      known = document.createElement('canvas').getContext('webgl2') !== null
    } catch {
      known = false
    }
  }
  return known
}
