/**
 * What the corridor map shows, as data: its places (countries, regions, a sea) and its schematic
 * routes, each with the deck tags that make a card "about" it and the key cards a map question
 * about it grades. No geometry here: the shapes are drawn at build time (scripts/map/) under these ids.
 */

export const PLACE_IDS = ['azerbaijan', 'nakhchivan', 'armenia', 'syunik', 'georgia', 'iran', 'turkey', 'russia', 'caspian'] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

export const ROUTE_IDS = ['zangezur', 'southern-gas-corridor', 'iran-north', 'caspian-link'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

interface MapItem {
  /** As shown in lists, labels and options. */
  name: string;
  /** One sentence that says what it is, for the panel and screen readers. */
  description: string;
  /** A card carrying any of these tags is about it. */
  tags: string[];
  /**
   * Cards about it whatever their tags, in order of preference: a map question about it grades
   * one of these (the first its quiz may ask). Each must exist in the shipped decks.
   */
  cards: string[];
}

export interface MapPlace extends MapItem {
  id: PlaceId;
  kind: 'country' | 'region' | 'sea';
  /** The name inside a sentence ("Tap the Caspian Sea on the map"). */
  inSentence: string;
  /** The country a region belongs to: tapping the region is tapping the country too. */
  partOf?: PlaceId;
}

export interface MapRoute extends MapItem {
  id: RouteId;
  /** Where it runs, in order (the map draws it through these). */
  stops: PlaceId[];
  /** Where it runs, in words, without naming the route: what the map shows when it is highlighted. */
  course: string;
}

export const PLACES: readonly MapPlace[] = [
  {
    id: 'azerbaijan', kind: 'country', name: 'Azerbaijan', inSentence: 'Azerbaijan',
    description: 'Azerbaijan, on the Caspian coast: its main territory (Azerbaijan proper) and, across Armenia, its Nakhchivan exclave.',
    tags: ['azerbaijan'], cards: ['cor-005', 'cor-028'],
  },
  {
    id: 'nakhchivan', kind: 'region', name: 'Nakhchivan', inSentence: 'Nakhchivan', partOf: 'azerbaijan',
    description: "Azerbaijan's exclave, separated from Azerbaijan proper by Armenia's Syunik province.",
    tags: ['nakhchivan'], cards: ['cor-001', 'cor-004'],
  },
  {
    id: 'armenia', kind: 'country', name: 'Armenia', inSentence: 'Armenia',
    description: 'Armenia, between Georgia, Azerbaijan, Nakhchivan, Turkey and Iran; Syunik is its southernmost province.',
    tags: ['armenia'], cards: ['cor-022', 'act-030'],
  },
  {
    id: 'syunik', kind: 'region', name: 'Syunik', inSentence: 'Syunik', partOf: 'armenia',
    description: "Armenia's southernmost province and its only border with Iran (its outline on the map is approximate).",
    tags: ['syunik'], cards: ['cor-002', 'cor-024'],
  },
  {
    id: 'georgia', kind: 'country', name: 'Georgia', inSentence: 'Georgia',
    description: 'Georgia, on the Black Sea, the transit country of the Southern Gas Corridor.',
    tags: ['georgia'], cards: ['cor-033'],
  },
  {
    id: 'iran', kind: 'country', name: 'Iran', inSentence: 'Iran',
    description: 'Iran, south of the Aras river, bordering Azerbaijan, Nakhchivan, Armenia (at Syunik) and Turkey.',
    tags: ['iran'], cards: ['cor-025', 'cor-008'],
  },
  {
    id: 'turkey', kind: 'country', name: 'Turkey', inSentence: 'Turkey',
    description: 'Turkey, bordering Georgia, Armenia, Nakhchivan and Iran.',
    tags: ['turkey'], cards: ['cor-019', 'cor-009'],
  },
  {
    id: 'russia', kind: 'country', name: 'Russia', inSentence: 'Russia',
    description: 'Russia, north of the Caucasus range, on the Caspian and the Black Sea.',
    tags: ['russia'], cards: ['act-034', 'ali-012'],
  },
  {
    id: 'caspian', kind: 'sea', name: 'Caspian Sea', inSentence: 'the Caspian Sea',
    description: 'The Caspian Sea, shared by Russia, Azerbaijan, Iran, Turkmenistan and Kazakhstan.',
    tags: ['caspian'], cards: ['cor-037', 'fla-022'],
  },
];

export const ROUTES: readonly MapRoute[] = [
  {
    id: 'zangezur', name: 'Zangezur corridor (proposed route through Syunik)',
    description: "The proposed transit route that would link Azerbaijan proper with its Nakhchivan exclave across Armenia's Syunik province, and on to Turkey.",
    course: 'From mainland Azerbaijan across Syunik to Nakhchivan, and on to Turkey.',
    stops: ['azerbaijan', 'syunik', 'nakhchivan', 'turkey'],
    tags: ['zangezur', 'tripp'], cards: ['cor-006', 'cor-009'],
  },
  {
    id: 'southern-gas-corridor', name: 'Southern Gas Corridor',
    description: 'The pipelines that carry Caspian gas from Azerbaijan through Georgia and Turkey to Europe.',
    course: 'From the Caspian Sea through Azerbaijan and Georgia into Turkey, and on to Europe.',
    stops: ['caspian', 'azerbaijan', 'georgia', 'turkey'],
    tags: ['southern-gas-corridor'], cards: ['cor-026', 'cor-033'],
  },
  {
    id: 'iran-north', name: "Iran's land route north through Armenia",
    description: "Iran's land access to Russia and Europe, through Armenia's Syunik province, Armenia and Georgia.",
    course: 'From Iran across Syunik and through Armenia and Georgia to Russia.',
    stops: ['iran', 'syunik', 'armenia', 'georgia', 'russia'],
    tags: ['land-routes'], cards: ['cor-010', 'cor-024'],
  },
  {
    id: 'caspian-link', name: 'Caspian link between Iran and Russia',
    description: 'The sea route between Iranian and Russian ports, where the two states have deepened their military cooperation.',
    course: "From Iran's Caspian coast across the Caspian Sea to Russia.",
    stops: ['iran', 'caspian', 'russia'],
    tags: ['casarex'], cards: ['cor-037', 'ali-013'],
  },
];

export const placeById = (id: string): MapPlace | undefined => PLACES.find((p) => p.id === id);
export const routeById = (id: string): MapRoute | undefined => ROUTES.find((r) => r.id === id);
export const isRouteId = (id: string): id is RouteId => (ROUTE_IDS as readonly string[]).includes(id);
