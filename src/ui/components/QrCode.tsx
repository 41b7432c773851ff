import { encode } from 'uqr';

/**
 * A QR code as one SVG path, drawn from uqr's module matrix (a port of Nayuki's generator).
 * Medium error correction survives a projector's glare; the label says what it holds.
 */
export function QrCode({ value, label, size = 240 }: { value: string; label: string; size?: number }) {
  const { data, size: modules } = encode(value, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) path += `M${x} ${y}h1v1h-1z`; }));
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`0 0 ${modules} ${modules}`} width={size} height={size} shape-rendering="crispEdges">
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
