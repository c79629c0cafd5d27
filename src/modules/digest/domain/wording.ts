// Numbers in words for the digest: money with its currency sign and thousands separators, KPI values by unit,
// signed percentage changes and how far away a due time is. Deterministic: the same numbers give the same text.

const SIGNS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥', CHF: 'CHF ' };

/** 123456 minor units in EUR → "€1,234.56"; negative amounts get a leading minus sign. */
export function money(minor: number, currency: string): string {
  const abs = Math.abs(Math.round(minor));
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = SIGNS[currency] ?? `${currency} `;
  return `${minor < 0 ? '−' : ''}${sign}${units}.${String(abs % 100).padStart(2, '0')}`;
}

export type ValueUnit = 'money' | 'ratio' | 'units' | 'weeks' | 'hours' | 'days';

/** A KPI value in its unit: money, a ratio as a percentage, units, or a duration with one decimal. */
export function kpiValue(value: number | null, unit: ValueUnit, currency: string): string {
  if (value === null) return 'no figure';
  switch (unit) {
    case 'money':
      return money(value, currency);
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'units':
      return String(Math.round(value));
    case 'weeks':
    case 'hours':
    case 'days':
      return `${value.toFixed(1)} ${unit}`;
  }
}

/** (value − base) ÷ |base| in per cent, one decimal (halves away from zero); null when either is missing or the base is zero. */
export function changePercent(value: number | null, base: number | null): number | null {
  if (value === null || base === null || base === 0) return null;
  const tenths = ((value - base) / Math.abs(base)) * 1000;
  // Halves round away from zero either way, so a rise and a fall of the same size read alike.
  return (Math.sign(tenths) * Math.round(Math.abs(tenths))) / 10 || 0;
}

/** "up 12.5%", "down 3.0%" or "unchanged". */
export function changeWords(change: number): string {
  if (change > 0) return `up ${change.toFixed(1)}%`;
  if (change < 0) return `down ${(-change).toFixed(1)}%`;
  return 'unchanged';
}

const HOUR = 3_600_000;

/** "due in 3 h", "due in 2 d", "due within the hour", "overdue by 5 h" — whole hours (days past 48 h), rounded down. */
export function dueWords(dueAt: string, now: Date): string {
  const ms = Date.parse(dueAt) - now.getTime();
  const hours = Math.floor(Math.abs(ms) / HOUR);
  const span = hours >= 48 ? `${Math.floor(hours / 24)} d` : `${hours} h`;
  if (ms >= 0) return hours === 0 ? 'due within the hour' : `due in ${span}`;
  return hours === 0 ? 'overdue by under 1 h' : `overdue by ${span}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Tuesday 2026-11-24". */
export function dayWords(date: string): string {
  return `${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]} ${date}`;
}

/** A date shifted by whole days. */
export function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The same calendar day a year earlier (29 February → 28 February). */
export function sameDayLastYear(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const last = month === 2 && day === 29 ? 28 : day;
  return `${String(year - 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
