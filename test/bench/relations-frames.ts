import { build } from 'esbuild'
import type { RelationGraph } from '../../src/core/story/relations/types'
import type { Placed } from '../../src/core/story/relations/types'
import { launchBenchChromium } from './bench-browser'

/** Frame times while the camera moves, and with nothing to draw, in ms; and whether sigma's frame looked right. */
export interface FrameTimes {
  /** Building sigma and drawing its first frame (synchronous in its constructor). */
  firstFrame: number
  /** Null when not one frame came within the time allowed. */
  moving: { p50: number; p95: number; frames: number } | null
  idle: { p50: number; p95: number; frames: number } | null
  frameLooksRight: boolean
}

/** sigma 4 + graphology bundled for a blank page (the app's bundle would need the whole app around it). */
async function sigmaBundle(root: string): Promise<string> {
  const out = await build({
    stdin: {
      contents: "import Graph from 'graphology'; import Sigma, { DEFAULT_STYLES } from 'sigma'; import { layerFill, sdfCircle, sdfDiamond, sdfSquare, sdfTriangle } from 'sigma/rendering'; Object.assign(window, { Graph, Sigma, DEFAULT_STYLES, sigmaShapes: () => [sdfCircle(), sdfSquare(), sdfDiamond(), sdfTriangle()], layerFill })",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
  })
  return out.outputFiles[0]?.text ?? ''
}

/**
 * Sigma drawing a graph (the app's options: four shapes, fill layer, no WebGL labels) in Debian's
 * Chromium while the camera pans one step per animation frame (120 frames, or 30 s); the reference is the
 * same page's frames with sigma idle. Not a pass/fail figure: headless Chromium here has only
 * SwiftShader (WebGL on the CPU), which also draws sigma 4's frame wrongly (see GraphCanvas).
 */
export async function sigmaFrameTimes(root: string, graph: RelationGraph, positions: ReadonlyMap<string, Placed>): Promise<FrameTimes> {
  const bundle = await sigmaBundle(root)
  const browser = await launchBenchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } })
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="stage" style="width:1200px;height:800px;background:#fff"></div></body></html>')
    await page.addScriptTag({ content: bundle })
    // tsx compiles this file keeping function names through a `__name` helper the page lacks.
    await page.addScriptTag({ content: 'window.__name = (f) => f' })
    const nodes = graph.nodes.map((n) => ({ id: n.id, x: positions.get(n.id)?.x ?? 0, y: -(positions.get(n.id)?.y ?? 0), size: 3 + Math.min(12, n.mentions / 40), shape: ['circle', 'square', 'diamond', 'triangle'][n.id.length % 4] as string }))
    const edges = graph.edges.map((e) => ({ source: e.source, target: e.target, size: 0.5 + Math.min(4, e.weight / 50) }))
    return await page.evaluate(
      async ({ nodes, edges }) => {
        type W = Window & Record<string, unknown>
        const w = window as unknown as W
        const G = w['Graph'] as new (o: object) => { addNode(id: string, a: object): void; addEdge(a: string, b: string, o: object): void; hasEdge(a: string, b: string): boolean }
        const S = w['Sigma'] as new (g: unknown, el: HTMLElement, o: object) => { getCamera(): { setState(s: object): void }; getWebGLContext(): WebGL2RenderingContext; kill(): void }
        const g = new G({ type: 'undirected' })
        for (const n of nodes) g.addNode(n.id, { x: n.x, y: n.y, size: n.size, color: '#2f6db5', shape: n.shape })
        for (const e of edges) if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { size: e.size, color: '#9aa5b1' })
        const defaults = w['DEFAULT_STYLES'] as { nodes: object; edges: object }
        const started = performance.now()
        const sigma = new S(g, document.getElementById('stage') as HTMLElement, {
          primitives: { nodes: { shapes: (w['sigmaShapes'] as () => unknown[])(), layers: [(w['layerFill'] as () => unknown)()] } },
          styles: { nodes: [defaults.nodes, { shape: { attribute: 'shape' }, labelVisibility: 'hidden' }], edges: [defaults.edges] },
          settings: { renderLabels: false, renderEdgeLabels: false, stagePadding: 40 },
        })
        const firstFrame = performance.now() - started
        // The same check as the app: a corner of the stage painted in a node's colour is a wrong frame.
        const gl = sigma.getWebGLContext()
        const px = new Uint8Array(4)
        gl.readPixels(2, 2, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px)
        const frameLooksRight = !(px[3] === 255 && px[0] === 0x2f && px[2] === 0xb5)
        // At most `count` frames or 30 s: on the CPU a frame of 5,000 ties can take seconds.
        const frames = async (count: number, step: (i: number) => void): Promise<number[]> => {
          const times: number[] = []
          const until = performance.now() + 30_000
          let last = await new Promise<number>((r) => requestAnimationFrame(r))
          for (let i = 0; i < count && performance.now() < until; i++) {
            step(i)
            const now = await new Promise<number>((r) => requestAnimationFrame(r))
            times.push(now - last)
            last = now
          }
          return times
        }
        const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number
        const summary = (xs: number[]): { p50: number; p95: number; frames: number } | null => (xs.length > 0 ? { p50: pct(xs, 0.5), p95: pct(xs, 0.95), frames: xs.length } : null)
        const camera = sigma.getCamera()
        const moving = await frames(120, (i) => camera.setState({ x: 0.5 + 0.2 * Math.sin(i / 20), y: 0.5 + 0.2 * Math.cos(i / 20) }))
        const idle = await frames(120, () => {})
        sigma.kill()
        return { firstFrame, moving: summary(moving), idle: summary(idle), frameLooksRight }
      },
      { nodes, edges },
    )
  } finally {
    await browser.close()
  }
}
