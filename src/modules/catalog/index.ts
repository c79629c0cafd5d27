// The catalog module's public surface: products (SKUs), their lookups and commands, events and routes.
export { createProduct, type CreateProductInput, newProduct } from './commands/create-product.ts';
export { updateProduct, type UpdateProductInput } from './commands/update-product.ts';
export { gtinCheckDigit, isValidGtin, normalizeGtin } from './domain/gtin.ts';
export { ATTRIBUTE_NAMES, DEFAULT_UNIT_OF_MEASURE, effectiveTaxRate, type Product, type ProductAttributes } from './domain/product.ts';
export type { CatalogEvent, ProductChanged, ProductCreated } from './events.ts';
export {
  findProductByBarcode,
  findProductBySku,
  getProductByBarcode,
  getProductBySku,
  productsByIds,
  resolveProducts,
} from './queries/find-products.ts';
export { listProducts, type ListProductsInput } from './queries/list-products.ts';
export { registerCatalogRoutes } from './http/routes.ts';
