import { useMemo } from 'preact/hooks';
import { buildGraph } from '../../domain/web/graph';
import { Notice } from '../components/Notice';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { AlignmentWeb } from '../web/AlignmentWeb';
import { WebList } from '../web/WebList';

/** The alignment web: who is tied to whom in the article, drawn from the decks' links. */
export function WebScreen() {
  const { catalog } = useServices();
  const decks = useAsync(() => catalog.all(), []);
  const graph = useMemo(() => (decks.status === 'ready' ? buildGraph(decks.value) : undefined), [decks]);
  return (
    <>
      <h1>Alignment web</h1>
      <p>Who is tied to whom in the article, and how. Every line comes from the decks, with its cards and source.</p>
      {decks.status === 'loading' ? <p aria-busy="true">Loading the decks…</p> : null}
      {decks.status === 'error' ? <Notice kind="error">{decks.message}</Notice> : null}
      {graph && graph.edges.length === 0 ? <p>No deck describes any ties yet.</p> : null}
      {graph && graph.edges.length > 0 ? (
        <>
          <AlignmentWeb graph={graph} />
          <WebList graph={graph} />
        </>
      ) : null}
    </>
  );
}
