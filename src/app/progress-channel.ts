/**
 * Tells the app's other tabs that a card's progress changed (rated, or a rating undone), so a tab
 * still showing that card moves on instead of asking about it again. BroadcastChannel delivers to
 * every other tab of this origin, never to the sender; where it is missing the app still works,
 * and the rating transaction alone keeps the stored schedule right.
 */
import { createListeners } from './listeners';

export interface ProgressChange {
  cardIds: string[];
}

export interface ProgressChannel {
  announce(change: ProgressChange): void;
  subscribe(listener: (change: ProgressChange) => void): () => void;
}

export const PROGRESS_CHANNEL = 'faultlines-progress';

export function broadcastProgressChannel(name = PROGRESS_CHANNEL): ProgressChannel {
  const { subscribe, emit } = createListeners<ProgressChange>();
  // One channel for sending and hearing: a BroadcastChannel never hears its own messages, so a
  // tab is told only of the other tabs' changes.
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
  if (channel) {
    // Node (the unit tests) would otherwise keep the process alive for an open channel.
    (channel as { unref?: () => void }).unref?.();
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isProgressChange(event.data)) emit(event.data);
    };
  }
  return {
    announce: (change) => channel?.postMessage(change),
    subscribe,
  };
}

const isProgressChange = (value: unknown): value is ProgressChange =>
  typeof value === 'object' && value !== null && Array.isArray((value as ProgressChange).cardIds)
  && (value as ProgressChange).cardIds.every((id) => typeof id === 'string');
