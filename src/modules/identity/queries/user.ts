// The user as the API shows it.
import type { Role } from '../../../kernel/actor.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Location codes the user is limited to; empty means every location. */
  locations: string[];
  /** False once deactivated: no token of theirs works and they cannot sign in. */
  active: boolean;
}
