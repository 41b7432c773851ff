/**
 * The subscribe/emit pair every observable thing in the app has (a study session, a quiz, the
 * update gate, the progress channel, the router): a set of listeners, each told in turn.
 */
export interface Listeners<T = void> {
  subscribe(listener: (value: T) => void): () => void;
  emit(value: T): void;
}

export function createListeners<T = void>(): Listeners<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    emit: (value) => { for (const listener of [...listeners]) listener(value); },
  };
}
