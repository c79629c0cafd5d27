// Facts the accounting module publishes inside the transaction that made them true. Nobody imports accounting:
// listeners declare the shape they read (see the exceptions module's subscribers).
import type { DomainEvent } from '../../platform/events/event-bus.ts';

/** A settlement file was imported with rows that match no order payment: kept for finance to work through. */
export type SettlementLinesUnmatched = DomainEvent<
  'accounting.settlement_lines_unmatched',
  { importId: string; number: string; lines: Array<{ rowNo: number; reference: string; gross: number | null; reason: string }> }
>;
