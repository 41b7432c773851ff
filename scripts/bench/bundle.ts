/** The size section: first load, the whole precache, the service worker, and the largest chunks. */
import { readdirSync } from 'node:fs';
import type { ChunkModules } from './build';
import { owners, type Owner } from './chunks';
import { fileSize, firstLoad, firstLoadFiles, precache, qrDecoderFile, total, type FileSize, type SizeTotal } from '../shared/size';

export interface ChunkReport extends FileSize {
  firstLoad: boolean;
  owners: Owner[];
}

export interface BundleReport {
  firstLoad: SizeTotal;
  precache: SizeTotal;
  /** sw.js and the Workbox runtime it imports: fetched by the browser, not listed in the precache. */
  serviceWorker: SizeTotal;
  /** Every JS and CSS file in assets/, largest (gzip) first. */
  chunks: ChunkReport[];
  /** The camera scanner's QR decoder worker (lazy, precached); undefined if the build has none. */
  qrDecoder: FileSize | undefined;
}

export function bundleReport(dist: string, modules: readonly ChunkModules[]): BundleReport {
  const first = new Set(firstLoadFiles(dist));
  const workers = readdirSync(dist).filter((f) => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f));
  const chunks = readdirSync(`${dist}/assets`)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const file = `assets/${f}`;
      const info = modules.find((c) => c.fileName === file);
      const css: Owner[] = f.endsWith('.css') ? [{ name: 'styles (src/ui/*.css)', bytes: fileSize(dist, file).raw }] : [];
      return { ...fileSize(dist, file), firstLoad: first.has(file), owners: info ? owners(info) : css };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const decoder = qrDecoderFile(dist);
  return { firstLoad: firstLoad(dist), precache: precache(dist), serviceWorker: total(dist, workers), chunks, qrDecoder: decoder ? fileSize(dist, decoder) : undefined };
}
