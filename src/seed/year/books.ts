// The loader's in-memory books: stock levels per product and location, the average-cost valuation per product,
// and the journal — kept exactly as the commands keep them (inventory's moveStocks, accounting's postings), so
// every row the year writes is the row the command would have written at that moment.
import { orderedId as randomUUID } from './ids.ts';
import { assert } from '../../kernel/assert.ts';
import { type Posting, balanced } from '../../modules/accounting/domain/posting.ts';
import { valueLeaving } from '../../modules/inventory/domain/valuation.ts';
import { formatDocumentNumber, type DocumentPrefix } from '../../platform/db/document-number.ts';
import type { YearTables } from './bulk-rows.ts';

export interface BookLocation {
  id: string;
  code: string;
  kind: string;
  /** Index into the level arrays; -1 for locations that hold no stock (customer, supplier, gain, loss). */
  slot: number;
}

export interface BookProduct {
  id: string;
  sku: string;
  cost: number;
}

const ACTOR = '00000000-0000-0000-0000-000000000000';

export class Books {
  readonly onHand: Int32Array;
  readonly reserved: Int32Array;
  readonly valueQuantity: Float64Array;
  readonly value: Float64Array;
  readonly counters = new Map<DocumentPrefix, number>();
  #journal = 0;

  constructor(
    readonly rows: YearTables,
    readonly products: readonly BookProduct[],
    readonly slots: number,
    /** purpose|till location → account id. */
    readonly accounts: ReadonlyMap<string, number>,
    startCounters: ReadonlyMap<DocumentPrefix, number>,
  ) {
    this.onHand = new Int32Array(products.length * slots);
    this.reserved = new Int32Array(products.length * slots);
    this.valueQuantity = new Float64Array(products.length);
    this.value = new Float64Array(products.length);
    this.touched = new Uint8Array(products.length * slots);
    this.valued = new Uint8Array(products.length);
    for (const [prefix, value] of startCounters) this.counters.set(prefix, value);
    this.#journal = startCounters.get('JE') ?? 0;
  }

  at(product: number, location: BookLocation): number {
    return product * this.slots + location.slot;
  }

  available(product: number, location: BookLocation): number {
    const i = this.at(product, location);
    return (this.onHand[i] as number) - (this.reserved[i] as number);
  }

