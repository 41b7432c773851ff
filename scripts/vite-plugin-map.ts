/**
 * `virtual:map`: the corridor map's pre-projected SVG paths (scripts/map/build-map.ts), computed once
 * per build. Only the lazily loaded map components import it, so it is a chunk of its own and the
 * geodata libraries never reach the browser.
 */
import type { Plugin } from 'vite';
import { buildMap } from './map/build-map.ts';

const MAP = 'virtual:map';

export function mapPlugin(): Plugin {
  let source: string | undefined;
  return {
    name: 'faultlines-map',
    resolveId: (id) => (id === MAP ? `\0${MAP}` : undefined),
    load(id) {
      if (id !== `\0${MAP}`) return undefined;
      source ??= `export const geometry = JSON.parse(${JSON.stringify(JSON.stringify(buildMap()))});\n`;
      return source;
    },
  };
}
