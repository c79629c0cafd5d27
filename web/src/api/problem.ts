// The API's errors are RFC 9457 problem documents; screens show their title and detail, and put a field's
// message next to the field its JSON pointer names.

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: { path: string; message: string }[];
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }

  fieldMessage(path: string): string | undefined {
    return this.problem.errors?.find((error) => error.path === path)?.message;
  }
}

/** Unwraps an openapi-fetch result: the data, or a thrown ProblemError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const body = result.error as Partial<Problem> | undefined;
    throw new ProblemError({
      title: body?.title ?? result.response.statusText ?? 'Request failed',
      status: result.response.status,
      code: body?.code ?? 'unknown',
      ...(body?.detail ? { detail: body.detail } : {}),
      ...(body?.errors ? { errors: body.errors } : {}),
    });
  }
  return result.data;
}
