import { createRelationMethods } from '../relations/relation-methods'
import { serveInWorker } from './serve'

/**
 * Worker entry: the story's relation graph. Counting the ties of 10,000 articles and laying out
 * hundreds of nodes takes up to a second or two of CPU; here it holds up no other request.
 */
serveInWorker(createRelationMethods())
