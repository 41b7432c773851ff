/** The alignment web's use case: every deck loaded, and the graph of ties their links describe. */
import { buildGraph, type AlignmentGraph } from '../domain/web/graph';
import type { Services } from './services';

export async function loadAlignmentWeb(services: Services): Promise<AlignmentGraph> {
  return buildGraph(await services.catalog.all());
}
