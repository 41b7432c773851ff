import type { ComponentChildren } from 'preact';

/** A message in the page: errors are announced at once, information politely. */
export function Notice({ kind, children, testId }: { kind: 'error' | 'info'; children: ComponentChildren; testId?: string }) {
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span aria-hidden="true">{kind === 'error' ? '⚠ ' : 'ℹ '}</span>
      {children}
    </div>
  );
}
