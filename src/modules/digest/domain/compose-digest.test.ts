// The digest composer on a fixed day: ranking by value at risk, the three actions with their verbs, KPI moves
// with null-safe changes, and the exact text and HTML (golden strings).
import { describe, expect, it } from 'vitest';
import { composeDigest, type DigestInput } from './compose-digest.ts';
import { digestHtml, digestText } from './render-digest.ts';
import { changePercent, money, sameDayLastYear } from './wording.ts';

const INPUT: DigestInput = {
  date: '2026-12-03',
  now: new Date('2026-12-03T09:00:00Z'),
  role: 'store_manager',
  locations: ['S1'],
  currency: 'EUR',
  exceptions: [
    { id: 'e1', kind: 'stock_discrepancy', location: 'S1', summary: 'TEE counted 17, expected 20 (−3)', status: 'open', valueAtRisk: 1_200, dueAt: '2026-12-03T12:00:00Z' },
    { id: 'e2', kind: 'transfer_overdue', location: 'S1', summary: 'Transfer T-7 from W1 <late>', status: 'acknowledged', valueAtRisk: 123_400, dueAt: '2026-12-02T07:30:00Z' },
    { id: 'e3', kind: 'return_anomaly', location: 'S1', summary: 'Return R-2 & R-3 of one order', status: 'resolved', valueAtRisk: 500_000, dueAt: '2026-12-04T09:00:00Z' },
    { id: 'e4', kind: 'stockout_risk', location: 'S1', summary: 'MUG covers 1 day', status: 'open', valueAtRisk: 1_200, dueAt: '2026-12-05T10:00:00Z' },
    { id: 'e5', kind: 'negative_margin_sale', location: 'S1', summary: 'Order O-9 sold CAP below cost', status: 'open', valueAtRisk: 300, dueAt: '2026-12-03T09:20:00Z' },
  ],
  kpis: [
    { name: 'net_sales', title: 'Net sales', unit: 'money', day: 150_000, weekAgo: 120_000, yearAgo: 0 },
    { name: 'gross_margin', title: 'Gross margin', unit: 'money', day: 60_000, weekAgo: 64_000, yearAgo: null },
    { name: 'return_rate', title: 'Return rate', unit: 'ratio', day: 0.05, weekAgo: 0.05, yearAgo: 0.04 },
  ],
};

