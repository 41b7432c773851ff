import { describe, expect, it } from 'vitest';
import { CAMERA_MESSAGES, cameraProblemOf, openCamera, releaseCamera } from '../../../src/app/scan/camera';

const refusing = (name: string) => ({
  isSecureContext: true,
  navigator: { mediaDevices: { getUserMedia: () => Promise.reject(Object.assign(new Error('engine text'), { name })) } } as unknown as Navigator,
});

describe('opening the camera', () => {
  it('says a page on plain http cannot use the camera, without asking for it', async () => {
    let asked = false;
    const result = await openCamera({ isSecureContext: false, navigator: { mediaDevices: { getUserMedia: () => { asked = true; return Promise.reject(new Error('x')); } } } as unknown as Navigator });
    expect(result).toEqual({ ok: false, problem: 'insecure', message: CAMERA_MESSAGES.insecure });
    expect(asked).toBe(false);
    expect(CAMERA_MESSAGES.insecure).toMatch(/https/);
  });

  it('says so when the browser offers no camera access at all', async () => {
    expect(await openCamera({ isSecureContext: true, navigator: {} as Navigator })).toMatchObject({ ok: false, problem: 'unsupported' });
  });

  it.each([
    ['NotAllowedError', 'denied'], ['SecurityError', 'denied'], ['NotFoundError', 'no-camera'], ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'busy'], ['AbortError', 'busy'], ['TypeError', 'other'],
  ] as const)('puts %s in plain words (%s), the engine text only as technical detail', async (name, problem) => {
    const result = await openCamera(refusing(name));
    expect(result).toEqual({ ok: false, problem, message: CAMERA_MESSAGES[problem], technical: `${name}: engine text` });
    expect(CAMERA_MESSAGES[problem]).toContain('Type or paste the codes');
    expect(CAMERA_MESSAGES[problem]).not.toContain(name);
  });

  it('reads a DOMException-like object by its name', () => {
    expect(cameraProblemOf({ name: 'NotAllowedError' })).toBe('denied');
    expect(cameraProblemOf('odd')).toBe('other');
  });

  it('hands back the stream it was given', async () => {
    const stream = { getTracks: () => [] } as unknown as MediaStream;
    const result = await openCamera({ isSecureContext: true, navigator: { mediaDevices: { getUserMedia: () => Promise.resolve(stream) } } as unknown as Navigator });
    expect(result).toEqual({ ok: true, stream });
  });

  it('releases the camera by stopping every track', () => {
    const stopped: string[] = [];
    const track = (id: string) => ({ stop: () => stopped.push(id) });
    releaseCamera({ getTracks: () => [track('video'), track('other')] } as unknown as MediaStream);
    releaseCamera(undefined);
    expect(stopped).toEqual(['video', 'other']);
  });
});
