/**
 * Opening and releasing the camera for scanning, and every way that can fail put in plain words
 * (the browser's own message stays behind "Technical details").
 */

export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'no-camera' | 'busy' | 'other';

export type CameraResult =
  | { ok: true; stream: MediaStream }
  | { ok: false; problem: CameraProblem; message: string; technical?: string };

const TYPE_INSTEAD = 'Type or paste the codes in the box above instead.';

export const CAMERA_MESSAGES: Record<CameraProblem, string> = {
  insecure: `The camera works only when Faultlines is opened over a secure connection (an https:// address, or this device's own). ${TYPE_INSTEAD}`,
  unsupported: `This browser gives web pages no access to a camera. ${TYPE_INSTEAD}`,
  denied: `Faultlines was not allowed to use the camera. To scan, allow the camera for this site in the browser (often through the icon beside the address) and press "Scan with the camera" again. ${TYPE_INSTEAD}`,
  'no-camera': `No camera was found on this device. ${TYPE_INSTEAD}`,
  busy: `The camera could not be started: another app or tab may be using it. Close that, then press "Scan with the camera" again. ${TYPE_INSTEAD}`,
  other: `The camera could not be started. ${TYPE_INSTEAD}`,
};

/** Which problem a getUserMedia error is (DOMException names: https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia). */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  return 'other';
}

const failed = (problem: CameraProblem, technical?: string): CameraResult => ({
  ok: false, problem, message: CAMERA_MESSAGES[problem], ...(technical ? { technical } : {}),
});

/** The back camera where there is one (a phone), any camera otherwise. */
export async function openCamera(scope: { isSecureContext?: boolean; navigator?: Navigator } = globalThis): Promise<CameraResult> {
  // Browsers hide navigator.mediaDevices altogether on plain http, so this is told apart first.
  if (scope.isSecureContext === false) return failed('insecure');
  const devices = scope.navigator?.mediaDevices;
  if (!devices || typeof devices.getUserMedia !== 'function') return failed('unsupported');
  try {
    const stream = await devices.getUserMedia({ video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false });
    return { ok: true, stream };
  } catch (error) {
    const problem = cameraProblemOf(error);
    return failed(problem, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}

/** Turns the camera off: every track stopped, so the browser's camera light goes out. */
export function releaseCamera(stream: MediaStream | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}
