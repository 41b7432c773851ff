/** The corridor map as data (places, routes, the cards about each); the geometry is built at build time. */
export {
  isRouteId, PLACE_IDS, PLACES, placeById, ROUTE_IDS, ROUTES, routeById,
  type MapPlace, type MapRoute, type PlaceId, type RouteId,
} from './places.ts';
export { cardsAbout, type MapCard } from './cards.ts';
