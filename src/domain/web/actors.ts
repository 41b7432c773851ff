/**
 * How the alignment web names its actors and link types: display names, and the label of each type
 * (in sentences and, with a capital, in the legend). Keyed by the ids in src/domain/deck/types.ts (ACTOR_IDS, LINK_TYPES), which
 * deck validation checks against; a `Record` over those ids makes the compiler demand every name,
 * and tests/domain/web check that the orders agree. This file is only in the web's lazy chunk.
 */
import type { ActorId, LinkType } from '../deck/types';

/** Display names, in the order the web lists actors. */
export const ACTOR_NAMES: Record<ActorId, string> = {
  iran: 'Iran',
  azerbaijan: 'Azerbaijan',
  israel: 'Israel',
  turkey: 'Turkey',
  russia: 'Russia',
  armenia: 'Armenia',
  pakistan: 'Pakistan',
};

/** Actor ids in display order. */
export const ACTOR_ORDER = Object.keys(ACTOR_NAMES) as ActorId[];

export const actorName = (id: ActorId): string => ACTOR_NAMES[id] ?? id;

/** How a link type reads in a sentence ("Azerbaijan — Israel: arms and technology"), in legend order. */
export const LINK_TYPE_LABELS: Record<LinkType, string> = {
  arms: 'arms and technology',
  military: 'military cooperation',
  exercises: 'joint exercises',
  detente: 'diplomatic détente',
  rivalry: 'rivalry or accusation',
  condemned: 'condemned during the 12-day war',
  interests: 'shared interests, no alliance',
};

/** Link types in legend order. */
export const LINK_TYPE_ORDER = Object.keys(LINK_TYPE_LABELS) as LinkType[];

