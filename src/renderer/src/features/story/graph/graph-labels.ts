/** A label to draw: its text and where its node is on screen (CSS pixels), with the node's radius. */
export interface ScreenLabel {
  text: string
  x: number
  y: number
  radius: number
  strong: boolean
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u

/**
 * Draws node labels on a 2D canvas over sigma's WebGL one. Sigma 4 draws its own labels from a
 * glyph atlas, one glyph at a time: Arabic would come out unjoined and left to right. The canvas 2D
 * text engine shapes Arabic and, with `direction = 'rtl'`, orders it right to left. Labels that
 * would overlap one already drawn are skipped (the strongest nodes are drawn first).
 */
export function drawLabels(canvas: HTMLCanvasElement, labels: readonly ScreenLabel[], font: string): void {
  const ratio = window.devicePixelRatio || 1
  const width = canvas.clientWidth
  const height = canvas.clientHeight
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio)
    canvas.height = Math.round(height * ratio)
  }
  const ctx = canvas.getContext('2d')
  if (!ctx) return
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
  ctx.clearRect(0, 0, width, height)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  ctx.lineJoin = 'round'
  const taken: { left: number; top: number; right: number; bottom: number }[] = []
  for (const label of labels) {
    ctx.font = `${label.strong ? 600 : 400} 13px ${font}`
    ctx.direction = ARABIC.test(label.text) ? 'rtl' : 'ltr'
    const w = ctx.measureText(label.text).width
    const top = label.y + label.radius + 2
    const box = { left: label.x - w / 2 - 2, top, right: label.x + w / 2 + 2, bottom: top + 17 }
    if (box.right < 0 || box.left > width || box.bottom < 0 || box.top > height) continue
    if (taken.some((t) => t.left < box.right && box.left < t.right && t.top < box.bottom && box.top < t.bottom)) continue
    taken.push(box)
    ctx.lineWidth = 3
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)'
    ctx.strokeText(label.text, label.x, top)
    ctx.fillStyle = '#1d2733'
    ctx.fillText(label.text, label.x, top)
  }
}
