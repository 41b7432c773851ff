/** A performance mark when the first card's prompt is painted; `npm run bench` reads it. */
let marked = false;
export function markFirstCard(): void {
  if (marked || typeof performance === 'undefined') return;
  marked = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark('faultlines:first-card'), 0));
}
