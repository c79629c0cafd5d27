// Errors of the exceptions module.
import { DomainError } from '../../kernel/errors.ts';

/** 422: the user named as assignee exists but may not see the exception (role or location scope). */
export class AssigneeNotEligible extends DomainError {
  constructor(message: string, reason: string) {
    super('unknown_reference', 'assignee_not_eligible', message, [{ path: '/user', message: reason }]);
  }
}
