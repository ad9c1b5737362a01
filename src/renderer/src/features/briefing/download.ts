/**
 * Saves text through the browser's download (browser mode has no save dialog). The browser picks a
 * free name when one is taken ("x (1).md"), so nothing is overwritten without asking.
 */
export function downloadText(fileName: string, text: string, doc: Document = document, mediaType = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }))
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  doc.body.append(link)
  link.click()
  link.remove()
  // The download has started reading the blob by now; keep it a little longer for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
