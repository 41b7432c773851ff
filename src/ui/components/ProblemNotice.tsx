import type { Explanation } from '../../app/storage-errors';
import { Notice } from './Notice';

/**
 * A failure in plain words. Storage trouble says everything itself (what happened, that nothing
 * saved was lost, what to do); any other failure follows the screen's `context` ("Could not read
 * your progress"). The engine's own text, when there is one, waits behind "Technical details".
 */
export function ProblemNotice({ problem, context, testId }: { problem: Explanation; context?: string; testId?: string }) {
  return (
    <Notice kind="error" testId={testId}>
      {context && !problem.storage ? `${context}: ` : ''}{problem.message}
      {problem.detail ? (
        <details class="problem-detail">
          <summary>Technical details</summary>
          <code>{problem.detail}</code>
        </details>
      ) : null}
    </Notice>
  );
}
