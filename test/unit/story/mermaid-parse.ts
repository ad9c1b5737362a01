/**
 * Mermaid's own parser, in Node. Mermaid needs a DOM (DOMPurify cleans every label), so the test
 * file that uses this runs in vitest's jsdom environment (`// @vitest-environment jsdom`).
 * `parse` rejects with Mermaid's message on a syntax error.
 */
export async function mermaidParser(): Promise<(text: string) => Promise<unknown>> {
  const { default: mermaid } = await import('mermaid')
  return (text) => mermaid.parse(text)
}
