import { describe, expect, it } from 'vitest';
import { AREAS, homePath } from './areas.ts';

const all = AREAS.map((area) => area.action);

describe('where a user lands', () => {
  it('is their role’s own area when they may use it', () => {
    expect(homePath('buyer', all)).toBe('/purchasing');
    expect(homePath('store_associate', all)).toBe('/till');
    expect(homePath('analyst', all)).toBe('/kpis');
  });

  it('is the first area they may use when their role’s home is not allowed, and the root when none is', () => {
    expect(homePath('buyer', ['inventory.read', 'orders.read'])).toBe('/stock');
    expect(homePath('someone_new', ['orders.read'])).toBe('/orders');
    expect(homePath('buyer', [])).toBe('/');
  });
});
