import { loadAlignmentWeb } from '../../app/web';
import { Notice } from '../components/Notice';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { AlignmentWeb } from '../web/AlignmentWeb';
import { WebList } from '../web/WebList';
import '../web/web.css';

/** The alignment web: who is tied to whom in the article, drawn from the decks' links. */
export function WebScreen() {
  const services = useServices();
  const web = useAsync(() => loadAlignmentWeb(services), []);
  const graph = web.status === 'ready' ? web.value : undefined;
  return (
    <>
      <h1>Alignment web</h1>
      <p>Who is tied to whom in the article, and how. Every line comes from the decks, with its cards and source.</p>
      {web.status === 'loading' ? <p aria-busy="true">Loading the decks…</p> : null}
      {web.status === 'error' ? <Notice kind="error">{web.message}</Notice> : null}
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
