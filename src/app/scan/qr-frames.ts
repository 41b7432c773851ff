/** The messages between the page and the QR worker: one camera frame as RGBA pixels, and what it held. */
export interface FrameRequest {
  id: number;
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row; transferred, not copied. */
  pixels: ArrayBuffer;
}

export interface FrameReply {
  id: number;
  /** The text of the QR code found, or null for none. */
  text: string | null;
}
