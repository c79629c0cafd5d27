// Finance's own entries (accruals, corrections, opening balances) and reversals of any entry: the
// journal is immutable, so a wrong entry is undone by its mirror image, never edited.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Conflict, InvalidInput, UnknownReference } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { accountsByCodes } from '../queries/find-accounts.ts';
import { getJournalEntry, type JournalEntryView } from '../queries/list-journal-entries.ts';
import { writeEntry } from './post-journal-entry.ts';

export interface ManualEntryInput {
  description: string;
  lines: Array<{ account: string; debit?: number; credit?: number }>;
}

export async function postManualEntry(ctx: Context, input: ManualEntryInput): Promise<JournalEntryView> {
  const accounts = await accountsByCodes(ctx.tx, input.lines.map((line) => line.account));
  const lines = input.lines.map((line, index) => {
    const account = accounts.get(line.account);
    if (!account || account.archived) throw new UnknownReference('account', line.account, `/lines/${index}/account`);
    const debit = line.debit ?? 0;
    const credit = line.credit ?? 0;
    if ((debit > 0) === (credit > 0)) {
      throw new InvalidInput('Each line is a debit or a credit', [{ path: `/lines/${index}`, message: 'must have exactly one of debit and credit above zero' }]);
    }
    return { accountId: account.id, debit, credit };
  });
  const debits = lines.reduce((sum, line) => sum + line.debit, 0);
  const credits = lines.reduce((sum, line) => sum + line.credit, 0);
  if (debits !== credits) throw new InvalidInput('The entry does not balance', [{ path: '/lines', message: `debits ${debits} must equal credits ${credits}` }]);
  if (!Number.isSafeInteger(debits)) throw new InvalidInput('The entry is too large', [{ path: '/lines', message: 'amounts are too large' }]);
  const posted = await writeEntry(ctx, { kind: 'manual', source: { type: 'manual', id: randomUUID() }, description: input.description }, lines);
  const entry = await getJournalEntry(ctx.tx, posted.id);
  await ctx.audit({ action: 'journal_entry.posted', entity: 'journal_entry', entityId: posted.id, after: entry });
  return entry;
}

export async function reverseJournalEntry(ctx: Context, idOrNumber: string): Promise<JournalEntryView> {
  const original = await getJournalEntry(ctx.tx, idOrNumber);
  const state = await sql<{ reverses_id: string | null; reversed_by: string | null }>`SELECT e.reverses_id,
      (SELECT r.id FROM journal_entry r WHERE r.reverses_id = e.id) AS reversed_by
    FROM journal_entry e WHERE e.id = ${original.id} FOR UPDATE`.execute(ctx.tx);
  if (state.rows[0]?.reversed_by) throw new Conflict('already_reversed', `Journal entry ${original.number} has already been reversed`);
  if (state.rows[0]?.reverses_id) throw new Conflict('invalid_state', `Journal entry ${original.number} is itself a reversal`);
  const accounts = await accountsByCodes(ctx.tx, original.lines.map((line) => line.account));
  const dimensions = await sql<{ line_no: number; product_id: string | null; location_id: string | null }>`SELECT line_no, product_id, location_id
    FROM journal_line WHERE entry_id = ${original.id} ORDER BY line_no`.execute(ctx.tx);
  const lines = original.lines.map((line, index) => ({
    accountId: (accounts.get(line.account) as { id: number }).id,
    debit: line.credit,
    credit: line.debit,
    productId: dimensions.rows[index]?.product_id ?? null,
    locationId: dimensions.rows[index]?.location_id ?? null,
  }));
  const header = await sql<{ source_type: string; source_id: string; channel: null; location_id: string | null }>`SELECT source_type, source_id, channel, location_id
    FROM journal_entry WHERE id = ${original.id}`.execute(ctx.tx);
  const source = header.rows[0] as { source_type: string; source_id: string; channel: null; location_id: string | null };
  const posted = await writeEntry(
    ctx,
    {
      kind: 'reversal',
      source: { type: source.source_type, id: source.source_id },
      description: `Reversal of ${original.number}: ${original.description}`,
      channel: source.channel,
      locationId: source.location_id,
      reversesId: original.id,
    },
    lines,
  );
  const reversal = await getJournalEntry(ctx.tx, posted.id);
  await ctx.audit({ action: 'journal_entry.reversed', entity: 'journal_entry', entityId: original.id, before: original, after: reversal });
  return reversal;
}
