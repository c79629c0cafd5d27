// Reads one product's stock level at one location through the API (zeros when it has never held any).
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

export interface Level {
  onHand: number;
  reserved: number;
  available: number;
}

export async function stockLevel(t: TestApp, sku: string, location: string): Promise<Level> {
  const response = await t.get(`/api/v1/inventory/levels?sku=${sku}&location=${location}`);
  expect(response.status).toBe(200);
  const item = response.body.items[0];
  return item ? { onHand: item.onHand, reserved: item.reserved, available: item.available } : { onHand: 0, reserved: 0, available: 0 };
}
