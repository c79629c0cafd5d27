// Words and numbers for exception summaries: money in minor units shown with two decimals.

export function formatMoney(minor: number): string {
  const sign = minor < 0 ? '−' : '';
  const abs = Math.abs(Math.round(minor));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function signed(units: number): string {
  return units > 0 ? `+${units}` : units < 0 ? `−${-units}` : '0';
}
