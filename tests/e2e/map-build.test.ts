import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../scripts/map/build-map';
import { fileSize, firstLoad } from '../../scripts/shared/size';
import { PLACE_IDS, ROUTE_IDS } from '../../src/domain/map';
import { DIST } from './static-server';

const geometry = buildMap();
const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
const read = (file: string) => readFileSync(join(DIST, 'assets', file), 'utf8');
/** The chunk that carries the pre-projected paths (found by one of them, whatever its name). */
const mapChunks = assets.filter((f) => read(f).includes(geometry.places.nakhchivan));

/** Bounds on what the browser downloads for the map: the paths, and the chunk they travel in. */
const PATHS_BUDGET = 12_000;
const CHUNK_GZIP_BUDGET = 8_000;

describe('the corridor map, built', () => {
  it('has a small path for every place and route', () => {
    for (const id of PLACE_IDS) expect(geometry.places[id], id).toMatch(/^M[-\d ]+l[-\d lmz]+z$/);
    for (const id of ROUTE_IDS) expect(geometry.routes[id].d, id).toMatch(/^M\d+ \d+(L-?\d+ -?\d+)+$/);
    const bytes = JSON.stringify(geometry).length;
    console.log(`map geometry: ${bytes} bytes of JSON (${Object.values(geometry.places).join('').length} of place paths)`);
    expect(bytes).toBeLessThanOrEqual(PATHS_BUDGET);
  });

  it('is one small lazily loaded chunk, precached, with no geodata library in any chunk', () => {
    expect(mapChunks).toHaveLength(1);
    const size = fileSize(DIST, `assets/${mapChunks[0]!}`);
    console.log(`map chunk ${size.file}: ${size.raw} bytes raw, ${size.gzip} bytes gzip`);
    expect(size.gzip).toBeLessThanOrEqual(CHUNK_GZIP_BUDGET);
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toContain(`assets/${mapChunks[0]!}`);
    for (const file of assets) {
      const js = read(file);
      // d3-geo's and topojson-client's own names: neither may reach the browser.
      expect(js, file).not.toMatch(/geoConicConformal|clipAntimeridian|topojson|arcs\.length/);
    }
  });

  it('keeps the map out of the first load', () => {
    const { files } = firstLoad(DIST);
    for (const f of files) {
      const text = readFileSync(join(DIST, f.file), 'utf8');
      expect(text, f.file).not.toContain(geometry.places.nakhchivan);
      expect(text, f.file).not.toContain('corridor-map');
    }
  });
});
