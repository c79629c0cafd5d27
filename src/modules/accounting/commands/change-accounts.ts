// Edits the chart: add an account, rename one, archive one. Accounts are never deleted (their lines keep
// them), the system's routing accounts (those with a purpose) are never archived, and an archived account
// takes no new postings.
import { Conflict, NotFound } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { Account, AccountType, Role } from '../domain/account.ts';
import { findAccount, getAccount, toAccount } from '../queries/find-accounts.ts';

export interface CreateAccountInput {
  code: string;
  name: string;
  type: AccountType;
  role?: Role | null;
}

/** Till accounts are named 1010-{store}: that prefix is the system's. */
const RESERVED_PREFIX = '1010-';

export async function createAccount(ctx: Context, input: CreateAccountInput): Promise<Account> {
  if (input.code.startsWith(RESERVED_PREFIX)) throw new Conflict('already_exists', `Account codes starting with ${RESERVED_PREFIX} are reserved for store tills`);
  if (await findAccount(ctx.tx, input.code)) throw new Conflict('already_exists', `Account ${input.code} already exists`);
  await ctx.tx.insertInto('account').values({ code: input.code, name: input.name, type: input.type, role: input.role ?? null, created_at: ctx.now }).execute();
  const account = await getAccount(ctx.tx, input.code);
  await ctx.audit({ action: 'account.created', entity: 'account', entityId: input.code, after: account });
  return account;
}

export async function renameAccount(ctx: Context, code: string, name: string): Promise<Account> {
  const before = await lockedAccount(ctx, code);
  await ctx.tx.updateTable('account').set({ name }).where('id', '=', before.id).execute();
  const after = { ...toAccount(before), name };
  await ctx.audit({ action: 'account.renamed', entity: 'account', entityId: code, before: toAccount(before), after });
  return after;
}

export async function archiveAccount(ctx: Context, code: string): Promise<Account> {
  const before = await lockedAccount(ctx, code);
  if (before.purpose !== null) throw new Conflict('account_in_use', `Account ${code} receives automatic postings (${before.purpose}) and cannot be archived`);
  await ctx.tx.updateTable('account').set({ archived: true }).where('id', '=', before.id).execute();
  const after = { ...toAccount(before), archived: true };
  await ctx.audit({ action: 'account.archived', entity: 'account', entityId: code, before: toAccount(before), after });
  return after;
}

async function lockedAccount(ctx: Context, code: string) {
  const row = await findAccount(ctx.tx, code, { forUpdate: true });
  if (!row) throw new NotFound('Account', code);
  return row;
}
