/**
 * A camera for the browser tests: Chromium's fake capture device playing a YUV4MPEG2 file made here
 * from QR matrices (https://wiki.multimedia.cx/index.php/YUV4MPEG2), and a browser launched to use it.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../../scripts/shared/chromium.mjs';

export interface FilmOptions {
  /** Frame side in pixels (square frames). */
  side: number;
  fps: number;
  /** How long each code is held in front of the camera. */
  secondsEach: number;
  /** Pixels a module (the matrices come with their quiet zone). */
  moduleSize: number;
}

const DARK = 30;
const LIGHT = 225;
const GROUND = 128;

/**
 * Writes one 4:2:0 file in which each matrix is held up in turn, centred on a grey ground: luma only
 * (dark and light modules), chroma at 128 (no colour). Chromium loops the file.
 */
export function writeQrFilm(path: string, matrices: readonly boolean[][][], o: FilmOptions): { frames: number; bytes: number } {
  const { side, fps, secondsEach, moduleSize } = o;
  if (side % 2 !== 0) throw new Error('a 4:2:0 frame needs an even side');
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const file = openSync(path, 'w');
  let frames = 0;
  let bytes = 0;
  const write = (b: Buffer) => { writeSync(file, b); bytes += b.length; };
  try {
    write(Buffer.from(`YUV4MPEG2 W${side} H${side} F${fps}:1 Ip A1:1 C420jpeg\n`));
    for (const matrix of matrices) {
      const span = matrix.length * moduleSize;
      if (span > side) throw new Error(`a ${matrix.length}-module code at ${moduleSize} px does not fit a ${side} px frame`);
      const origin = Math.floor((side - span) / 2);
      const luma = Buffer.alloc(side * side, GROUND);
      for (let y = 0; y < span; y++) {
        const row = matrix[Math.floor(y / moduleSize)]!;
        for (let x = 0; x < span; x++) luma[(origin + y) * side + origin + x] = row[Math.floor(x / moduleSize)] ? DARK : LIGHT;
      }
      const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
      for (let i = 0; i < Math.round(fps * secondsEach); i++) { write(frame); frames++; }
    }
  } finally {
    closeSync(file);
  }
  return { frames, bytes };
}

/**
 * A Chromium with a fake camera (the file's frames, or Chromium's own moving test pattern when no
 * file is given) whose permission prompt is answered yes, in a profile of its own kept in `profile`
 * so that a class made in one launch is still there in the next.
 */
export function launchWithCamera(profile: string, video?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    args: [
      ...CHROME_FLAGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      ...(video ? [`--use-file-for-fake-video-capture=${video}`] : []),
    ],
  });
}
