// Purchasing errors with their stable codes.
import { Conflict, DomainError } from '../../kernel/errors.ts';

export class InvalidState extends Conflict {
  constructor(what: string, status: string, action: string) {
    super('invalid_state', `${what} is ${status.replaceAll('_', ' ')} and cannot be ${action}.`);
  }
}

export class OverReceipt extends Conflict {
  constructor(sku: string, ordered: number, allowed: number, receiving: number, path: string) {
    super('over_receipt', `Receiving ${receiving} unit(s) of ${sku} in all exceeds the ${ordered} ordered (at most ${allowed} with the tolerance)`, [
      { path, message: `at most ${allowed} in all` },
    ]);
  }
}

export class QuantityMismatch extends Conflict {
  constructor(message: string) {
    super('quantity_mismatch', message);
  }
}

/** A SKU named inside a receipt or bill that the purchase order does not have: 422 unknown_reference. */
export class NotOnOrder extends DomainError {
  constructor(sku: string, order: string, path: string) {
    super('unknown_reference', 'unknown_reference', `${sku} is not on purchase order ${order}`, [{ path, message: 'not on this purchase order' }]);
  }
}
