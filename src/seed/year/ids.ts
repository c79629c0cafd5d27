// Identifiers for the bulk year: valid UUIDs (version 7 layout: a growing prefix, then random bits) handed out in
// increasing order, so the primary-key B-trees of a few hundred thousand rows are filled at their right edge
// instead of at random places — the difference between minutes and seconds on the embedded database.
import { randomBytes } from 'node:crypto';

let counter = 0;
const base = Date.now() * 4096;
const pool = { bytes: randomBytes(0), at: 0 };

function random48(): string {
  if (pool.at + 6 > pool.bytes.length) {
    pool.bytes = randomBytes(6 * 65_536);
    pool.at = 0;
  }
  const hex = pool.bytes.toString('hex', pool.at, pool.at + 6);
  pool.at += 6;
  return hex;
}

export function orderedId(): string {
  counter += 1;
  const stamp = (base + counter).toString(16).padStart(15, '0').slice(-15);
  const tail = random48();
  return `${stamp.slice(0, 8)}-${stamp.slice(8, 12)}-7${stamp.slice(12, 15)}-${(8 + (counter % 4)).toString(16)}${tail.slice(0, 3)}-${tail.slice(3, 12)}${tail.slice(0, 3)}`;
}
