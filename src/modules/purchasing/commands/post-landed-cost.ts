// Allocates a landed cost (freight, duty) to receipts by value or by quantity. The share of the goods still
// held moves their average cost (inventory's capitalizeCost); the share of goods already sold is expensed
// (cost of goods sold). Accounting is told both, against landed cost clearing.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { UnknownReference } from '../../../kernel/errors.ts';
import { splitByLargestRemainder } from '../../../kernel/money.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { capitalizeCost } from '../../inventory/index.ts';
import { allocateLandedCost, type LandedCostAllocation } from '../domain/landed-cost.ts';
import type { LandedCostPosted } from '../events.ts';
import { getLandedCost, type LandedCostView } from '../queries/landed-cost-view.ts';
import { resolveVendor } from '../queries/vendor-row.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';

export interface PostLandedCostInput {
  receipts: string[];
  amount: number;
  kind: 'freight' | 'duty';
  allocation: LandedCostAllocation;
  vendor?: string;
  reference?: string;
}

interface ReceiptLine {
  receipt_id: string;
  line_no: number;
  product_id: string;
  quantity: number;
  value: number;
}

export async function postLandedCost(ctx: Context, input: PostLandedCostInput): Promise<LandedCostView> {
  const vendor = input.vendor !== undefined ? await resolveVendor(ctx.tx, input.vendor, '/vendor') : undefined;
  const keys = [...new Set(input.receipts)];
  const found = await sql<{ id: string; number: string; location_id: string }>`SELECT id, number, location_id FROM receipt
    WHERE id::text = ANY(${keys}::text[]) OR number = ANY(${keys}::text[]) ORDER BY number FOR UPDATE`.execute(ctx.tx);
  for (const [index, key] of input.receipts.entries()) {
    const receipt = found.rows.find((row) => row.id === key || row.number === key);
    if (!receipt || (ctx.actor.locationIds !== null && !ctx.actor.locationIds.includes(receipt.location_id))) {
      throw new UnknownReference('receipt', key, `/receipts/${index}`);
    }
  }
  const lines = (
    await sql<ReceiptLine>`SELECT rl.receipt_id, rl.line_no, rl.product_id, rl.quantity, rl.value FROM receipt_line rl JOIN receipt r ON r.id = rl.receipt_id
      WHERE rl.receipt_id = ANY(${found.rows.map((row) => row.id)}::uuid[]) ORDER BY r.number, rl.line_no`.execute(ctx.tx)
  ).rows.map((line) => ({ ...line, quantity: Number(line.quantity), value: Number(line.value) }));
  const allocated = allocateLandedCost(input.amount, lines, input.allocation);

  // Per product: the units the cost belongs to and its share, capitalized for what is still held.
  const products = new Map<string, { quantity: number; value: number; lines: number[] }>();
  lines.forEach((line, index) => {
    const product = products.get(line.product_id) ?? { quantity: 0, value: 0, lines: [] };
    product.quantity += line.quantity;
    product.value += allocated[index] as number;
    product.lines.push(index);
    products.set(line.product_id, product);
  });
  const costs = [...products].filter(([, p]) => p.value > 0).map(([productId, p]) => ({ productId, quantity: p.quantity, value: p.value }));
  const results = await capitalizeCost(ctx, costs);
  const capitalizedOf = new Array<number>(lines.length).fill(0);
  for (const result of results) {
    const product = products.get(result.productId) as { lines: number[] };
    const parts = splitByLargestRemainder(result.capitalized, product.lines.map((index) => allocated[index] as number));
    product.lines.forEach((lineIndex, k) => {
      capitalizedOf[lineIndex] = parts[k] as number;
    });
  }
  const capitalized = results.reduce((sum, r) => sum + r.capitalized, 0);

  const id = randomUUID();
  await sql`INSERT INTO landed_cost (id, number, kind, allocation, amount, capitalized, expensed, vendor_id, reference, created_by, created_at)
    VALUES (${id}, ${await nextDocumentNumber(ctx, 'LC')}, ${input.kind}, ${input.allocation}, ${input.amount}, ${capitalized},
      ${input.amount - capitalized}, ${vendor?.id ?? null}, ${input.reference ?? null}, ${ctx.actor.userId}, ${ctx.now})`.execute(ctx.tx);
  await ctx.tx
    .insertInto('landed_cost_line')
    .values(
      lines.map((line, index) => ({
        landed_cost_id: id,
        line_no: index + 1,
        receipt_id: line.receipt_id,
        receipt_line_no: line.line_no,
        product_id: line.product_id,
        allocated: allocated[index],
        capitalized: capitalizedOf[index],
        expensed: (allocated[index] as number) - (capitalizedOf[index] as number),
      })),
    )
    .execute();
  await sql`UPDATE receipt_line rl SET landed_cost = rl.landed_cost + u.amount
    FROM unnest(${lines.map((l) => l.receipt_id)}::uuid[], ${lines.map((l) => l.line_no)}::int4[], ${allocated}::int8[]) AS u (receipt_id, line_no, amount)
    WHERE rl.receipt_id = u.receipt_id AND rl.line_no = u.line_no`.execute(ctx.tx);

  const event: LandedCostPosted = {
    type: 'purchasing.landed_cost_posted',
    payload: {
      landedCostId: id,
      kind: input.kind,
      vendorId: vendor?.id ?? null,
      amount: input.amount,
      capitalized,
      expensed: input.amount - capitalized,
      lines: results.map((r) => ({ productId: r.productId, capitalized: r.capitalized, expensed: r.expensed })),
    },
  };
  await ctx.emit(event);
  const view = await getLandedCost(ctx.tx, id);
  await ctx.audit({ action: 'landed_cost.posted', entity: 'landed_cost', entityId: id, after: view });
  return view;
}