  /** The next number of a document type, as nextDocumentNumber gives it. */
  number(prefix: DocumentPrefix): string {
    const value = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, value);
    return formatDocumentNumber(prefix, value);
  }

  get journalNumber(): number {
    return this.#journal;
  }

  /** A reservation taken now (an order's allocation or a transfer line), as tryReserveAll writes it. */
  reserve(product: number, location: BookLocation, quantity: number, source: { type: string; id: string }, at: Date): Reservation {
    const i = this.at(product, location);
    assert((this.onHand[i] as number) - (this.reserved[i] as number) >= quantity, `reserving ${quantity} of ${this.products[product]?.sku} at ${location.code}: not available`);
    this.reserved[i] = (this.reserved[i] as number) + quantity;
    return { id: randomUUID(), product, location, quantity, source, createdAt: at };
  }

  /** Writes a reservation once its fate is known (consumed or released at `closedAt`, or still active). */
  closeReservation(reservation: Reservation, status: 'active' | 'consumed' | 'released', closedAt: Date | null): void {
    const p = this.products[reservation.product] as BookProduct;
    this.rows.reservation.add(reservation.id, p.id, reservation.location.id, reservation.quantity, status, reservation.source.type, reservation.source.id,
      reservation.createdAt.toISOString(), closedAt?.toISOString() ?? null);
  }

  /**
   * One document's moves, in order, as moveStocks applies them: reservations consumed, levels taken and put,
   * each move valued at the company's average cost (or its inbound value when entering from outside).
   */
  move(moves: ReadonlyArray<MoveRequest>, source: { type: string; id: string }, at: Date): number[] {
    const when = at.toISOString();
    return moves.map((m) => {
      const p = this.products[m.product] as BookProduct;
      assert(m.quantity > 0 && Number.isSafeInteger(m.quantity), 'stock moves carry a positive quantity');
      let value: number;
      if (m.from.slot < 0) {
        assert(m.inboundValue !== undefined, 'stock entering the company needs its cost');
        value = m.inboundValue;
        this.valued[m.product] = 1;
        this.valueQuantity[m.product] = (this.valueQuantity[m.product] as number) + m.quantity;
        this.value[m.product] = (this.value[m.product] as number) + value;
      } else {
        const i = this.at(m.product, m.from);
        const release = m.reservation ? m.quantity : 0;
        assert((this.onHand[i] as number) - (this.reserved[i] as number) >= m.quantity - release, `${p.sku} at ${m.from.code}: ${m.quantity} asked, too few available`);
        this.onHand[i] = (this.onHand[i] as number) - m.quantity;
        this.reserved[i] = (this.reserved[i] as number) - release;
        value = valueLeaving({ quantity: this.valueQuantity[m.product] as number, value: this.value[m.product] as number }, m.quantity);
        if (m.to.slot < 0) {
          this.valueQuantity[m.product] = (this.valueQuantity[m.product] as number) - m.quantity;
          this.value[m.product] = (this.value[m.product] as number) - value;
        }
      }
      if (m.to.slot >= 0) {
        const i = this.at(m.product, m.to);
        this.onHand[i] = (this.onHand[i] as number) + m.quantity;
        this.touched[i] = 1;
      }
      this.rows.stock_move.add(p.id, m.from.id, m.to.id, m.quantity, value, source.type, source.id, ACTOR, when);
      return value;
    });
  }

  /** Posts a journal entry as postJournalEntry does; documents are named by number (pass numbers, not ids). */
  post(draft: Posting | null, at: Date): void {
    if (!draft) return;
    const posting = balanced(draft);
    if (posting.lines.length === 0) return;
    const total = posting.lines.reduce((sum, line) => sum + line.debit, 0);
    const id = randomUUID();
    this.#journal += 1;
    const when = at.toISOString();
    this.rows.journal_entry.add(id, this.#journal, when, when.slice(0, 10), posting.source.type, posting.source.id, posting.kind, posting.description,
      posting.channel, posting.locationId, ACTOR, total);
    posting.lines.forEach((line, index) => {
      const key = `${line.account.purpose}|${line.account.purpose === 'cash_till' ? (line.account.locationId ?? '') : ''}`;
      const account = this.accounts.get(key);
      assert(account !== undefined, `no account for ${key}`);
      this.rows.journal_line.add(id, index + 1, account, line.debit, line.credit, when, line.productId, line.locationId);
    });
  }

  /** The final levels and valuations, as rows. */
  writeLevels(locations: readonly BookLocation[]): void {
    for (const [index, product] of this.products.entries()) {
      for (const location of locations) {
        if (location.slot < 0) continue;
        const i = this.at(index, location);
        // A level row exists once stock has arrived there; the book only knows it is non-zero or was touched.
        if (this.touched[i]) this.rows.stock_level.add(product.id, location.id, this.onHand[i] as number, this.reserved[i] as number);
      }
      if ((this.valueQuantity[index] as number) > 0 || (this.value[index] as number) > 0 || this.valued[index]) {
        this.rows.product_valuation.add(product.id, this.valueQuantity[index] as number, this.value[index] as number);
      }
    }
  }

  readonly touched: Uint8Array;
  readonly valued: Uint8Array;
}

export interface Reservation {
  id: string;
  product: number;
  location: BookLocation;
  quantity: number;
  source: { type: string; id: string };
  createdAt: Date;
}

export interface MoveRequest {
  product: number;
  from: BookLocation;
  to: BookLocation;
  quantity: number;
  reservation?: boolean;
  inboundValue?: number;
}
