// API calls the store-floor browser tests make to set up their data (as the admin) and to check the outcome.
import { expect } from 'vitest';
import { apiGet } from './browser.ts';

export interface Level {
  sku: string;
  location: string;
  available: number;
}

export async function apiPost<T>(baseUrl: string, token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status, `POST ${path}: ${text}`).toBeLessThan(300);
  return JSON.parse(text) as T;
}

/** The SKU with the most units available at a location (at least `atLeast`). */
export async function skuAvailableAt(baseUrl: string, token: string, location: string, atLeast: number): Promise<string> {
  return (await skusAvailableAt(baseUrl, token, location, atLeast, 1))[0] as string;
}

/** The `count` SKUs with the most units available at a location, each at least `atLeast`. */
export async function skusAvailableAt(baseUrl: string, token: string, location: string, atLeast: number, count: number): Promise<string[]> {
  const levels = await apiGet<{ items: Level[] }>(baseUrl, token, `/inventory/levels?location=${location}&limit=500`);
  const best = levels.items.filter((level) => level.available >= atLeast).sort((a, b) => b.available - a.available);
  if (best.length < count) throw new Error(`The demo has fewer than ${count} SKUs with ${atLeast} or more available at ${location}`);
  return best.slice(0, count).map((level) => level.sku);
}
