/** Where the figures were taken: they mean little without the machine and versions next to them. */
import { cpus, loadavg, totalmem } from 'node:os';
import { chromiumVersion } from './browser';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** 1-minute load averages when the bench started and ended: other work on the machine skews timings. */
  loadAverage: number;
  loadAverageEnd: number;
}

export function machine(load: number): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(),
    loadAverage: load,
    loadAverageEnd: loadavg()[0] ?? 0,
  };
}
