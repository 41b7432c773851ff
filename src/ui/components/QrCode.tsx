import { qrMatrix } from './qr-matrix';

/** A QR code as one SVG path, drawn from its module matrix (qr-matrix.ts); the label says what it holds. */
export function QrCode({ value, label, size = 240 }: { value: string; label: string; size?: number }) {
  const data = qrMatrix(value);
  const modules = data.length;
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) path += `M${x} ${y}h1v1h-1z`; }));
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`0 0 ${modules} ${modules}`} width={size} height={size} shape-rendering="crispEdges">
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
