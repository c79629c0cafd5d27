// Identity errors with their stable codes.
import { Conflict, DomainError } from '../../kernel/errors.ts';

/** The system user and the EMPORIUM_ADMIN_TOKEN admin are part of the installation, not managed accounts. */
export class BuiltInUser extends Conflict {
  constructor(what: string) {
    super('built_in_user', `The built-in users cannot be changed: ${what}`);
  }
}

/** An administrator deactivating their own account could leave nobody able to manage users. */
export class CannotDeactivateSelf extends Conflict {
  constructor() {
    super('cannot_deactivate_self', 'You cannot deactivate your own account; ask another administrator');
  }
}

/** Likewise for giving up one's own role: there is always at least the caller left to manage users. */
export class CannotChangeOwnRole extends Conflict {
  constructor() {
    super('cannot_change_own_role', 'You cannot change your own role; ask another administrator');
  }
}

export class WrongPassword extends DomainError {
  constructor() {
    super('forbidden', 'wrong_password', 'The current password is wrong');
  }
}

export class BuiltInToken extends Conflict {
  constructor() {
    super('built_in_token', 'EMPORIUM_ADMIN_TOKEN cannot be signed out: it stays valid while the server is configured with it');
  }
}
