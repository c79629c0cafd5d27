// Opening stock: each store's range and till demand, and one opening adjustment per warehouse and store.
import type { DemoProduct } from '../demo-catalogue.ts';
import { WeightedTable } from '../random.ts';
import { transaction } from './agenda.ts';
import { OPENING_REASON } from '../../modules/inventory/index.ts';
import { adjust } from './counts-and-write-offs.ts';
import { CHANNEL_FAMILY, MARKETPLACE_ORDERS_PER_DAY, TILL_SALES_PER_STORE_DAY, WEB_ORDERS_PER_DAY } from './parameters.ts';
import type { HistoryState } from './state.ts';

/** Decides each store's range and stock, and posts one opening adjustment per warehouse and store. */
export async function openStock(s: HistoryState, at: Date): Promise<void> {
  const random = s.random.fork('opening');
  const volume = s.options.volume;
  const styles = new Map<string, number[]>();
  for (const [index, product] of s.products.entries()) {
    const style = product.input.style ?? product.input.sku;
    styles.set(style, [...(styles.get(style) ?? []), index]);
  }
  const styleWeights = [...styles.values()].map((members) => members.reduce((sum, index) => sum + (s.products[index] as DemoProduct).weight, 0));
  const meanStyleWeight = styleWeights.reduce((sum, weight) => sum + weight, 0) / Math.max(1, styleWeights.length);

  // Ranges: bigger stores carry more styles, every store carries the popular ones more often.
  for (const store of s.stores) {
    const carried: number[] = [];
    for (const [styleIndex, members] of [...styles.values()].entries()) {
      const score = (styleWeights[styleIndex] as number) / meanStyleWeight;
      const probability = Math.min(0.85, Math.max(0.03, 0.06 + 0.21 * store.size * score ** 0.45));
      if (random.chance(probability)) carried.push(...members);
    }
    s.carried[store.index] = carried;
    const weights = carried.map((prod) => {
      const product = s.products[prod] as DemoProduct;
      return product.weight * CHANNEL_FAMILY.store[product.family];
    });
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const unitsPerDay = TILL_SALES_PER_STORE_DAY * volume * store.size * 2.6;
    for (const [i, prod] of carried.entries()) s.rate[s.at(store.index, prod)] = (unitsPerDay * (weights[i] as number)) / total;
    s.storeTables[store.index] = new WeightedTable(carried.map((prod, i) => ({ item: prod, weight: weights[i] as number })));
  }

  // Online demand per SKU per day, for the warehouses' depth.
  const onlineOrders = (WEB_ORDERS_PER_DAY + MARKETPLACE_ORDERS_PER_DAY) * volume * 2.2;
  const webTotal = s.webTable.total;
  const marketplaceTotal = s.marketplaceTable.total;

  await transaction(s, at, async (ctx) => {
    for (const store of s.stores) {
      const lines: Array<{ sku: string; delta: number }> = [];
      for (const prod of s.carried[store.index] as number[]) {
        const product = s.products[prod] as DemoProduct;
        const presentation = product.family === 'home' ? random.int(3, 6) : product.family === 'electronics' ? random.int(2, 3) : product.maxQuantity === 1 ? random.int(1, 2) : random.int(2, 3);
        const quantity = Math.max(presentation, Math.round((s.rate[s.at(store.index, prod)] as number) * random.between(18, 40)));
        lines.push({ sku: product.input.sku, delta: quantity });
        s.planned[s.at(store.index, prod)] = quantity;
        s.onHand[s.at(store.index, prod)] = quantity;
      }
      if (lines.length > 0) await adjust(s, ctx, store, OPENING_REASON, lines);
    }
    for (const warehouse of s.warehouses) {
      const lines: Array<{ sku: string; delta: number }> = [];
      for (const [prod, product] of s.products.entries()) {
        const online =
          onlineOrders * ((product.weight * CHANNEL_FAMILY.web[product.family]) / webTotal) * (WEB_ORDERS_PER_DAY / (WEB_ORDERS_PER_DAY + MARKETPLACE_ORDERS_PER_DAY)) +
          onlineOrders * ((product.weight * CHANNEL_FAMILY.marketplace[product.family]) / marketplaceTotal) * (MARKETPLACE_ORDERS_PER_DAY / (WEB_ORDERS_PER_DAY + MARKETPLACE_ORDERS_PER_DAY));
        let stores = 0;
        for (const store of s.stores) if (store.warehouse === warehouse.index) stores += s.rate[s.at(store.index, prod)] as number;
        const quantity = product.hot
          ? random.int(1, 3)
          : Math.round((online * 0.5 * 70 + stores * 35) * random.between(0.6, 1.4)) + random.int(2, 6);
        if (quantity <= 0) continue;
        lines.push({ sku: product.input.sku, delta: quantity });
        s.onHand[s.at(warehouse.index, prod)] = quantity;
      }
      if (lines.length > 0) await adjust(s, ctx, warehouse, OPENING_REASON, lines);
    }
  });
}
