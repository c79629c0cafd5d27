// Domain errors: every expected failure has a category (which decides the HTTP status) and a stable code.

export type ErrorCategory = 'invalid' | 'not_found' | 'unknown_reference' | 'conflict' | 'forbidden' | 'unauthorized';

export interface ErrorDetail {
  path: string;
  message: string;
}

/** Members a problem carries besides the standard ones, for a client to act on (e.g. what is available). */
export type ProblemExtensions = Record<string, unknown>;

export class DomainError extends Error {
  constructor(
    readonly category: ErrorCategory,
    readonly code: string,
    message: string,
    readonly errors?: ErrorDetail[],
    readonly extensions?: ProblemExtensions,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInput extends DomainError {
  constructor(message: string, errors?: ErrorDetail[], code = 'validation_failed', extensions?: ProblemExtensions) {
    super('invalid', code, message, errors, extensions);
  }
}

export class NotFound extends DomainError {
  constructor(what: string, key: string) {
    super('not_found', 'not_found', `${what} ${key} was not found`);
  }
}

export class UnknownReference extends DomainError {
  constructor(what: string, key: string, path?: string) {
    super('unknown_reference', 'unknown_reference', `${what} ${key} does not exist`, path ? [{ path, message: `unknown ${what}` }] : undefined);
  }
}

export class Conflict extends DomainError {
  constructor(code: string, message: string, errors?: ErrorDetail[], extensions?: ProblemExtensions) {
    super('conflict', code, message, errors, extensions);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('forbidden', 'forbidden', message);
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'A valid bearer token is required') {
    super('unauthorized', 'unauthorized', message);
  }
}
