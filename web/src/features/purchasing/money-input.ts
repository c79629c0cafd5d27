// Minor units shown in an input as a plain decimal in major units ("12.5" for 1250 in EUR), the form
// Money.toMinor reads back; no grouping or symbol, so what the buyer edits round-trips.
import type { Money } from '../../app/useCompany.ts';

export function minorToInput(minor: number, money: Pick<Money, 'toMinor'>): string {
  const scale = money.toMinor('1');
  const digits = Math.round(Math.log10(scale));
  return (minor / scale).toFixed(digits);
}
