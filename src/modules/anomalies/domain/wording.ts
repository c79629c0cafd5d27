// How numbers read in a finding's reason: percentages, a chance as "1-in-N", minor units as money.

export function percent(ratio: number): string {
  const value = ratio * 100;
  return `${Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10} %`;
}

export function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "1-in-2,000 by chance"; beyond a billion it says so rather than print an absurd number. */
export function chance(p: number): string {
  if (p <= 1e-9) return 'less than 1-in-a-billion by chance';
  const odds = 1 / p;
  const rounded = odds >= 100 ? Number(odds.toPrecision(2)) : Math.round(odds);
  return `1-in-${whole.format(rounded)} by chance`;
}

export function money(minor: number): string {
  return (minor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
