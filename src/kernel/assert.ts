// Invariant assertions: a failure is a bug (HTTP 500, transaction rolled back), never an expected outcome.

export class InvariantViolation extends Error {
  override name = 'InvariantViolation';
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantViolation(message);
}
