import { Component, type ComponentChildren } from 'preact';

interface State { error?: string }

/**
 * Keeps a screen's failure to that screen: the message says what failed, offers Reload, and the
 * header and navigation around it go on working. Keyed by the path where it is used, so going to
 * another screen starts afresh.
 */
export class ScreenBoundary extends Component<{ title: string; children: ComponentChildren }, State> {
  override state: State = {};

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <>
        <h1>{this.props.title}</h1>
        <div class="notice error" role="alert" data-testid="screen-failed">
          <p><span aria-hidden="true">⚠ </span><strong>The {this.props.title} screen stopped working.</strong> Nothing you saved was lost, and the rest of the app still works.</p>
          <p class="actions">
            <button type="button" class="button primary" onClick={() => location.reload()}>Reload</button>
          </p>
          <details><summary>What went wrong</summary><p>{this.state.error}</p></details>
        </div>
      </>
    );
  }
}
