/**
 * Whether sync is set up, read at start-up without loading sync's code: one key lookup, so the
 * first load carries only this.
 */
import type { Database } from './db';

export const syncIsOn = ({ run }: Database): Promise<boolean> => run(async (db) => (await db.getKey('sync', 'config')) !== undefined);
