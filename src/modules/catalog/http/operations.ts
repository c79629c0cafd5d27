// OpenAPI documentation of the catalog routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

export const catalogOperations: OperationDocs = {
  'POST /api/v1/products': {
    operationId: 'createProduct',
    summary: 'Create a product',
    description: 'A product under a unique SKU with its price, cost, tax rate (basis points; without one the company default applies) and optional GTIN-8/12/13/14 barcode, valid check digit and unique.',
    problems: { 409: ['already_exists'] },
  },
  'GET /api/v1/products': {
    operationId: 'listProducts',
    summary: 'List and search products',
    description: 'Products in SKU order, a page at a time. `q`: words that must all occur in the SKU, name, style, colour, size or category (case and accents ignored), or a GTIN; an exact SKU or GTIN match comes first. Also filtered by `category`, `family`, `style`, `barcodePrefix` or exact `barcode`. `cost` is shown only to roles allowed `costs.read`.',
  },
  'GET /api/v1/products/by-barcode/:barcode': {
    operationId: 'getProductByBarcode',
    summary: 'Look a product up by barcode',
    description: 'The product whose GTIN barcode is this one, in any spelling of the same GTIN (GTIN-8, UPC-A, EAN-13 or GTIN-14 with leading zeros) — what a scanner at the till sends.',
    problems: { 404: ['not_found'] },
  },
  'GET /api/v1/products/:sku': {
    operationId: 'getProduct',
    summary: 'Get a product',
    description: 'One product by SKU. `cost` is shown only to roles allowed `costs.read`.',
    problems: { 404: ['not_found'] },
  },
  'POST /api/v1/products/:sku': {
    operationId: 'updateProduct',
    summary: 'Change a product',
    description: 'Changes the fields given (`barcode: null` removes the barcode); price and cost changes are audited. The SKU never changes.',
    problems: { 404: ['not_found'], 409: ['already_exists'] },
  },
};
