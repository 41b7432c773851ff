/**
 * Moments worth telling others about: a study session or a quiz has just finished. Sync, when it
 * is on, takes them as a cue to send what was learnt; nothing else listens.
 */
import { createListeners } from './listeners';

export const sessionsFinished = createListeners();
