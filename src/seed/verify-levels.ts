// Checks that the demo generator's own view of stock is the ledger's, at the end of a seed run (for tests).
import { sql } from 'kysely';
import type { App } from '../app.ts';
import type { DemoHistory } from './demo-history.ts';

/** The generator's own stock figures must be the ledger's: a difference means it misread a command. */
export async function verifyLevels(database: App['database'], history: DemoHistory): Promise<void> {
  const rows = await sql<{ sku: string; code: string; on_hand: number; reserved: number }>`SELECT p.sku, l.code, s.on_hand, s.reserved
    FROM stock_level s JOIN product p ON p.id = s.product_id JOIN location l ON l.id = s.location_id
    WHERE l.kind IN ('warehouse', 'store') AND (s.on_hand <> 0 OR s.reserved <> 0)`.execute(database.kysely);
  const ledger = new Map(rows.rows.map((row) => [`${row.code} ${row.sku}`, `${Number(row.on_hand)}/${Number(row.reserved)}`]));
  const mine = new Map(history.levels().map((level) => [`${level.location} ${level.sku}`, `${level.onHand}/${level.reserved}`]));
  const differences = [...new Set([...ledger.keys(), ...mine.keys()])].filter((key) => ledger.get(key) !== mine.get(key));
  if (differences.length > 0) {
    const sample = differences.slice(0, 5).map((key) => `${key}: ledger ${ledger.get(key) ?? '0/0'}, generator ${mine.get(key) ?? '0/0'}`);
    throw new Error(`The demo generator's stock differs from the ledger at ${differences.length} SKU-location(s): ${sample.join('; ')}`);
  }
}
