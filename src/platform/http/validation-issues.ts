// Turns the schema validator's issues into the problem's `errors`: one JSON pointer per offending field, so an
// unknown property is named at its own path ("/lines/0/discount: is not a known field") rather than at its parent.
import type { ErrorDetail } from '../../kernel/errors.ts';

interface ValidationIssue {
  keyword?: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

export function validationErrors(issues: readonly ValidationIssue[], where: string): ErrorDetail[] {
  const prefix = where === 'body' ? '' : `/${where}`;
  const at = (instancePath: string) => `${prefix}${instancePath === '/' ? '' : instancePath}` || '/';
  return issues.flatMap((issue) => {
    const unknownKeys = issue.keyword === 'unrecognized_keys' ? issue.params?.keys : undefined;
    if (Array.isArray(unknownKeys)) {
      const parent = issue.instancePath === '/' ? '' : issue.instancePath;
      const noun = where === 'querystring' ? 'query parameter' : 'field';
      return unknownKeys.map((key) => ({ path: at(`${parent}/${String(key)}`), message: `is not a known ${noun}` }));
    }
    return [{ path: at(issue.instancePath), message: issue.message ?? 'is invalid' }];
  });
}
