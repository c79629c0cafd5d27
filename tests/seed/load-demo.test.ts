// A first start that talks: loading the demo says how long it should take, then what it is loading, the share
// done and the seconds elapsed; a warm start (the database already seeded) says nothing about loading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWithProgress } from '../../src/seed/load-demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const TINY = { seed: 7, skus: 40, weeks: 1, volume: 0.2, end: '2026-11-27' };

describe('loading the demo with progress', () => {
  let t: TestApp;
  const cold: Array<{ fields: Record<string, unknown>; message: string }> = [];
  const warm: typeof cold = [];

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoWithProgress(t.app, { info: (fields, message) => cold.push({ fields: fields as Record<string, unknown>, message }) }, TINY);
    await loadDemoWithProgress(t.app, { info: (fields, message) => warm.push({ fields: fields as Record<string, unknown>, message }) }, TINY);
  }, 300_000);
  afterAll(() => t?.close());

  it('on a cold start, says once at the start how long it should take', () => {
    expect(cold[0]?.message).toMatch(/^loading the demo retailer \(first start only\), about \d+ s$/);
    expect(cold[0]?.fields.expectedSeconds).toEqual(expect.any(Number));
    expect(cold.filter((line) => line.message.startsWith('loading the demo retailer'))).toHaveLength(1);
  });

  it('then prints what it loaded, the percent done (rising to 100) and the seconds elapsed', () => {
    const progress = cold.filter((line) => line.message.startsWith('demo: '));
    expect(progress.map((line) => line.fields.phase)).toEqual(expect.arrayContaining(['network and users', 'catalogue', 'opening stock', 'history']));
    const percents = progress.map((line) => line.fields.percent as number);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    for (const line of progress) {
      expect(line.fields.elapsedSeconds).toEqual(expect.any(Number));
      expect(line.message).toMatch(/^demo: .+ done, \d+ % after \d+(\.\d)? s$/);
    }
    expect(cold.at(-1)?.message).toMatch(/^demo retailer loaded in \d+(\.\d)? s$/);
  });

  it('on a warm start (already seeded), prints no loading line at all', () => {
    expect(warm).toEqual([]);
  });
});
