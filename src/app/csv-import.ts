/**
 * Reading a CSV/TSV file into a deck the learner can look over before saving it. Its own module, so
 * the importer loads with the Library, not with the first screen.
 */
import { importCsv, type CsvImport } from '../domain/deck/import-csv';
import { freshIdPrefix } from '../domain/deck/namespace';
import type { Services } from './services';

export function previewCsv(services: Services, file: { name: string; text: string }, title: string): CsvImport | { error: string } {
  const taken = new Set(services.catalog.summaries.flatMap((d) => d.cardIds.map((id) => id.split('-')[0]!)));
  const date = new Date(services.clock.now()).toISOString().slice(0, 10);
  return importCsv(file.text, { title, fileName: file.name, date, idPrefix: freshIdPrefix(Math.random, taken) });
}
