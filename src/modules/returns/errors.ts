// Returns errors with their stable codes.
import { Conflict } from '../../kernel/errors.ts';

export class ReturnExceedsSold extends Conflict {
  constructor(sku: string, requested: number, returnable: number, path: string) {
    super('return_exceeds_sold', `Only ${returnable} unit(s) of ${sku} can still be returned on this order, not ${requested}`, [{ path, message: 'more than was sold' }]);
  }
}
