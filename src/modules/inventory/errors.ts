// Inventory errors with their stable codes.
import { Conflict } from '../../kernel/errors.ts';

/** A line that asked for more than is available; `path` points at its quantity in the request, when there is one. */
export interface ShortLine {
  sku: string;
  requested: number;
  available: number;
  path?: string | undefined;
}

/** Says, per short line, how many units were asked for and how many are available (also as the `lines` member). */
export class InsufficientStock extends Conflict {
  constructor(location: string, lines: readonly ShortLine[]) {
    const each = lines.map((line) => `${line.sku}: ${line.requested} requested, ${line.available} available`).join('; ');
    const paths = lines.filter((line) => line.path !== undefined).map((line) => ({ path: line.path as string, message: `only ${line.available} available` }));
    super('insufficient_stock', `Not enough available stock at ${location} (${each}).`, paths.length > 0 ? paths : undefined, {
      lines: lines.map(({ sku, requested, available }) => ({ sku, requested, available })),
    });
  }
}

export class InvalidState extends Conflict {
  constructor(what: string, status: string, action: string) {
    super('invalid_state', `${what} is ${status.replaceAll('_', ' ')} and cannot be ${action}.`);
  }
}

export class OpeningBalancePosted extends Conflict {
  constructor(location: string) {
    super('opening_balance_posted', `The opening stock of ${location} has already been posted; correct it with an ordinary adjustment`);
  }
}
