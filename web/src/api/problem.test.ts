import { describe, expect, it } from 'vitest';
import { ProblemError, unwrap } from './problem.ts';

const response = (status: number, statusText = '') => new Response(null, { status, statusText });

describe('unwrapping an API result', () => {
  it('gives the data of a success', () => {
    expect(unwrap({ data: { id: 1 }, response: response(200) })).toEqual({ id: 1 });
  });

  it('throws the problem with its code, detail and the message for each field its pointers name', () => {
    const failure = () =>
      unwrap({
        error: { title: 'Invalid input', code: 'validation_failed', detail: 'quantity must be positive', errors: [{ path: '/lines/0/quantity', message: 'must be positive' }] },
        response: response(400),
      });
    expect(failure).toThrow(ProblemError);
    try {
      failure();
    } catch (error) {
      const problem = error as ProblemError;
      expect(problem.problem).toMatchObject({ status: 400, code: 'validation_failed', detail: 'quantity must be positive' });
      expect(problem.fieldMessage('/lines/0/quantity')).toBe('must be positive');
      expect(problem.fieldMessage('/lines/1/quantity')).toBeUndefined();
    }
  });

  it('names a failure without a problem body by its HTTP status', () => {
    try {
      unwrap({ error: undefined, response: response(502, 'Bad Gateway') });
      expect.unreachable();
    } catch (error) {
      expect((error as ProblemError).problem).toMatchObject({ status: 502, code: 'unknown', title: 'Bad Gateway' });
    }
  });
});
