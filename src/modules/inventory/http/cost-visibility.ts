// Stock values (quantity × cost) go only to callers whose role may read costs (costs.read in the permission
// table): a store associate or a service agent reads the count history without them.
import type { FastifyRequest } from 'fastify';

interface CountWithValues {
  lines: Array<{ value: number }>;
}

export function countFor<T extends CountWithValues>(request: FastifyRequest, count: T): T | (Omit<T, 'lines'> & { lines: Array<Omit<T['lines'][number], 'value'>> }) {
  if (request.may('costs.read')) return count;
  return { ...count, lines: count.lines.map(({ value: _hidden, ...line }) => line) };
}
