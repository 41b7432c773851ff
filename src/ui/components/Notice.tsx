import type { ComponentChildren } from 'preact';

/** A message in the page: errors are announced at once, information politely. */
export function Notice({ kind, children }: { kind: 'error' | 'info'; children: ComponentChildren }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span aria-hidden="true">{kind === 'error' ? '⚠ ' : 'ℹ '}</span>
      {children}
    </div>
  );
}
