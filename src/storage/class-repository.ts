/** Class sessions: a shared quiz and the students' results collected on the teacher's device. */
import type { Database } from './db';
import type { ClassSessionRecord } from '../domain/records';

export interface ClassRepository {
  get(id: string): Promise<ClassSessionRecord | undefined>;
  /** Newest first. */
  all(): Promise<ClassSessionRecord[]>;
  save(session: ClassSessionRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

export function classRepository({ run }: Database): ClassRepository {
  return {
    get: (id) => run((db) => db.get('classSessions', id)),
    all: () => run(async (db) => (await db.getAllFromIndex('classSessions', 'by-created')).reverse()),
    save: (session) => run(async (db) => { await db.put('classSessions', session); }),
    delete: (id) => run((db) => db.delete('classSessions', id)),
  };
}
