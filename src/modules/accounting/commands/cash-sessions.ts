// Till cash sessions: open one per store till with a float (drawn from the bank), close it with a count.
// The difference between the count and what the till account expects goes to cash over and short, and the
// counted cash is banked, so the till account is back to what is physically in the drawer: nothing.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Conflict } from '../../../kernel/errors.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { assertMayActAt } from '../../identity/index.ts';
import { resolveLocation } from '../../network/index.ts';
import { InvalidState } from '../../inventory/index.ts';
import { postingForCashCount, postingForCashFloat } from '../domain/postings-for-cash.ts';
import { type CashSession, getCashSession } from '../queries/cash-sessions.ts';
import { postJournalEntry } from './post-journal-entry.ts';
import { tillAccountId } from './till-accounts.ts';

export async function openCashSession(ctx: Context, input: { location: string; float: number }): Promise<CashSession> {
  const location = await resolveLocation(ctx.tx, input.location, '/location');
  assertMayActAt(ctx.actor, location.id, location.code);
  if (location.kind !== 'store') throw new Conflict('not_a_store', `${location.code} is not a store: only store tills take cash`);
  const id = randomUUID();
  const number = await nextDocumentNumber(ctx, 'CS');
  const opened = await sql`INSERT INTO cash_session (id, number, location_id, status, opening_float, opened_at, opened_by)
    VALUES (${id}, ${number}, ${location.id}, 'open', ${input.float}, ${ctx.now}, ${ctx.actor.userId}) ON CONFLICT DO NOTHING`.execute(ctx.tx);
  if (Number(opened.numAffectedRows ?? 0) === 0) throw new Conflict('cash_session_open', `The till of ${location.code} already has an open session`);
  await postJournalEntry(ctx, postingForCashFloat({ sessionId: id, locationId: location.id, float: input.float }));
  const session = await getCashSession(ctx.tx, id);
  await ctx.audit({ action: 'cash_session.opened', entity: 'cash_session', entityId: id, after: session });
  return session;
}

export async function closeCashSession(ctx: Context, idOrNumber: string, input: { counted: number }): Promise<CashSession> {
  const before = await getCashSession(ctx.tx, idOrNumber, { forUpdate: true });
  assertMayActAt(ctx.actor, before.locationId, before.location);
  if (before.status !== 'open') throw new InvalidState(`Cash session ${before.number}`, before.status, 'closed');
  const till = await tillAccountId(ctx, before.locationId);
  // Everything the till account received and paid out since the session opened, the float included.
  const movement = await sql<{ expected: number }>`SELECT coalesce(sum(debit - credit), 0)::int8 AS expected FROM journal_line
    WHERE account_id = ${till} AND posted_at >= ${new Date(before.openedAt)}`.execute(ctx.tx);
  const expected = Number(movement.rows[0]?.expected ?? 0);
  await sql`UPDATE cash_session SET status = 'closed', closed_at = ${ctx.now}, closed_by = ${ctx.actor.userId}, expected = ${expected},
    counted = ${input.counted}, difference = ${input.counted - expected} WHERE id = ${before.id}`.execute(ctx.tx);
  await postJournalEntry(ctx, postingForCashCount({ sessionId: before.id, locationId: before.locationId, expected, counted: input.counted }));
  const after = await getCashSession(ctx.tx, before.id);
  await ctx.audit({ action: 'cash_session.closed', entity: 'cash_session', entityId: before.id, before, after });
  return after;
}
