/** A value read by the camera, collected into a class by the same rules as a typed code. */
import { addResultCodes, type CodeOutcome, type LiveStudents, type LoadedClass } from '../classroom';
import type { Services } from '../services';

const SHOWN = 60;

/**
 * One scanned value as one result code: checked and stored by addResultCodes, the one home of the
 * rules (mistakes, other quizzes, a code or a name already in the class). A QR code that holds
 * something else (a share link, a web address) is refused as such, without reading it as codes.
 */
export async function collectScannedCode(services: Services, loaded: LoadedClass, value: string, live?: LiveStudents): Promise<CodeOutcome> {
  const text = value.trim();
  // A result code is digits, letters and dashes; spaces or commas would make it several codes.
  if (!/^[0-9a-z-]+$/i.test(text)) {
    const shown = text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
    return { code: shown, ok: false, message: `This QR code is not a result code (it holds "${shown}"). Hold up the code on the student's result screen.` };
  }
  const [outcome] = await addResultCodes(services, loaded, text, live);
  return outcome ?? { code: text, ok: false, message: 'This QR code is empty.' };
}
