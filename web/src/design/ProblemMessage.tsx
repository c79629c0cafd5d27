// Shows a failed request the way the API described it: the problem's title and detail, never a stack trace.
import { ProblemError } from '../api/problem.ts';

export function ProblemMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const text = error instanceof ProblemError ? `${error.problem.title}: ${error.message}` : 'The server could not be reached. Try again.';
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}
