import { useEffect, useState } from 'preact/hooks';
import { explainError, type Explanation } from '../app/storage-errors';

export type Async<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string; problem: Explanation };

/** Runs `load` when `deps` change and tracks its result; a stale result is ignored. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<Async<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => {
        if (!live) return;
        const problem = explainError(error);
        setState({ status: 'error', message: problem.message, problem });
      },
    );
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
