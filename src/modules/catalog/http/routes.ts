// HTTP routes of the catalog: create, change, look up (by SKU or barcode), list and search products.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { createProduct } from '../commands/create-product.ts';
import { updateProduct } from '../commands/update-product.ts';
import { getProductByBarcode, getProductBySku } from '../queries/find-products.ts';
import { listProducts } from '../queries/list-products.ts';
import { productFor } from './cost-visibility.ts';
import { barcodeParams, createProductBody, listProductsQuery, productParams, productSchema, updateProductBody } from './schemas.ts';

export function registerCatalogRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['catalog'];
  const read = { action: 'products.read' };
  const write = { action: 'products.write' };

  app.post(
    '/api/v1/products',
    { config: write, schema: { tags, body: createProductBody, response: { 201: productSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 201, (ctx) => createProduct(ctx, request.body)),
  );

  app.get(
    '/api/v1/products',
    { config: read, schema: { tags, querystring: listProductsQuery, response: { 200: page(productSchema) } } },
    async (request) => {
      const products = await listProducts(db, request.query);
      return { ...products, items: products.items.map((product) => productFor(request, product)) };
    },
  );

  app.get(
    '/api/v1/products/by-barcode/:barcode',
    { config: read, schema: { tags, params: barcodeParams, response: { 200: productSchema } } },
    async (request) => productFor(request, await getProductByBarcode(db, request.params.barcode)),
  );

  app.get(
    '/api/v1/products/:sku',
    { config: read, schema: { tags, params: productParams, response: { 200: productSchema } } },
    async (request) => productFor(request, await getProductBySku(db, request.params.sku)),
  );

  app.post(
    '/api/v1/products/:sku',
    { config: write, schema: { tags, params: productParams, body: updateProductBody, response: { 200: productSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => updateProduct(ctx, request.params.sku, request.body)),
  );
}
