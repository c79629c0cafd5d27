// The file contract of `emporium forecast` (../shared/docs/forecasting-contract.md): in-process through the command's
// own function (the CLI's only code path), plus two runs of the real CLI for its exit status and stderr.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseForecastArgs, runForecastCommand } from '../../src/modules/forecasting/index.ts';

const work = mkdtempSync(join(tmpdir(), 'forecast-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const BIN = new URL('../../bin/emporium.js', import.meta.url).pathname;

function file(name: string, text: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the command in this process; status 0, or 1 with the message the CLI prints. */
async function forecast(args: string[]): Promise<{ status: number; stderr: string }> {
  try {
    await runForecastCommand(parseForecastArgs(args), () => {});
    return { status: 0, stderr: '' };
  } catch (error) {
    return { status: 1, stderr: (error as Error).message };
  }
}

function forecastCli(args: string[]): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, [BIN, 'forecast', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stderr: '' };
  } catch (error) {
    const failure = error as { status: number; stderr: Buffer };
    return { status: failure.status, stderr: failure.stderr.toString() };
  }
}

const days = (from: string, count: number) => Array.from({ length: count }, (_, i) => new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10));
const HISTORY = ['series,date,quantity,price,promo', ...days('2024-01-01', 60).flatMap((date, i) => [`A,${date},${(i % 7) + 1},2.5,${i % 14 < 5 ? 1 : 0}`, ...(i < 50 ? [`B,${date},${i % 3 === 0 ? 1 : 0},4,0`] : [])]), 'ONE,2024-02-10,3,1,0', 'ZERO,2024-01-05,0,1,0', 'ZERO,2024-01-20,0,1,0'].join('\n');

describe('emporium forecast', () => {
  const history = file('history.csv', `${HISTORY}\n`);

  it('writes one row per series and horizon day, dates continuing from the file’s last date, with quantile columns', async () => {
    const out = join(work, 'forecast.csv');
    expect(await forecast(['--history', history, '--horizon', '10', '--out', out, '--quantiles', '0.1,0.5,0.9'])).toEqual({ status: 0, stderr: '' });
    const [header, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(header).toBe('series,date,forecast,q10,q50,q90');
    expect(rows).toHaveLength(4 * 10);
    // The whole file ends on 2024-02-29 (leap day); series B stopped earlier but continues from there too.
    expect(rows.filter((row) => row.startsWith('B,')).map((row) => row.split(',')[1])).toEqual(days('2024-03-01', 10));
    for (const row of rows) {
      const [, , ...numbers] = row.split(',').map(Number);
      for (const value of numbers) expect(Number.isFinite(value) && value >= 0).toBe(true);
      expect(numbers[1]).toBeLessThanOrEqual(numbers[2] as number);
      expect(numbers[2]).toBeLessThanOrEqual(numbers[3] as number);
    }
    expect(rows.filter((row) => row.startsWith('ZERO,')).every((row) => row.endsWith(',0,0,0,0'))).toBe(true);
    expect(Number(rows.find((row) => row.startsWith('ONE,'))!.split(',')[2])).toBeGreaterThan(0);
  });

  it('reads gzip, takes --future promotions and weekly data, and names quantile columns as given', async () => {
    const out = join(work, 'weekly.csv');
    const weekly = file('weekly.csv.gz', gzipSync(['series,date,quantity', ...Array.from({ length: 60 }, (_, i) => `W,${new Date(Date.parse('2023-01-07') + i * 7 * 86_400_000).toISOString().slice(0, 10)},${100 + (i % 52)}`)].join('\n')));
    expect((await forecast(['--history', weekly, '--horizon', '3', '--out', out, '--frequency', 'week', '--quantiles', '0.25,0.75'])).status).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toEqual([expect.stringMatching(/^series,date,forecast,q25,q75$/), expect.stringMatching(/^W,2024-03-02,/), expect.stringMatching(/^W,2024-03-09,/), expect.stringMatching(/^W,2024-03-16,/)]);

    const promoOut = join(work, 'promo.csv');
    const future = file('future.csv', ['series,date,promo', ...days('2024-03-01', 7).map((date, i) => `A,${date},${i < 3 ? 1 : 0}`)].join('\n'));
    expect((await forecast(['--history', history, '--horizon', '7', '--out', promoOut, '--future', future])).status).toBe(0);
    expect(readFileSync(promoOut, 'utf8').split('\n')[0]).toBe('series,date,forecast');
  });

  const badInputs: [string, string, RegExp][] = [
    ['bad header', 'series,day,quantity\nA,2024-01-01,1\n', /bad-header\.csv:1: bad header/],
    ['bad date', 'series,date,quantity\nA,2024-01-01,1\nA,2024-02-30,1\n', /bad-date\.csv:3: bad date "2024-02-30"/],
    ['negative quantity', 'series,date,quantity\nA,2024-01-01,1\nA,2024-01-02,-4\n', /negative-quantity\.csv:3: negative quantity -4/],
    ['not a number', 'series,date,quantity\nA,2024-01-01,abc\n', /not-a-number\.csv:2: bad quantity "abc"/],
    ['duplicate row', 'series,date,quantity\nA,2024-01-01,1\nA,2024-01-01,2\n', /duplicate-row\.csv:3: second row for series A on 2024-01-01/],
  ];
  it.each(badInputs)('rejects a %s with file:line: problem and writes nothing', async (name, text, message) => {
    const out = join(work, `${name}-out.csv`);
    const result = await forecast(['--history', file(`${name.replaceAll(' ', '-')}.csv`, text), '--horizon', '5', '--out', out]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an unreadable file, a bad future file and bad flags, writing nothing', async () => {
    const out = join(work, 'never.csv');
    const cases: [string[], RegExp][] = [
      [['--history', join(work, 'missing.csv'), '--horizon', '5'], /missing\.csv:0: cannot read the file \(ENOENT\)/],
      [['--history', history, '--horizon', '5', '--future', file('bad-future.csv', 'series,date,promo\nA,2024-03-01,7\n')], /bad-future\.csv:2: bad promo "7"/],
      [['--history', history, '--horizon', '0'], /--horizon must be a whole number from 1 to 366/],
      [['--history', history, '--horizon', '367'], /--horizon must be a whole number from 1 to 366/],
      [['--history', history, '--horizon', '5', '--frequency', 'month'], /--frequency must be day or week/],
      [['--history', history, '--horizon', '5', '--quantiles', '0.1,1.5'], /--quantiles must be probabilities/],
    ];
    for (const [args, message] of cases) {
      const result = await forecast([...args, '--out', out]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('the real CLI exits 0 with a one-line summary, and non-zero with file:line: problem on bad input', () => {
    const out = join(work, 'cli.csv');
    const bad = forecastCli(['--history', file('cli-bad.csv', 'series,date,quantity\nA,2024-01-01,-1\n'), '--horizon', '3', '--out', out]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(`${join(work, 'cli-bad.csv')}:2: negative quantity -1`);
    expect(existsSync(out)).toBe(false);
    expect(forecastCli(['--history', history, '--horizon', '0', '--out', out]).status).toBe(2);
    const good = execFileSync(process.execPath, [BIN, 'forecast', '--history', history, '--horizon', '3', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    expect(good).toBe('');
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(1 + 4 * 3);
  });
});