describe('composeDigest', () => {
  const digest = composeDigest(INPUT);

  it('ranks the exceptions by value at risk (then earliest due) and acts on the three largest unresolved ones', () => {
    expect(digest.exceptions.map((line) => line.id)).toEqual(['e3', 'e2', 'e1', 'e4', 'e5']);
    expect(digest.actions.map((action) => [action.rank, action.verb, action.exceptionId])).toEqual([
      [1, 'Chase', 'e2'],
      [2, 'Resolve', 'e1'],
      [3, 'Reorder for', 'e4'],
    ]);
    expect(digest.totalValueAtRisk).toBe(123_400 + 1_200 + 1_200 + 300);
  });

  it('compares each KPI with the same weekday last week and the same day last year, null when the base is zero or missing', () => {
    expect(digest.kpis[0]).toMatchObject({ value: 150_000, lastWeek: { date: '2026-11-26', value: 120_000, changePercent: 25 }, lastYear: { date: '2025-12-03', value: 0, changePercent: null } });
    expect(digest.kpis[1]?.lastWeek.changePercent).toBe(-6.3);
    expect(digest.kpis[1]?.lastYear).toEqual({ date: '2025-12-03', value: null, changePercent: null });
    expect(digest.kpis[2]?.lastWeek.changePercent).toBe(0);
    expect(digest.kpis[2]?.lastYear.changePercent).toBe(25);
  });

  it('words the plain text from the numbers alone (golden)', () => {
    expect(digestText(digest)).toBe(
      [
        'Daily digest — 2026-12-03',
        'Thursday 2026-12-03 for Store manager (S1): 4 open exceptions, €1,261.00 at risk.',
        '',
        'Top actions',
        '1. Chase the transfer overdue at S1: Transfer T-7 from W1 <late>',
        '   Why: €1,234.00 at risk, overdue by 25 h.',
        '   /exceptions?status=unresolved&kind=transfer_overdue',
        '2. Resolve the stock discrepancy at S1: TEE counted 17, expected 20 (−3)',
        '   Why: €12.00 at risk, due in 3 h.',
        '   /exceptions?status=unresolved&kind=stock_discrepancy',
        '3. Reorder for the stockout risk at S1: MUG covers 1 day',
        '   Why: €12.00 at risk, due in 2 d.',
        '   /exceptions?status=unresolved&kind=stockout_risk',
        '',
        'Exceptions by value at risk',
        '- Return anomaly at S1 (resolved): Return R-2 & R-3 of one order',
        '  Why: €5,000.00 at risk, resolved since.',
        '  /exceptions?status=resolved&kind=return_anomaly',
        '- Transfer overdue at S1 (acknowledged): Transfer T-7 from W1 <late>',
        '  Why: €1,234.00 at risk, overdue by 25 h.',
        '  /exceptions?status=unresolved&kind=transfer_overdue',
        '- Stock discrepancy at S1 (open): TEE counted 17, expected 20 (−3)',
        '  Why: €12.00 at risk, due in 3 h.',
        '  /exceptions?status=unresolved&kind=stock_discrepancy',
        '- Stockout risk at S1 (open): MUG covers 1 day',
        '  Why: €12.00 at risk, due in 2 d.',
        '  /exceptions?status=unresolved&kind=stockout_risk',
        '- Negative margin sale at S1 (open): Order O-9 sold CAP below cost',
        '  Why: €3.00 at risk, due within the hour.',
        '  /exceptions?status=unresolved&kind=negative_margin_sale',
        '',
        'KPI moves',
        '- Net sales: €1,500.00',
        '  Up 25.0% on last Thursday 2026-11-26 (€1,200.00); €0.00 on the same day last year, Wednesday 2025-12-03, no change to measure.',
        '  /kpis/catalogue?kpi=net_sales&by=day&from=2026-11-26&to=2026-12-03',
        '- Gross margin: €600.00',
        '  Down 6.3% on last Thursday 2026-11-26 (€640.00); no figure for the same day last year, Wednesday 2025-12-03.',
        '  /kpis/catalogue?kpi=gross_margin&by=day&from=2026-11-26&to=2026-12-03',
        '- Return rate: 5.0%',
        '  Unchanged on last Thursday 2026-11-26 (5.0%); up 25.0% on the same day last year, Wednesday 2025-12-03 (4.0%).',
        '  /kpis/catalogue?kpi=return_rate&by=day&from=2026-11-26&to=2026-12-03',
        '',
      ].join('\n'),
    );
  });

  it('renders HTML with every text escaped', () => {
    const html = digestHtml(digest);
    expect(html).toContain('<li><a href="/exceptions?status=unresolved&amp;kind=transfer_overdue">Chase the transfer overdue at S1: Transfer T-7 from W1 &lt;late&gt;</a><br><small>Why: €1,234.00 at risk, overdue by 25 h.</small></li>');
    expect(html).toContain('Return R-2 &amp; R-3 of one order');
    expect(html).not.toContain('<late>');
    expect(html.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Daily digest — 2026-12-03</title>')).toBe(true);
  });

  it('says so when there is nothing to do', () => {
    const empty = composeDigest({ ...INPUT, role: 'finance', locations: null, exceptions: [], kpis: [] });
    expect(empty.headline).toBe('Thursday 2026-12-03 for Finance (all locations): no open exceptions.');
    expect(digestText(empty)).toBe(
      'Daily digest — 2026-12-03\nThursday 2026-12-03 for Finance (all locations): no open exceptions.\n\nTop actions\n  Nothing to act on.\n\nExceptions by value at risk\n  None.\n\nKPI moves\n  None.\n',
    );
  });

  it('says when more exceptions were open than it lists', () => {
    const more = composeDigest({ ...INPUT, exceptions: INPUT.exceptions.slice(0, 2), moreExceptions: true });
    expect(more.moreExceptions).toBe(true);
    expect(more.headline).toBe('Thursday 2026-12-03 for Store manager (S1): more exceptions than listed; the 2 largest include 2 open, €1,246.00 at risk.');
    expect(digest.moreExceptions).toBe(false);
  });
});

describe('wording', () => {
  it('formats money with separators and the currency sign', () => {
    expect(money(123_456_789, 'EUR')).toBe('€1,234,567.89');
    expect(money(-5, 'USD')).toBe('−$0.05');
    expect(money(100, 'SEK')).toBe('SEK 1.00');
  });
  it('is null-safe on a zero base', () => {
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(null, 5)).toBeNull();
    expect(changePercent(0, 5)).toBe(-100);
    expect(changePercent(10_625, 10_000)).toBe(6.3);
    expect(changePercent(9_375, 10_000)).toBe(-6.3);
  });
  it('maps 29 February to 28 February a year earlier', () => {
    expect(sameDayLastYear('2028-02-29')).toBe('2027-02-28');
  });
});
