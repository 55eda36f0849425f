import * as L from 'leaflet';
import { mapTiles } from './auth';

/**
 * Draws areas' GeoJSON on a Leaflet map in `element` (replacing the map drawn there before) and fits it to them.
 * Without a tile server the polygons stand on a plain background; a force's tiles go beneath them.
 */
export function areaMap(element: HTMLElement, previous: L.Map | null, geo: GeoJSON.FeatureCollection, options: L.GeoJSONOptions): L.Map {
  previous?.remove();
  const tiles = mapTiles();
  const map = L.map(element, { attributionControl: tiles !== null, zoomSnap: 0.25 });
  if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
  const bounds = L.geoJSON(geo, options).addTo(map).getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  else map.setView([50.9, 0.3], 9);
  return map;
}
