// Table-driven tests of reading a settlement CSV and matching its rows to order payments.
import { describe, expect, it } from 'vitest';
import { matchSettlementRow } from './match-settlement.ts';
import { parseCsvRecords, parseSettlementCsv, SettlementFileError } from './settlement-csv.ts';

describe('parseSettlementCsv', () => {
  it('reads minor units, any column order, quoted fields and CRLF', () => {
    const rows = parseSettlementCsv('\uFEFFReference,Date,Gross,Fee,Net\r\n"SO-1, web",2026-05-01,10000,150,9850\r\nSO-2,2026-05-01,-500,0,-500\r\n\r\n');
    expect(rows).toEqual([
      { rowNo: 1, date: '2026-05-01', reference: 'SO-1, web', gross: 10_000, fee: 150, net: 9_850 },
      { rowNo: 2, date: '2026-05-01', reference: 'SO-2', gross: -500, fee: 0, net: -500 },
    ]);
  });

  it('reads a file with decimal amounts in major units, without floats', () => {
    const rows = parseSettlementCsv('date,reference,gross,fee,net\n2026-05-01,A,100.10,1.5,98.60\n2026-05-01,B,12,0.29,11.71\n');
    expect(rows.map((r) => [r.gross, r.fee, r.net])).toEqual([[10_010, 150, 9_860], [1_200, 29, 1_171]]);
  });

  it.each([
    ['a bad date', '2026-13-45,A,100,1,99', 'invalid_date'],
    ['a missing reference', '2026-05-01,,100,1,99', 'invalid_reference'],
    ['a non-number', '2026-05-01,A,abc,1,99', 'invalid_amount'],
    ['three decimals', '2026-05-01,A,1.001,0,1.001', 'invalid_amount'],
    ['a net that is not gross − fee', '2026-05-01,A,100,1,98', 'amounts_do_not_add_up'],
    ['a short row', '2026-05-01,A,100', 'invalid_amount'],
  ])('flags %s', (_name, line, problem) => {
    expect(parseSettlementCsv(`date,reference,gross,fee,net\n${line}\n`)[0]?.problem).toBe(problem);
  });

  it.each([[''], ['date,reference,gross\n2026-05-01,A,1']])('refuses a file without the columns: %j', (text) => {
    expect(() => parseSettlementCsv(text)).toThrow(SettlementFileError);
  });

  it('parses RFC 4180 records', () => {
    expect(parseCsvRecords('a,"b ""c""",d\n"e\nf",g')).toEqual([['a', 'b "c"', 'd'], ['e\nf', 'g']]);
  });
});

describe('matchSettlementRow', () => {
  const row = (gross: number, fee = 0) => ({ rowNo: 1, date: '2026-05-01', reference: 'SO-1', gross, fee, net: gross - fee });
  const card = { orderId: 'o1', method: 'card', amount: 1000 } as const;
  const fresh = { capture: false, refunds: 0 };
  it.each([
    ['a capture of the exact amount', row(1000, 20), card, fresh, { status: 'matched', orderId: 'o1', settled: { clearing: 'card_clearing', gross: 1000, fee: 20, net: 980 } }],
    ['an online capture', row(1000), { ...card, method: 'online' }, fresh, { status: 'matched', orderId: 'o1', settled: { clearing: 'online_clearing', gross: 1000, fee: 0, net: 1000 } }],
    ['an unknown order', row(1000), null, fresh, { status: 'exception', orderId: null, reason: 'unknown_reference' }],
    ['a cash order', row(1000), { ...card, method: 'cash' }, fresh, { status: 'exception', orderId: 'o1', reason: 'not_a_provider_payment' }],
    ['a different amount', row(999), card, fresh, { status: 'exception', orderId: 'o1', reason: 'amount_mismatch' }],
    ['a capture settled before', row(1000), card, { capture: true, refunds: 0 }, { status: 'exception', orderId: 'o1', reason: 'already_settled' }],
    ['a refund within the capture', row(-400), card, { capture: true, refunds: 600 }, { status: 'matched', orderId: 'o1', settled: { clearing: 'card_clearing', gross: -400, fee: 0, net: -400 } }],
    ['a refund beyond the capture', row(-401), card, { capture: true, refunds: 600 }, { status: 'exception', orderId: 'o1', reason: 'refund_exceeds_payment' }],
    ['a zero row', row(0), card, fresh, { status: 'exception', orderId: 'o1', reason: 'zero_amount' }],
    ['an unreadable row', { ...row(1000), problem: 'invalid_date' }, card, fresh, { status: 'exception', orderId: null, reason: 'invalid_date' }],
  ] as const)('%s', (_name, settlementRow, payment, before, expected) => {
    expect(matchSettlementRow(settlementRow, payment, before)).toEqual(expected);
  });
});
