/**
 * Reading a CSV/TSV file into a deck the learner can look over before saving it. Its own module, so
 * the importer loads with the Library, not with the first screen.
 */
import { importCsv, type CsvImport } from '../domain/deck/import-csv';
import type { ImportOptions } from '../domain/deck/import-cards';
import { freshIdPrefix } from '../domain/deck/namespace';
import type { Services } from './services';

/** What every import needs besides the file: today's date and id letters no deck here uses. */
export function importOptions(services: Services, fileName: string, title: string): ImportOptions {
  const taken = new Set(services.catalog.summaries.flatMap((d) => d.cardIds.map((id) => id.split('-')[0]!)));
  const date = new Date(services.clock.now()).toISOString().slice(0, 10);
  return { title, fileName, date, idPrefix: freshIdPrefix(Math.random, taken) };
}

export function previewCsv(services: Services, file: { name: string; text: string }, title: string): CsvImport | { error: string } {
  return importCsv(file.text, importOptions(services, file.name, title));
}
