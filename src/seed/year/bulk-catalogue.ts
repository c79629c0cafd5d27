// The demo catalogue in two statements (the products, and their audit entries) instead of 2,000 createProduct
// calls: each row is the one createProduct writes — the same normalized attributes, search text and effective tax
// rate, and an audit entry 'product.created' with the product as its body (catalog.product_created has no subscriber).
import { sql } from 'kysely';
import { assert } from '../../kernel/assert.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { isValidGtin, newProduct } from '../../modules/catalog/index.ts';
import { productSearchText } from '../../modules/catalog/domain/search-text.ts';
import type { Engine, Queryable } from '../../platform/db/database.ts';
import type { DemoProduct } from '../demo-catalogue.ts';
import { BulkTable } from './bulk-rows.ts';
import { orderedId } from './ids.ts';

/** Inserts the catalogue (into a database without products) and returns the product ids in catalogue order. */
export async function insertCatalogue(db: Queryable, engine: Engine, catalogue: readonly DemoProduct[], companyDefaultTaxRate: number, at: Date): Promise<string[]> {
  const products = new BulkTable('product', [['id', 'uuid'], ['sku', 'text'], ['name', 'text'], ['barcode', 'text'], ['category', 'text'], ['family', 'text'], ['style', 'text'],
    ['attributes', 'jsonb'], ['unit_of_measure', 'text'], ['cost', 'int8'], ['price', 'int8'], ['tax_rate', 'int4'], ['search_text', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']]);
  const audit = new BulkTable('audit_log', [['at', 'timestamptz'], ['actor_id', 'uuid'], ['actor_email', 'text'], ['action', 'text'], ['entity', 'text'], ['entity_id', 'text'], ['after', 'jsonb']]);
  const when = at.toISOString();
  const ids = catalogue.map(({ input }) => {
    const barcode = input.barcode ?? null;
    assert(barcode === null || isValidGtin(barcode), `${input.sku}: invalid barcode ${barcode}`);
    const product = newProduct(orderedId(), input, companyDefaultTaxRate);
    products.add(product.id, product.sku, product.name, product.barcode, product.category, product.family, product.style, JSON.stringify(product.attributes),
      product.unitOfMeasure, product.cost, product.price, product.ownTaxRate, productSearchText(product), when, when);
    audit.add(when, SYSTEM_ACTOR.userId, SYSTEM_ACTOR.email, 'product.created', 'product', product.id, JSON.stringify(product));
    return product.id;
  });
  await products.write(db, engine);
  await audit.write(db, engine);
  return ids;
}
