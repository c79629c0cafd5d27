// Maps any error to an RFC 9457 problem: domain errors by category, framework errors by code, the rest 500.
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCategory, type ErrorDetail, type ProblemExtensions } from '../../kernel/errors.ts';
import { validationErrors } from './validation-issues.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: ErrorDetail[];
  /** Extension members (RFC 9457 §3.2) of some codes, e.g. insufficient_stock's lines. */
  [extension: string]: unknown;
}

const STATUS_BY_CATEGORY: Record<ErrorCategory, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unknown_reference: 422,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
};

/** Fastify's own client errors, by their error code. */
const FRAMEWORK_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_content_length',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
};

/** PostgreSQL errors that a racing client can cause, and what they mean to that client. */
const DATABASE_CODES: Record<string, { status: number; code: string; detail: string }> = {
  '23505': { status: 409, code: 'already_exists', detail: 'A record with this key already exists' },
  '55P03': { status: 409, code: 'resource_busy', detail: 'The record is locked by another request; try again' },
  // Text a field's schema let through but PostgreSQL cannot store: NUL in text, an unpaired surrogate in jsonb.
  '22021': { status: 400, code: 'validation_failed', detail: 'The request contains characters that cannot be stored (such as NUL)' },
  '22P05': { status: 400, code: 'validation_failed', detail: 'The request contains characters that cannot be stored (such as an unpaired surrogate)' },
};

/** The sentence for each request part Fastify validates, as a person names it. */
const INVALID_PART: Record<string, string> = {
  body: 'The request body is invalid.',
  querystring: 'The query string is invalid.',
  params: 'The path parameters are invalid.',
  headers: 'The request headers are invalid.',
};

export function problem(status: number, code: string, detail: string, errors?: ErrorDetail[], extensions?: ProblemExtensions): Problem {
  return {
    ...extensions,
    type: `https://emporium.dev/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function toProblem(error: unknown): Problem | undefined {
  if (error instanceof DomainError) {
    return problem(STATUS_BY_CATEGORY[error.category], error.code, error.message, error.errors, error.extensions);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? 'body';
    const errors = validationErrors(error.validation, where);
    return problem(400, 'validation_failed', INVALID_PART[where] ?? `The request's ${where} are invalid.`, errors);
  }
  const fastifyError = error as { code?: string; statusCode?: number; message?: string };
  if (typeof fastifyError.code === 'string' && fastifyError.code in DATABASE_CODES) {
    const known = DATABASE_CODES[fastifyError.code] as { status: number; code: string; detail: string };
    return problem(known.status, known.code, known.detail);
  }
  if (error instanceof SyntaxError) return problem(400, 'invalid_json', 'The request body is not valid JSON');
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = FRAMEWORK_CODES[fastifyError.code ?? ''] ?? 'bad_request';
    return problem(status, code, fastifyError.message ?? 'Bad request');
  }
  return undefined;
}
