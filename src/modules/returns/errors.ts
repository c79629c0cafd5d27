// Returns errors with their stable codes.
import { Conflict, DomainError } from '../../kernel/errors.ts';

export class ReturnExceedsSold extends Conflict {
  constructor(sku: string, order: string, requested: number, returnable: number, path: string) {
    super('return_exceeds_sold', `Only ${returnable} unit(s) of ${sku} can still be returned on order ${order}, not ${requested}.`, [{ path, message: 'more than was sold' }]);
  }
}

/** A SKU the order never sold: nothing to compare with, so 422 rather than "only 0 can be returned". */
export class NotOnOrder extends DomainError {
  constructor(sku: string, order: string, path: string) {
    super('unknown_reference', 'not_on_order', `${sku} is not on order ${order}.`, [{ path, message: 'not on the order' }]);
  }
}
