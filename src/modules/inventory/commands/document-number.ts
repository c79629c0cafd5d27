// Human-readable document numbers (ADJ-000042), unique across the company.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';

export async function nextDocumentNumber(ctx: Context, prefix: string): Promise<string> {
  const result = await sql<{ n: number }>`SELECT nextval('document_number')::int8 AS n`.execute(ctx.tx);
  return `${prefix}-${String(result.rows[0]?.n).padStart(6, '0')}`;
}
