/**
 * Settings across devices: each synced preference carries a stamp (when it was set, and where),
 * and the latest stamp wins. A value changed here is stamped when sync next looks (before every
 * sync, and every half minute while sync is on), so its stamp is at most that late.
 */
import { canonicalJson } from '../canonical-json';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { SYNCED_SETTINGS, type SettingStamp, type SyncedSettingName } from './documents';
import { latestStamp } from './merge';
import { EARLIEST_TIME } from './validate';

export type Stamps = Partial<Record<SyncedSettingName, SettingStamp>>;

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * The stamps for the settings as they stand: a value that differs from its stamp is stamped now.
 * A value never stamped before is stamped now if the learner chose it, and as old as can be if it
 * is still the default, so a fresh device's defaults never overwrite another device's choices.
 * Returns undefined when nothing changed.
 */
export function restamp(settings: Settings, stamps: Stamps, now: number, device: string): Stamps | undefined {
  let next: Stamps | undefined;
  for (const name of SYNCED_SETTINGS) {
    const value = settings[name];
    const stamp = stamps[name];
    if (stamp && same(stamp.value, value)) continue;
    const updatedAt = !stamp && same(value, DEFAULT_SETTINGS[name]) ? EARLIEST_TIME : now;
    next = { ...(next ?? stamps), [name]: { value, updatedAt, device } };
  }
  return next;
}

/** A stamp from another device: the settings and stamps after it, and whether the value here changed. */
export function takeStamp(settings: Settings, stamps: Stamps, name: SyncedSettingName, incoming: SettingStamp): { settings: Settings; stamps: Stamps; changed: boolean } {
  const winner = latestStamp(stamps[name], incoming);
  const changed = !same(settings[name], winner.value);
  return {
    settings: changed ? { ...settings, [name]: winner.value } : settings,
    stamps: winner === stamps[name] ? stamps : { ...stamps, [name]: winner },
    changed,
  };
}
