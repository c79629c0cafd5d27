// Finance's tax setup: jurisdictions, which jurisdiction each location is in (one each), and the rule table
// (jurisdiction, tax category) → rate that overrides the product's own rate there.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Conflict, NotFound, UnknownReference } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveLocation } from '../../network/index.ts';
import { findJurisdiction, getJurisdiction, type Jurisdiction } from '../queries/tax-jurisdictions.ts';

export interface CreateJurisdictionInput {
  code: string;
  name: string;
  pricesIncludeTax?: boolean;
}

export async function createJurisdiction(ctx: Context, input: CreateJurisdictionInput): Promise<Jurisdiction> {
  if (await findJurisdiction(ctx.tx, input.code)) throw new Conflict('already_exists', `Tax jurisdiction ${input.code} already exists`);
  await sql`INSERT INTO tax_jurisdiction (id, code, name, prices_include_tax, created_at)
    VALUES (${randomUUID()}, ${input.code}, ${input.name}, ${input.pricesIncludeTax ?? false}, ${ctx.now})`.execute(ctx.tx);
  const jurisdiction = await getJurisdiction(ctx.tx, input.code);
  await ctx.audit({ action: 'tax.jurisdiction_created', entity: 'tax_jurisdiction', entityId: input.code, after: jurisdiction });
  return jurisdiction;
}

/** Puts a location in a jurisdiction (moving it out of the one it was in). */
export async function assignJurisdiction(ctx: Context, code: string, locationCode: string): Promise<Jurisdiction> {
  const jurisdiction = await lockedJurisdiction(ctx, code);
  const location = await resolveLocation(ctx.tx, locationCode, '/location');
  await sql`INSERT INTO location_tax_jurisdiction (location_id, jurisdiction_id) VALUES (${location.id}, ${jurisdiction.id})
    ON CONFLICT (location_id) DO UPDATE SET jurisdiction_id = EXCLUDED.jurisdiction_id`.execute(ctx.tx);
  const after = await getJurisdiction(ctx.tx, code);
  await ctx.audit({ action: 'tax.location_assigned', entity: 'tax_jurisdiction', entityId: code, after: { location: location.code } });
  return after;
}

export interface TaxRuleInput {
  jurisdiction: string;
  taxCategory: string;
  rate: number;
}

export async function setTaxRule(ctx: Context, input: TaxRuleInput): Promise<Jurisdiction> {
  const jurisdiction = await lockedJurisdiction(ctx, input.jurisdiction, '/jurisdiction');
  const before = jurisdiction.rules.find((rule) => rule.taxCategory === input.taxCategory) ?? null;
  await sql`INSERT INTO tax_rule (jurisdiction_id, tax_category, rate, updated_at) VALUES (${jurisdiction.id}, ${input.taxCategory}, ${input.rate}, ${ctx.now})
    ON CONFLICT (jurisdiction_id, tax_category) DO UPDATE SET rate = EXCLUDED.rate, updated_at = EXCLUDED.updated_at`.execute(ctx.tx);
  await ctx.audit({ action: 'tax.rule_set', entity: 'tax_jurisdiction', entityId: input.jurisdiction, before, after: { taxCategory: input.taxCategory, rate: input.rate } });
  return getJurisdiction(ctx.tx, input.jurisdiction);
}

async function lockedJurisdiction(ctx: Context, code: string, path?: string) {
  await sql`SELECT 1 FROM tax_jurisdiction WHERE code = ${code} FOR UPDATE`.execute(ctx.tx);
  const jurisdiction = await findJurisdiction(ctx.tx, code);
  if (!jurisdiction) {
    if (path) throw new UnknownReference('tax jurisdiction', code, path);
    throw new NotFound('Tax jurisdiction', code);
  }
  return jurisdiction;
}
