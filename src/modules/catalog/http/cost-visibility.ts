// Unit cost goes only to callers whose role may read costs (costs.read in the permission table): a store
// associate or a service agent gets products without the field.
import type { FastifyRequest } from 'fastify';
import type { Product } from '../domain/product.ts';

export function productFor(request: FastifyRequest, product: Product): Product | Omit<Product, 'cost'> {
  if (request.may('costs.read')) return product;
  const { cost: _hidden, ...shown } = product;
  return shown;
}
