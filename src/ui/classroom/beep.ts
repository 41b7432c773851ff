/**
 * The scanner's short sounds, made with WebAudio (no sound file to fetch or precache): a high beep
 * for a code collected, two low ones for a code refused. The context is made on the press that
 * starts scanning, because browsers let a page make sound only after the user did something.
 */
export type Beep = 'accepted' | 'refused';

let context: AudioContext | undefined;

/** Call from the click that opens the scanner. */
export function unlockSound(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
  } catch {
    context = undefined; // No WebAudio: the scanner is silent, and says everything in words anyway.
  }
}

export function beep(kind: Beep): void {
  if (!context || context.state !== 'running') return;
  const tones = kind === 'accepted' ? [{ at: 0, hz: 1320 }] : [{ at: 0, hz: 330 }, { at: 0.16, hz: 260 }];
  for (const { at, hz } of tones) {
    const start = context.currentTime + at;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = hz;
    oscillator.type = kind === 'accepted' ? 'sine' : 'square';
    // A quick fade in and out: no click at either end.
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.15, start + 0.01);
    gain.gain.linearRampToValueAtTime(0, start + 0.12);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.13);
  }
}
