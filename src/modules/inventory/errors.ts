// Inventory errors with their stable codes.
import { Conflict } from '../../kernel/errors.ts';

export class InsufficientStock extends Conflict {
  constructor(sku: string, location: string, requested: number, path?: string) {
    super('insufficient_stock', `Not enough available stock of ${sku} at ${location} for ${requested} unit(s)`, path ? [{ path, message: 'insufficient stock' }] : undefined);
  }
}

export class InvalidState extends Conflict {
  constructor(what: string, status: string, action: string) {
    super('invalid_state', `${what} is ${status} and cannot be ${action}`);
  }
}

export class OpeningBalancePosted extends Conflict {
  constructor(location: string) {
    super('opening_balance_posted', `The opening stock of ${location} has already been posted; correct it with an ordinary adjustment`);
  }
}
