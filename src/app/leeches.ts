/** Leeches: cards suspended after LEECH_LAPSES lapses, listed with their card, and brought back. */
import type { CardMemory } from '../domain/memory';
import type { CardRef } from './catalog';
import type { Services } from './services';

export type Leech = CardRef & { memory: CardMemory };

/** Every suspended card that a deck still has. */
export async function loadLeeches(services: Services): Promise<Leech[]> {
  const [suspended, cards] = await Promise.all([services.progress.suspended(), services.catalog.cards()]);
  return suspended.flatMap((memory) => {
    const ref = cards.get(memory.cardId);
    return ref ? [{ memory, ...ref }] : [];
  });
}

export const unsuspendCard = (services: Services, cardId: string): Promise<void> => services.progress.setSuspended(cardId, false);
